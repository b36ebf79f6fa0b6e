/**
 * Vietnamese in the legacy font encodings TCVN3 (ABC) and VNI: text stored as ordinary
 * Latin-1/Windows-1252 characters that only the font turned into Vietnamese letters.
 *
 * Which encoding a piece of text is in comes from its font where the format keeps one (DOCX
 * runs, PDF fonts), else from the telltale characters of the whole text (`telltales.ts`). Either
 * way, text that already holds Unicode Vietnamese letters is never converted: a `.VnTime` style
 * left in a template does not make the Unicode typed into it TCVN3.
 *
 * For other adapters (the PDF one): `legacyFont(name)` says what a font name means,
 * `detectLegacyEncoding(text, fontNames)` decides for a text, `convertLegacyRuns(text, font)`
 * converts one run, `judgeLegacyText` tells legacy from Unicode text in a legacy font.
 */
import { pickScheme, scoreSchemes } from './telltales.js';
import { TCVN3_CODES, tcvn3ToUnicode, unicodeToTcvn3 } from './tcvn3.js';
import { VNI_FOREIGN_SINGLES, VNI_PAIRS, unicodeToVni, vniToUnicode } from './vni.js';
import { LATIN1_VIETNAMESE, countModernLetters } from './vietnamese.js';

export { tcvn3ToUnicode, unicodeToTcvn3, unicodeToVni, vniToUnicode };

export type LegacyEncoding = 'tcvn3' | 'vni';

/** The name recorded in `DocumentIR.info.conversions`. */
export const CONVERSION_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'tcvn3→unicode', vni: 'vni→unicode' };

export const TO_UNICODE: Record<LegacyEncoding, (text: string) => string> = { tcvn3: tcvn3ToUnicode, vni: vniToUnicode };

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** A capitals-only font (`.VnTimeH`): its lower-case codes draw capitals. */
  upperCase: boolean;
}

/**
 * Font families by name. VNI's are `VNI-Times`, `VNI-Helve`, `VNI-Top`...; the ABC package's
 * (TCVN3) are `.VnTime`, `.VnArial`, `.VnCentury Schoolbook`..., with an `H` at the end for the
 * capitals font of each (`.VnTimeH`, `.VnArialH`). VNI is tried first: `VNI-` also starts `vn`.
 */
const FONT_FAMILIES: { pattern: RegExp; encoding: LegacyEncoding; upperCase?: RegExp }[] = [
  { pattern: /^vni[-_ ]/i, encoding: 'vni' },
  { pattern: /^\.?vn[a-z]/i, encoding: 'tcvn3', upperCase: /H$/ },
];

/** A PDF subset tag (`ABCDEF+`), a style suffix (`,Bold`, `-Italic`) and `#2E` for the dot. */
function baseFontName(name: string): string {
  return name
    .replace(/#2e/gi, '.')
    .replace(/^[A-Z]{6}\+/, '')
    .replace(/[,\- ](bold|italic|bolditalic|boldoblique|oblique|regular)$/i, '')
    .trim();
}

export function legacyFont(fontName: string | undefined): LegacyFont | null {
  if (!fontName) return null;
  const name = baseFontName(fontName);
  for (const family of FONT_FAMILIES) {
    if (family.pattern.test(name)) return { encoding: family.encoding, upperCase: family.upperCase?.test(name) ?? false };
  }
  return null;
}

export type LegacyVerdict = 'legacy' | 'unicode' | 'unknown';

/** Characters (or VNI pairs) that mean a letter in the encoding and are not Unicode Vietnamese. */
function countLegacyOnly(text: string, encoding: LegacyEncoding): number {
  let n = 0;
  if (encoding === 'tcvn3') {
    for (const ch of text) if (TCVN3_CODES.has(ch) && !LATIN1_VIETNAMESE.has(ch)) n++;
    return n;
  }
  for (let i = 0; i < text.length; i++) {
    if (VNI_PAIRS.has(text.slice(i, i + 2))) n++;
    else if (VNI_FOREIGN_SINGLES.has(text[i]!)) n++;
  }
  return n;
}

/**
 * Whether text in a legacy font really is in that encoding. `unicode` when it holds more
 * Vietnamese letters beyond Latin-1 than legacy-only characters; `legacy` when it holds
 * legacy-only characters; `unknown` when it has neither (`có`, `Báo cáo`, plain ASCII).
 */
export function judgeLegacyText(text: string, encoding: LegacyEncoding): LegacyVerdict {
  const modern = countModernLetters(text);
  const legacy = countLegacyOnly(text, encoding);
  if (modern > 0 && modern >= legacy) return 'unicode';
  return legacy > 0 ? 'legacy' : 'unknown';
}

/**
 * The legacy encoding of a text: by its fonts when one of them is a legacy font (and the text is
 * not plainly Unicode), else by telltale characters over the whole text (thresholds in
 * `telltales.ts`), so that Unicode Vietnamese, English and French text give null.
 */
export function detectLegacyEncoding(text: string, fontNames?: string[]): LegacyEncoding | null {
  const fonts = (fontNames ?? []).map(legacyFont).filter((f): f is LegacyFont => f !== null);
  if (fonts.length > 0) {
    const encoding = fonts[0]!.encoding;
    return judgeLegacyText(text, encoding) === 'unicode' ? null : encoding;
  }
  const scheme = pickScheme(scoreSchemes(text), ['tcvn3', 'vni']);
  return scheme === 'tcvn3' || scheme === 'vni' ? scheme : null;
}

/**
 * One run's text in Unicode, by the run's font: converted when the font is a TCVN3 or VNI one
 * (in capitals for a capitals font such as `.VnTimeH`), as it is otherwise. The caller decides
 * first, with `judgeLegacyText` over as much text as it has, that the run is not Unicode already.
 */
export function convertLegacyRuns(text: string, fontName: string | undefined): string {
  const font = legacyFont(fontName);
  if (!font) return text;
  const converted = TO_UNICODE[font.encoding](text);
  return font.upperCase ? converted.toUpperCase() : converted;
}

