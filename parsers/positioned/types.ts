/**
 * Positioned text: what the PDF adapter (text items from pdf.js) and the layout-text adapter
 * (characters in columns of a `pdftotext -layout` dump) both reduce a page to, so that one
 * reconstruction turns either into lines, paragraphs and appendix tables.
 *
 * Coordinates grow rightwards and downwards from the top-left corner of the page. PDF pages use
 * points; layout text uses character columns and line indices, one unit each.
 */
import type { OcrEvidence } from '../ir.js';

export type { OcrEvidence };

export interface TextRun {
  /** Text as extracted; cleaned (NFC, spaces folded) only when cells and paragraphs are built. */
  text: string;
  /** Left edge. */
  x: number;
  width: number;
  /** Baseline. */
  y: number;
  /** Font size: the height of one line of this text. */
  size: number;
  bold: boolean;
  italic: boolean;
  /** Layout text only: the 1-based character column of the first character. */
  column?: number;
  /** Read by OCR (parsers/ocr/): confidence and box, carried to the table cell. */
  ocr?: OcrEvidence;
}

/** A drawn ruling line (a stroked segment or a thin filled rectangle), axis-aligned. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PositionedPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** Ruling lines; empty when the page has none or they were not read (pages without a table). */
  rules: Rule[];
}

/**
 * What the units of a source mean. A PDF knows real distances; a layout dump knows only
 * characters and lines, and puts at least one space between columns.
 */
export interface Units {
  /** A gap between two runs of a line wider than this share of the font size is a space. */
  wordGap: number;
  /** Distance between two baselines of one paragraph, as a share of the font size. */
  pitch: number;
  /** True when vertical distances are measured (PDF); false when quantised to lines (layout text). */
  metricY: boolean;
  /** Share of the font size one character takes, to guess the width of a word. */
  charWidth: number;
  /**
   * How far a line's measured width may be off its printed width, as a share. A layout dump
   * counts characters, and a line of digits and capitals is wider in print than one of i and l.
   */
  widthError: number;
}

export const PDF_UNITS: Units = { wordGap: 0.12, pitch: 1.15, metricY: true, charWidth: 0.5, widthError: 0.02 };
export const LAYOUT_UNITS: Units = { wordGap: 0.5, pitch: 1, metricY: false, charWidth: 1, widthError: 0.15 };
