/**
 * Bold, italic and hidden text through the style hierarchy (ECMA-376 Part 1 §17.7.2): document
 * defaults, then table, paragraph and run styles, then direct run formatting. Only what the IR
 * records, or what decides whether text is there at all, is resolved: `w:b`, `w:i` and `w:vanish`
 * (the complex-script `w:bCs`/`w:iCs` do not apply to Vietnamese text).
 *
 * All three are toggle properties (§17.7.3): each style level that turns them on flips the
 * state reached so far, so a bold character style inside a bold paragraph style gives plain text;
 * direct formatting sets the value outright. Within one `w:basedOn` chain the nearest style that
 * sets the property wins, as Word shows it.
 *
 * A paragraph style may also carry automatic numbering (§17.3.1.19 numPr in its `w:pPr`): Word's
 * heading styles do, and so do the list styles a `w:numStyleLink` names (§17.9.21); list-number.ts
 * resolves it.
 */
import { readRunFonts, type RunFonts } from './fonts.js';
import { styleChain } from './style-chain.js';
import { childrenNamed, firstChild, onOff, type XmlElement } from './xml.js';

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** `w:vanish` (§17.3.2.41): hidden text, not shown and not printed. */
  hidden?: boolean;
}

/** The toggle properties (§17.7.3) read here, with their elements. */
const TOGGLES = [['bold', 'w:b'], ['italic', 'w:i'], ['hidden', 'w:vanish']] as const;

export type ShownFormat = Required<RunFormat>;

/** §17.3.1.19 numPr: the numbering instance (`w:numId`, "0" for none) and level (`w:ilvl`). */
export interface NumPr {
  numId?: string;
  ilvl?: number;
}

export interface StyleDefinition {
  basedOn?: string;
  format: RunFormat;
  /** `w:rFonts` of the style's run properties (fonts.ts resolves them). */
  fonts: RunFonts;
  numPr: NumPr;
}

export interface StyleSheet {
  defaults: ShownFormat;
  defaultFonts: RunFonts;
  styles: Map<string, StyleDefinition>;
  defaultParagraphStyle?: string;
  defaultCharacterStyle?: string;
  /** Resolved chains, by style id. */
  cache: Map<string, RunFormat>;
}

/** `w:rPr` direct formatting: `w:b`, `w:i`, `w:vanish` (§17.3.2.1, §17.3.2.16, §17.3.2.41). */
export function readRunFormat(rPr: XmlElement | undefined): RunFormat {
  const format: RunFormat = {};
  for (const [key, element] of TOGGLES) format[key] = onOff(firstChild(rPr, element));
  return format;
}

/** `w:numPr` of a paragraph's or a style's `w:pPr`; what it leaves out stays undefined. */
export function readNumPr(pPr: XmlElement | undefined): NumPr {
  const numPr = firstChild(pPr, 'w:numPr');
  const numId = firstChild(numPr, 'w:numId')?.attributes['w:val'];
  const ilvl = parseInt(firstChild(numPr, 'w:ilvl')?.attributes['w:val'] ?? '', 10);
  return { numId, ilvl: Number.isFinite(ilvl) ? ilvl : undefined };
}

export function readStyles(root: XmlElement | undefined): StyleSheet {
  const sheet: StyleSheet = { defaults: { bold: false, italic: false, hidden: false }, defaultFonts: {}, styles: new Map(), cache: new Map() };
  const styles = firstChild(root, 'w:styles');
  if (!styles) return sheet;
  const rPrDefault = firstChild(firstChild(firstChild(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
  const defaults = readRunFormat(rPrDefault);
  sheet.defaults = { bold: defaults.bold ?? false, italic: defaults.italic ?? false, hidden: defaults.hidden ?? false };
  sheet.defaultFonts = readRunFonts(rPrDefault);
  for (const style of childrenNamed(styles, 'w:style')) {
    const id = style.attributes['w:styleId'];
    if (!id) continue;
    const type = style.attributes['w:type'];
    const basedOn = firstChild(style, 'w:basedOn')?.attributes['w:val'];
    const rPr = firstChild(style, 'w:rPr');
    sheet.styles.set(id, { basedOn, format: readRunFormat(rPr), fonts: readRunFonts(rPr), numPr: readNumPr(firstChild(style, 'w:pPr')) });
    const isDefault = ['1', 'true', 'on'].includes((style.attributes['w:default'] ?? '').toLowerCase());
    if (isDefault && type === 'paragraph') sheet.defaultParagraphStyle = id;
    if (isDefault && type === 'character') sheet.defaultCharacterStyle = id;
  }
  return sheet;
}

/** The format a style gives, nearest setting first along its `w:basedOn` chain. */
export function styleFormat(sheet: StyleSheet, styleId: string | undefined): RunFormat {
  if (!styleId) return {};
  const cached = sheet.cache.get(styleId);
  if (cached) return cached;
  const format: RunFormat = {};
  for (const style of styleChain(sheet, styleId)) for (const [key] of TOGGLES) format[key] ??= style.format[key];
  sheet.cache.set(styleId, format);
  return format;
}

/** The numbering a style gives, nearest setting first along its `w:basedOn` chain. */
export function styleNumPr(sheet: StyleSheet, styleId: string | undefined): NumPr {
  const numPr: NumPr = {};
  for (const style of styleChain(sheet, styleId)) {
    numPr.numId ??= style.numPr.numId;
    numPr.ilvl ??= style.numPr.ilvl;
  }
  return numPr;
}

export interface FormatContext {
  tableStyle?: string;
  paragraphStyle?: string;
  runStyle?: string;
  direct: RunFormat;
}

/** The bold/italic a run shows, after toggling through the style levels (§17.7.3). */
export function effectiveFormat(sheet: StyleSheet, context: FormatContext): ShownFormat {
  const levels = [
    styleFormat(sheet, context.tableStyle),
    styleFormat(sheet, context.paragraphStyle ?? sheet.defaultParagraphStyle),
    styleFormat(sheet, context.runStyle ?? sheet.defaultCharacterStyle),
  ];
  const shown = { ...sheet.defaults };
  for (const level of levels) for (const [key] of TOGGLES) if (level[key]) shown[key] = !shown[key];
  for (const [key] of TOGGLES) shown[key] = context.direct[key] ?? shown[key];
  return shown;
}
