/** The `w:basedOn` chain (§17.7.4.3) every style property is resolved along: bold and italic, fonts, numbering. */
import type { StyleDefinition, StyleSheet } from './styles.js';

/** A style and the styles it is based on, nearest first (§17.7.4.3 basedOn); a loop is cut. */
export function styleChain(sheet: StyleSheet, styleId: string | undefined): StyleDefinition[] {
  const chain: StyleDefinition[] = [];
  const seen = new Set<string>();
  for (let id = styleId; id && !seen.has(id); id = sheet.styles.get(id)?.basedOn) {
    seen.add(id);
    const style = sheet.styles.get(id);
    if (style) chain.push(style);
  }
  return chain;
}
