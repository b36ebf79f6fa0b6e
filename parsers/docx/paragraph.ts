/**
 * Text and emphasis of one paragraph (ECMA-376 Part 1 §17.3.1.22 p): its runs (§17.3.2.25 r)
 * read through hyperlinks, insertions, content controls and fields, with tabs, breaks and
 * hyphens turned into the characters they show.
 */
import { KNOWN_NOISE, reportOnce, unwrap, type ReadContext } from './context.js';
import { readRunFonts, runFont } from './fonts.js';
import { convertLegacyPieces } from './legacy-runs.js';
import { listNumber, type ListNumber } from './list-number.js';
import { effectiveFormat, readRunFormat } from './styles.js';
import { firstChild, ownText, type XmlElement } from './xml.js';

export interface TextPiece {
  text: string;
  bold: boolean;
  italic: boolean;
  /** The font that shows the run's letters (fonts.ts), for legacy encodings (legacy-runs.ts). */
  font?: string;
}

export interface ParagraphContent {
  /** The runs' text, after the automatic number when the paragraph has one (list-number.ts). */
  pieces: TextPiece[];
}

interface RunState {
  context: ReadContext;
  tableStyle?: string;
  paragraphStyle?: string;
  pieces: TextPiece[];
}

/** Inline containers whose children are read as if they stood in the paragraph. */
const INLINE_CONTAINERS = new Set(['w:hyperlink', 'w:ins', 'w:moveTo', 'w:fldSimple', 'w:dir', 'w:bdo']);

/** Run content that stands for a character (§17.3.3). */
const RUN_CHARACTERS: Record<string, (element: XmlElement) => string> = {
  'w:t': ownText,
  'w:tab': () => '\t',
  'w:ptab': () => '\t',
  // Page and column breaks end a line too (§17.3.3.1 br).
  'w:br': () => '\n',
  'w:cr': () => '\n',
  'w:noBreakHyphen': () => '-',
  'w:softHyphen': () => '',
  'w:sym': readSymbol,
};

/**
 * §17.3.3.30 sym: a character from a symbol font. Codes F000–F0FF are the font's own glyphs
 * (Wingdings ticks and boxes) with no Unicode meaning; the rest are kept.
 */
function readSymbol(element: XmlElement): string {
  const code = parseInt(element.attributes['w:char'] ?? '', 16);
  return Number.isFinite(code) && (code < 0xf000 || code > 0xf0ff) ? String.fromCodePoint(code) : '';
}

/** Elements named `name` under `element`, outermost first; not looked into once found. */
function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'object') continue;
    if (child.name === name) out.push(child);
    else out.push(...descendantsNamed(child, name));
  }
  return out;
}

/** §17.16.18 fldChar: tracks whether the run is in a field's code or its shown result. */
function readFieldChar(element: XmlElement, context: ReadContext): void {
  const type = element.attributes['w:fldCharType'];
  if (type === 'begin') context.fields.push('code');
  else if (type === 'separate' && context.fields.length > 0) context.fields[context.fields.length - 1] = 'result';
  else if (type === 'end') context.fields.pop();
}

function readRun(run: XmlElement, state: RunState): void {
  const rPr = firstChild(run, 'w:rPr');
  const styles = {
    tableStyle: state.tableStyle,
    paragraphStyle: state.paragraphStyle,
    runStyle: firstChild(rPr, 'w:rStyle')?.attributes['w:val'],
  };
  const format = effectiveFormat(state.context.styles, { ...styles, direct: readRunFormat(rPr) });
  const font = runFont(state.context.styles, { ...styles, direct: readRunFonts(rPr) });
  const visit = (children: XmlElement[]) => {
    for (const child of children) {
      if (child.name === 'w:fldChar') {
        readFieldChar(child, state.context);
        continue;
      }
      if (child.name === 'w:drawing' || child.name === 'w:pict') {
        state.context.textBoxes.push(...descendantsNamed(child, 'w:txbxContent'));
        continue;
      }
      const character = RUN_CHARACTERS[child.name];
      if (character) {
        // A w:sym character names its own font (§17.3.3.30); the run's font does not apply to it.
        const pieceFont = child.name === 'w:sym' ? undefined : font;
        // Hidden text (w:vanish) is neither shown nor printed: a note the author kept for themself.
        if (!format.hidden && state.context.fields.every((f) => f === 'result')) state.pieces.push({ text: character(child), bold: format.bold, italic: format.italic, font: pieceFont });
        continue;
      }
      const inner = unwrap(child);
      if (inner) visit(inner);
      else if (!KNOWN_NOISE.has(child.name)) {
        reportOnce(state.context, 'info', 'docx/element-ignored', `${child.name} in w:r`, `ignored <${child.name}> inside a run: its content is not read`);
      }
    }
  };
  visit(run.children.filter((c): c is XmlElement => typeof c === 'object'));
}

function readInline(children: XmlElement[], state: RunState): void {
  for (const child of children) {
    if (child.name === 'w:r') readRun(child, state);
    else if (INLINE_CONTAINERS.has(child.name)) readInline(child.children.filter((c): c is XmlElement => typeof c === 'object'), state);
    else {
      const inner = unwrap(child);
      if (inner) readInline(inner, state);
      else if (!KNOWN_NOISE.has(child.name)) {
        reportOnce(state.context, 'info', 'docx/element-ignored', `${child.name} in w:p`, `ignored <${child.name}> inside a paragraph: its content is not read`);
      }
    }
  }
}

export function readParagraph(p: XmlElement, context: ReadContext, tableStyle?: string): ParagraphContent {
  const pPr = firstChild(p, 'w:pPr');
  const state: RunState = {
    context,
    tableStyle,
    paragraphStyle: firstChild(pPr, 'w:pStyle')?.attributes['w:val'],
    pieces: [],
  };
  readInline(p.children.filter((c): c is XmlElement => typeof c === 'object'), state);
  convertLegacyPieces(state.pieces, context);
  const number = listNumber(pPr, context, state.paragraphStyle);
  if (number) state.pieces.unshift(numberPiece(number, pPr, state));
  return { pieces: state.pieces };
}

/**
 * The number as a piece of text. It is drawn with the paragraph mark's run properties
 * (§17.3.1.29 pPr/rPr) overlaid with the level's own (§17.9.24 lvl/rPr), as Word draws it.
 */
function numberPiece(number: ListNumber, pPr: XmlElement | undefined, state: RunState): TextPiece {
  const mark = readRunFormat(firstChild(pPr, 'w:rPr'));
  const direct = { bold: number.level.emphasis.bold ?? mark.bold, italic: number.level.emphasis.italic ?? mark.italic };
  const format = effectiveFormat(state.context.styles, { tableStyle: state.tableStyle, paragraphStyle: state.paragraphStyle, direct });
  return { text: number.text, bold: format.bold, italic: format.italic };
}

/** Bold (italic) when every piece with visible text is, and there is one. */
export function allPieces(pieces: TextPiece[], key: 'bold' | 'italic'): boolean {
  const visible = pieces.filter((p) => /\S/.test(p.text));
  return visible.length > 0 && visible.every((p) => p[key]);
}
