/**
 * State shared by the body, paragraph and table readers while one document is read: counters
 * for positions, the style sheet, open fields, and the messages collected. One per file; files
 * read in parallel never share one.
 */
import { message, type Message, type Position, type Severity } from '../ir.js';
import type { ListCounters } from './list-number.js';
import type { NumberingDefinitions } from './numbering.js';
import type { StyleSheet } from './styles.js';
import { firstChild, type XmlElement } from './xml.js';

export interface ReadContext {
  file: string;
  styles: StyleSheet;
  /** The numbering part (§17.9): list templates and instances. */
  numbering: NumberingDefinitions;
  /** Where each automatic list has counted to (list-number.ts). */
  listCounters: ListCounters;
  messages: Message[];
  /** Running ordinal of block-level elements (body paragraphs, tables, rows): `Position.line`. */
  line: number;
  /** Ordinal of body-level paragraphs, empty ones included: `Position.paragraph`. */
  paragraph: number;
  /** Ordinal of tables emitted: `Position.table`. */
  table: number;
  /**
   * Complex fields open at this point (§17.16.18 fldChar): 'code' between begin and separate
   * (the instruction, not shown), 'result' between separate and end (the text Word shows).
   */
  fields: ('code' | 'result')[];
  /** Codes already reported once per document, so a repeated oddity gives one message. */
  reported: Set<string>;
  /**
   * Legacy font encodings (legacy-runs.ts): per encoding, the paragraphs judged legacy or Unicode
   * so far, and the conversions made (`DocumentIR.info.conversions`).
   */
  legacy: { votes: Record<string, { legacy: number; unicode: number }>; conversions: Set<string> };
  /**
   * Contents of text boxes (§17.17.1 txbxContent) met in the runs read so far: a floating shape's
   * text, read as blocks of their own after the paragraph or table that anchors them.
   */
  textBoxes: XmlElement[];
}

export function newContext(file: string, styles: StyleSheet, numbering: NumberingDefinitions = { abstracts: new Map(), instances: new Map() }): ReadContext {
  return { file, styles, numbering, listCounters: { counts: new Map() }, messages: [], line: 0, paragraph: 0, table: 0, fields: [], reported: new Set(), legacy: { votes: {}, conversions: new Set() }, textBoxes: [] };
}

export function report(context: ReadContext, severity: Severity, code: string, text: string, position?: Position): void {
  context.messages.push(message(severity, code, text, position));
}

/** Reports a code only the first time it is met in the document. */
export function reportOnce(context: ReadContext, severity: Severity, code: string, key: string, text: string, position?: Position): void {
  if (context.reported.has(`${code} ${key}`)) return;
  context.reported.add(`${code} ${key}`);
  report(context, severity, code, text, position);
}

/**
 * The children that count inside transparent wrappers: content controls (§17.5.2 sdt → sdtContent),
 * custom XML (§17.5.1), and markup-compatibility choices (ECMA-376 Part 3 §10.2: mc:Fallback, as
 * mammoth does, because mc:Choice needs a feature we may not support).
 */
export function unwrap(element: XmlElement): XmlElement[] | undefined {
  switch (element.name) {
    case 'w:sdt':
      return childElementsOf(firstChild(element, 'w:sdtContent'));
    case 'w:customXml':
    case 'w:smartTag':
      return childElementsOf(element);
    case 'mc:AlternateContent':
      return childElementsOf(firstChild(element, 'mc:Fallback'));
    default:
      return undefined;
  }
}

function childElementsOf(element: XmlElement | undefined): XmlElement[] {
  return element ? element.children.filter((c): c is XmlElement => typeof c === 'object') : [];
}

/** Elements named `names` among `children`, looking through the wrappers `unwrap` knows. */
export function collect(children: XmlElement[], names: string | readonly string[], context: ReadContext, where: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of children) {
    if (typeof names === 'string' ? child.name === names : names.includes(child.name)) {
      out.push(child);
      continue;
    }
    const inner = unwrap(child);
    if (inner) out.push(...collect(inner, names, context, where));
    else if (!KNOWN_NOISE.has(child.name)) {
      reportOnce(context, 'info', 'docx/element-ignored', `${child.name} in ${where}`, `ignored <${child.name}> inside <${where}>: its content is not read`);
    }
  }
  return out;
}

/**
 * Markup with no text for the IR: properties, bookmarks, proofing and permission marks, comment
 * ranges, and revision marks for content that was deleted (§17.13.5).
 */
export const KNOWN_NOISE = new Set([
  'w:pPr', 'w:rPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:tblPrEx', 'w:sectPr', 'w:sdtPr', 'w:sdtEndPr',
  'w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr', 'w:permStart', 'w:permEnd',
  'w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference',
  'w:del', 'w:moveFrom', 'w:moveFromRangeStart', 'w:moveFromRangeEnd', 'w:moveToRangeStart', 'w:moveToRangeEnd',
  'w:customXmlInsRangeStart', 'w:customXmlInsRangeEnd', 'w:customXmlDelRangeStart', 'w:customXmlDelRangeEnd',
  'w:lastRenderedPageBreak', 'w:footnoteReference', 'w:endnoteReference', 'w:annotationRef',
  'w:footnoteRef', 'w:endnoteRef', 'w:separator', 'w:continuationSeparator',
  'w:drawing', 'w:pict', 'w:object', 'w:instrText', 'w:delInstrText', 'w:delText',
  'm:oMath', 'm:oMathPara',
]);
