/**
 * The numbering part (ECMA-376 Part 1 §17.9): list templates (`w:abstractNum`, each with up to
 * nine `w:lvl` levels) and the instances paragraphs point at (`w:num`, §17.9.16), read once per
 * document into plain maps. What the number looks like and how it counts is list-number.ts.
 *
 * Of a level only what decides the shown text is kept: start, numFmt, lvlText, isLgl,
 * lvlRestart, suff, the pStyle that ties it to a paragraph style, and the run properties of the
 * number (bold, italic, and the font that tells a Symbol or Wingdings bullet). Indents, tabs and
 * justification (`w:pPr`, `w:lvlJc`) place the number on the page and are not read.
 */
import { readRunFonts } from './fonts.js';
import { readRunFormat, type RunFormat } from './styles.js';
import { childElements, firstChild, onOff, type XmlElement } from './xml.js';

export interface NumberingLevel {
  /** §17.9.26 start: the first number; the spec's default is 0. */
  start: number;
  /** numFmt (§17.9.18, values of ST_NumberFormat): decimal, lowerLetter, upperRoman, bullet, none, ... */
  numFmt: string;
  /** lvlText (§17.9.12): "%1.", "%1.%2.", "%2)", or a bullet glyph. */
  lvlText: string;
  /** isLgl (§17.9.4): every number in this level's text is shown in decimal. */
  legal: boolean;
  /** lvlRestart (§17.9.11), one-based; undefined when the element is absent. */
  restart?: number;
  /** What follows the number: suff (tab by default) as the character the text reader uses for it. */
  suffix: string;
  /** pStyle: the paragraph style that carries this level. */
  paragraphStyle?: string;
  /** Bold and italic set by the level's own run properties. */
  emphasis: RunFormat;
  /** The font the number is drawn in (ascii, else hAnsi), to tell symbol-font bullets. */
  font?: string;
  /** lvlPicBulletId: a picture bullet. */
  picture: boolean;
}

export interface AbstractNumbering {
  /** Levels by `w:ilvl`, 0–8; a level the template does not define is undefined. */
  levels: (NumberingLevel | undefined)[];
  /** numStyleLink (§17.9.22): the levels are those of the list a numbering style points at. */
  numStyleLink?: string;
}

export interface NumberingInstance {
  abstractId: string;
  /** lvlOverride (§17.9.9) by level: a new start (startOverride, §17.9.27) and/or a whole new level. */
  overrides: Map<number, { start?: number; level?: NumberingLevel }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNumbering>;
  instances: Map<string, NumberingInstance>;
}

/** `w:suff` values as the characters the paragraph reader gives them: a tab is `\t`, as for `w:tab`. */
const SUFFIXES: Record<string, string> = { tab: '\t', space: ' ', nothing: '' };

const MAX_LEVEL = 8;

function intValue(element: XmlElement | undefined): number | undefined {
  const value = parseInt(element?.attributes['w:val'] ?? '', 10);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The children of a level with markup-compatibility choices opened at their fallback: Word 2010
 * writes `numFmt w:val="custom"` in an mc:Choice and a plain numFmt (decimalZero) in mc:Fallback.
 */
function levelChildren(lvl: XmlElement): XmlElement[] {
  return childElements(lvl).flatMap((child) => {
    if (child.name !== 'mc:AlternateContent') return [child];
    const fallback = firstChild(child, 'mc:Fallback');
    return fallback ? childElements(fallback) : [];
  });
}

function readLevel(lvl: XmlElement): NumberingLevel {
  const children = new Map<string, XmlElement>();
  for (const child of levelChildren(lvl)) if (!children.has(child.name)) children.set(child.name, child);
  const val = (name: string) => children.get(name)?.attributes['w:val'];
  const rPr = children.get('w:rPr');
  const fonts = readRunFonts(rPr);
  return {
    start: intValue(children.get('w:start')) ?? 0,
    numFmt: val('w:numFmt') ?? 'decimal',
    lvlText: val('w:lvlText') ?? '',
    legal: onOff(children.get('w:isLgl')) === true,
    restart: intValue(children.get('w:lvlRestart')),
    suffix: SUFFIXES[val('w:suff') ?? 'tab'] ?? '\t',
    paragraphStyle: val('w:pStyle'),
    emphasis: readRunFormat(rPr),
    font: fonts.ascii ?? fonts.hAnsi,
    picture: children.has('w:lvlPicBulletId'),
  };
}

function levelIndex(element: XmlElement): number | undefined {
  const ilvl = parseInt(element.attributes['w:ilvl'] ?? '', 10);
  return Number.isFinite(ilvl) && ilvl >= 0 && ilvl <= MAX_LEVEL ? ilvl : undefined;
}

function readAbstract(abstractNum: XmlElement): AbstractNumbering {
  const levels: (NumberingLevel | undefined)[] = [];
  for (const lvl of childElements(abstractNum)) {
    const ilvl = lvl.name === 'w:lvl' ? levelIndex(lvl) : undefined;
    if (ilvl !== undefined) levels[ilvl] ??= readLevel(lvl);
  }
  return { levels, numStyleLink: firstChild(abstractNum, 'w:numStyleLink')?.attributes['w:val'] };
}

function readInstance(num: XmlElement): NumberingInstance | undefined {
  const abstractId = firstChild(num, 'w:abstractNumId')?.attributes['w:val'];
  if (abstractId === undefined) return undefined;
  const overrides: NumberingInstance['overrides'] = new Map();
  for (const override of childElements(num)) {
    const ilvl = override.name === 'w:lvlOverride' ? levelIndex(override) : undefined;
    if (ilvl === undefined) continue;
    const lvl = firstChild(override, 'w:lvl');
    overrides.set(ilvl, { start: intValue(firstChild(override, 'w:startOverride')), level: lvl ? readLevel(lvl) : undefined });
  }
  return { abstractId, overrides };
}

/** Reads `w:numbering`; a part without one gives empty maps, so every numId is unknown. */
export function readNumbering(root: XmlElement | undefined): NumberingDefinitions {
  const definitions: NumberingDefinitions = { abstracts: new Map(), instances: new Map() };
  const numbering = firstChild(root, 'w:numbering');
  for (const child of numbering ? childElements(numbering) : []) {
    const abstractId = child.attributes['w:abstractNumId'];
    const numId = child.attributes['w:numId'];
    if (child.name === 'w:abstractNum' && abstractId !== undefined) definitions.abstracts.set(abstractId, readAbstract(child));
    if (child.name !== 'w:num' || numId === undefined) continue;
    const instance = readInstance(child);
    if (instance) definitions.instances.set(numId, instance);
  }
  return definitions;
}
