/**
 * The template's seven areas (Bộ Nội vụ reporting template) and the headings they have carried,
 * read from `mappings/template/areas.json` (docs/template-knowledge.md). The recogniser finds area
 * headings with `areaOfHeading` / `areaOfRoman`; the catalog takes each area's name from here.
 *
 * Headings are matched on folded text without marks (`asciiFold`) because they come in many
 * casings and tone placements. A heading must START with one of the phrases: "Kết quả giải quyết
 * thủ tục hành chính" is a row of area 3, not its heading.
 */
import { HEADING_NUMBER } from './numbering.js';
import { loadTemplateData } from './template.js';
import { asciiFold } from './vietnamese-text.js';

export type AreaNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One name an area has carried: the phrases its heading starts with, as printed. */
export interface AreaHeading {
  phrases: string[];
  comment?: string;
}

export interface TemplateArea {
  area: AreaNumber;
  /** The numeral of the area in templates that number the areas apart ("I." … "VII."). */
  roman: string;
  /** The newest heading in full. */
  name: string;
  /** Oldest name first. */
  headings: AreaHeading[];
}

interface AreasFile {
  areas: TemplateArea[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The seven areas, in order; the file is checked once, as a broken file is a bug in the package. */
export function templateAreas(): readonly TemplateArea[] {
  const { areas } = loadTemplateData<AreasFile>('areas');
  const numbers = areas.map((a) => a.area).join(',');
  if (numbers !== '1,2,3,4,5,6,7') throw new Error(`mappings/template/areas.json: expected areas 1 to 7 in order, got ${numbers}`);
  return areas;
}

let matchers: ReadonlyArray<readonly [AreaNumber, RegExp]> | null = null;

/** Per area, its phrases folded as one pattern anchored at the start and ending on a word boundary. */
function headingMatchers(): ReadonlyArray<readonly [AreaNumber, RegExp]> {
  matchers ??= templateAreas().map((a) => {
    const phrases = a.headings.flatMap((h) => h.phrases).map((p) => escapeRegExp(asciiFold(p)));
    return [a.area, new RegExp(`^(${phrases.join('|')})\\b`)] as const;
  });
  return matchers;
}

let romans: ReadonlyMap<string, AreaNumber> | null = null;

/** The area a heading names, or null. Leading numbering ("1.", "II.") is ignored. */
export function areaOfHeading(label: string): AreaNumber | null {
  const text = asciiFold(label).replace(HEADING_NUMBER, '');
  for (const [area, pattern] of headingMatchers()) if (pattern.test(text)) return area;
  return null;
}

/** The area whose roman numeral an STT is ("II", "ii.", "VII."), or null. */
export function areaOfRoman(stt: string): AreaNumber | null {
  romans ??= new Map(templateAreas().map((a) => [a.roman.toLowerCase(), a.area]));
  return romans.get(stt.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** The area's newest heading in full ("Cải cách thể chế"). */
export function areaName(area: AreaNumber): string {
  return templateAreas()[area - 1]!.name;
}
