/**
 * The font a run's letters are shown in (ECMA-376 Part 1 §17.3.2.26 rFonts), through the style
 * hierarchy of §17.7.2: direct formatting, then the run style, the paragraph style, the table
 * style and the document defaults, each style along its `w:basedOn` chain; the nearest level that
 * names a font wins (fonts are not toggles). Each attribute is resolved on its own, as Word does.
 *
 * Only what legacy-encoding detection needs is kept: `w:ascii` (U+0000–U+007F) and `w:hAnsi`
 * (other Latin characters, among them every code TCVN3 and VNI put above 0x7F). A theme font
 * attribute (`w:hAnsiTheme`) overrides the explicit one, so it is kept as `theme:<name>`.
 */
import { styleChain } from './style-chain.js';
import type { StyleSheet } from './styles.js';
import { firstChild, type XmlElement } from './xml.js';

export interface RunFonts {
  ascii?: string;
  hAnsi?: string;
}

const SLOTS = ['ascii', 'hAnsi'] as const;

export function readRunFonts(rPr: XmlElement | undefined): RunFonts {
  const rFonts = firstChild(rPr, 'w:rFonts');
  if (!rFonts) return {};
  const fonts: RunFonts = {};
  for (const slot of SLOTS) {
    const theme = rFonts.attributes[`w:${slot}Theme`];
    const name = theme ? `theme:${theme}` : rFonts.attributes[`w:${slot}`];
    if (name) fonts[slot] = name;
  }
  return fonts;
}

/** The fonts a style gives, nearest setting first along its `w:basedOn` chain (§17.7.4.3). */
function styleFonts(sheet: StyleSheet, styleId: string | undefined): RunFonts {
  const fonts: RunFonts = {};
  for (const style of styleChain(sheet, styleId)) for (const slot of SLOTS) fonts[slot] ??= style.fonts[slot];
  return fonts;
}

export interface FontContext {
  tableStyle?: string;
  paragraphStyle?: string;
  runStyle?: string;
  direct: RunFonts;
}

/**
 * The font that shows the run's non-ASCII letters: the resolved `w:hAnsi`, or `w:ascii` when no
 * level names an hAnsi font.
 */
export function runFont(sheet: StyleSheet, context: FontContext): string | undefined {
  const levels = [
    context.direct,
    styleFonts(sheet, context.runStyle ?? sheet.defaultCharacterStyle),
    styleFonts(sheet, context.paragraphStyle ?? sheet.defaultParagraphStyle),
    styleFonts(sheet, context.tableStyle),
    sheet.defaultFonts,
  ];
  const pick = (slot: (typeof SLOTS)[number]) => levels.find((level) => level[slot] !== undefined)?.[slot];
  return pick('hAnsi') ?? pick('ascii');
}
