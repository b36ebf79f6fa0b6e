/**
 * The canonical indicator catalog (`mappings/`): one file per area (`indicators/<n>-<code>.json`),
 * the template versions (`templates.json`) and the abbreviation table (`abbreviations.tsv`). The
 * areas' names and older headings are template knowledge, kept once in
 * `mappings/template/areas.json` (common/areas.ts); an area file's own "name" or "aliases" is not read.
 * `loadCatalog` reads them; `validateCatalog` checks the parsed data and says, for every problem,
 * which file and which entry it is in. IDs are a public contract (CSV columns), so a broken
 * catalog is refused as a whole rather than loaded in part.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { areaName } from '../../common/areas.js';
import type { AdminLevel, AreaNumber, CatalogIndicator, IndicatorValueType } from '../model.js';
import { readAbbreviations } from '../../common/abbreviations.js';
import { defaultCatalogDir } from '../../common/mappings.js';

export interface CatalogArea {
  area: AreaNumber;
  /** First segment of every ID in the area ("chidao", "thche", ...). */
  code: string;
  /** The area's newest heading (from mappings/template/areas.json). */
  name: string;
  file: string;
}

export interface TemplateVersion {
  id: string;
  numbering: 'continuous' | 'per-area';
  description: string;
  /** Seed reports (file prefixes) that follow this version. */
  seenIn: string[];
}

export interface Catalog {
  indicators: CatalogIndicator[];
  byId: Map<string, CatalogIndicator>;
  areas: CatalogArea[];
  templates: TemplateVersion[];
  abbreviations: Map<string, string>;
}

/** One parsed area file, before validation. */
export interface AreaFileData {
  file: string;
  content: unknown;
}

export interface CatalogData {
  areaFiles: AreaFileData[];
  templates: unknown;
  templatesFile?: string;
  abbreviations: Map<string, string>;
}

export class CatalogError extends Error {
  readonly code = 'catalog/invalid';

  constructor(readonly problems: string[]) {
    super(`invalid indicator catalog (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogError';
  }
}

const VALUE_TYPES: ReadonlySet<string> = new Set<IndicatorValueType>(['count', 'percent', 'money', 'code', 'yesno', 'text', 'group']);
const LEVELS: ReadonlySet<string> = new Set<AdminLevel>(['tinh', 'so', 'huyen', 'xa']);
const NUMBERINGS: ReadonlySet<string> = new Set(['continuous', 'per-area']);
const ENTRY_KEYS: ReadonlySet<string> = new Set(['id', 'area', 'parent', 'name', 'valueType', 'measureUnit', 'variants', 'level', 'stt', 'remark']);
/** Lowercase ASCII segments joined by dots; at most 60 characters (IDs become CSV columns). */
const ID_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;
const ID_MAX = 60;
const STT_PATTERN = /^\d+(\.\d+)*$/;

type Report = (problem: string) => void;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
const isAreaNumber = (v: unknown): v is AreaNumber => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 7;

function validateTemplates(templates: unknown, file: string, report: Report): TemplateVersion[] {
  if (!Array.isArray(templates)) {
    report(`${file}: expected an array of template versions`);
    return [];
  }
  const seen = new Set<string>();
  return templates.flatMap((t, i): TemplateVersion[] => {
    const where = `${file}: template #${i + 1}`;
    if (!isRecord(t) || typeof t.id !== 'string' || t.id === '') return (report(`${where}: needs a non-empty "id"`), []);
    if (seen.has(t.id)) report(`${file}: template "${t.id}" is listed twice`);
    seen.add(t.id);
    if (typeof t.numbering !== 'string' || !NUMBERINGS.has(t.numbering)) report(`${file}: template "${t.id}": numbering must be "continuous" or "per-area"`);
    if (typeof t.description !== 'string' || t.description.trim() === '') report(`${file}: template "${t.id}": empty description`);
    if (!isStringArray(t.seenIn)) report(`${file}: template "${t.id}": "seenIn" must be an array of seed prefixes`);
    return [t as unknown as TemplateVersion];
  });
}

function validateAreaHeader(content: unknown, file: string, report: Report): CatalogArea | null {
  if (!isRecord(content)) return (report(`${file}: expected an object {area, code, indicators}`), null);
  const { area, code } = content;
  if (!isAreaNumber(area)) return (report(`${file}: "area" must be a number from 1 to 7, got ${JSON.stringify(area)}`), null);
  if (typeof code !== 'string' || !/^[a-z]+$/.test(code)) return (report(`${file}: "code" must be lowercase ASCII letters, got ${JSON.stringify(code)}`), null);
  const base = file.split(/[\\/]/).pop() ?? file;
  if (base !== `${area}-${code}.json`) report(`${file}: area ${area} with code "${code}" belongs in a file named ${area}-${code}.json`);
  if (!Array.isArray(content.indicators)) report(`${file}: "indicators" must be an array`);
  return { area, code, name: areaName(area), file };
}

/** Checks one entry on its own (its shape, ID, area, types, STT keys); null when unusable. */
function validateEntry(raw: unknown, index: number, area: CatalogArea, templateIds: ReadonlySet<string>, report: Report): CatalogIndicator | null {
  if (!isRecord(raw) || typeof raw.id !== 'string') return (report(`${area.file}: entry #${index + 1}: needs a string "id"`), null);
  const where = `${area.file}: ${raw.id}`;
  for (const key of Object.keys(raw)) if (!ENTRY_KEYS.has(key)) report(`${where}: unknown field "${key}"`);
  if (!ID_PATTERN.test(raw.id)) report(`${where}: the ID must be lowercase ASCII words joined by dots`);
  if (raw.id.length > ID_MAX) report(`${where}: the ID is ${raw.id.length} characters, more than ${ID_MAX}`);
  if (!raw.id.startsWith(`${area.code}.`)) report(`${where}: the ID must start with the area code "${area.code}."`);
  if (raw.area !== area.area) report(`${where}: "area" is ${JSON.stringify(raw.area)}, but the file is area ${area.area}`);
  if (raw.parent !== null && (typeof raw.parent !== 'string' || raw.parent === '')) report(`${where}: "parent" must be an ID or null`);
  if (typeof raw.name !== 'string' || raw.name.trim() === '') report(`${where}: empty name`);
  if (typeof raw.valueType !== 'string' || !VALUE_TYPES.has(raw.valueType)) report(`${where}: bad valueType ${JSON.stringify(raw.valueType)} (one of ${[...VALUE_TYPES].join(', ')})`);
  if (typeof raw.measureUnit !== 'string') report(`${where}: "measureUnit" must be a string ("" when the template prints none)`);
  if (raw.level !== undefined && (typeof raw.level !== 'string' || !LEVELS.has(raw.level))) report(`${where}: bad level ${JSON.stringify(raw.level)} (one of ${[...LEVELS].join(', ')})`);
  if (!(Array.isArray(raw.variants) && (raw.variants.length === 0 || isStringArray(raw.variants)))) report(`${where}: "variants" must be an array of non-empty strings`);
  if (raw.remark !== undefined && typeof raw.remark !== 'string') report(`${where}: "remark" must be a string`);
  if (!isRecord(raw.stt)) report(`${where}: "stt" must be an object {template id: STT}`);
  else {
    for (const [template, stt] of Object.entries(raw.stt)) {
      if (!templateIds.has(template)) report(`${where}: unknown template "${template}" in stt (known: ${[...templateIds].join(', ')})`);
      if (typeof stt !== 'string' || !STT_PATTERN.test(stt)) report(`${where}: stt for "${template}" must look like "3.4.1" (no trailing dot), got ${JSON.stringify(stt)}`);
    }
  }
  return raw as unknown as CatalogIndicator;
}

/** Checks that need the whole catalog: duplicate IDs, parents, parent cycles. */
function validateLinks(entries: Array<{ entry: CatalogIndicator; file: string }>, report: Report): Map<string, CatalogIndicator> {
  const byId = new Map<string, CatalogIndicator>();
  const fileOf = new Map<string, string>();
  for (const { entry, file } of entries) {
    if (byId.has(entry.id)) report(`${file}: ${entry.id}: duplicate ID (also in ${fileOf.get(entry.id)})`);
    else {
      byId.set(entry.id, entry);
      fileOf.set(entry.id, file);
    }
  }
  for (const { entry, file } of entries) {
    if (entry.parent === null || typeof entry.parent !== 'string') continue;
    const parent = byId.get(entry.parent);
    if (!parent) report(`${file}: ${entry.id}: unknown parent "${entry.parent}"`);
    else if (parent.area !== entry.area) report(`${file}: ${entry.id}: parent "${entry.parent}" is in area ${parent.area}, not ${entry.area}`);
  }
  const reported = new Set<string>();
  for (const { entry, file } of entries) {
    const chain = [entry.id];
    for (let p = entry.parent; typeof p === 'string' && byId.has(p); p = byId.get(p)!.parent) {
      if (p === entry.id) {
        const key = [...chain].sort().join(' ');
        if (!reported.has(key)) report(`${file}: ${entry.id}: parent cycle ${[...chain, p].join(' → ')}`);
        reported.add(key);
        break;
      }
      if (chain.includes(p)) break; // a cycle further up, reported from one of its members
      chain.push(p);
    }
  }
  return byId;
}

export function validateCatalog(data: CatalogData): Catalog {
  const problems: string[] = [];
  const report: Report = (p) => problems.push(p);
  const templates = validateTemplates(data.templates, data.templatesFile ?? 'templates.json', report);
  const templateIds = new Set(templates.map((t) => t.id));
  const areas: CatalogArea[] = [];
  const entries: Array<{ entry: CatalogIndicator; file: string }> = [];
  for (const { file, content } of data.areaFiles) {
    const area = validateAreaHeader(content, file, report);
    if (!area) continue;
    const clash = areas.find((a) => a.area === area.area || a.code === area.code);
    if (clash) report(`${file}: area ${area.area} "${area.code}" is also defined in ${clash.file}`);
    areas.push(area);
    const raw = isRecord(content) && Array.isArray(content.indicators) ? content.indicators : [];
    raw.forEach((r, i) => {
      const entry = validateEntry(r, i, area, templateIds, report);
      if (entry) entries.push({ entry, file });
    });
  }
  for (const n of [1, 2, 3, 4, 5, 6, 7]) if (!areas.some((a) => a.area === n)) report(`no file for area ${n}`);
  const byId = validateLinks(entries, report);
  if (problems.length > 0) throw new CatalogError(problems);
  areas.sort((a, b) => a.area - b.area);
  const order = new Map(areas.map((a, i) => [a.area as number, i]));
  const indicators = entries.map((e) => e.entry).sort((a, b) => order.get(a.area)! - order.get(b.area)!);
  return { indicators, byId, areas, templates, abbreviations: data.abbreviations };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the catalog file: ${(error as Error).message}`);
  }
}

/** Reads and validates the catalog in `dir` (by default the package's own `mappings/`). */
export function loadCatalog(dir: string = defaultCatalogDir()): Catalog {
  const indicatorsDir = join(dir, 'indicators');
  const areaFiles = readdirSync(indicatorsDir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => ({ file: join(indicatorsDir, f), content: readJson(join(indicatorsDir, f)) }));
  const templatesFile = join(dir, 'templates.json');
  return validateCatalog({ areaFiles, templates: readJson(templatesFile), templatesFile, abbreviations: readAbbreviations(dir) });
}

/**
 * The catalog with entries added at run time (`chitieu catalog add`, kept in the database, not in
 * `mappings/`): each entry is checked exactly as a catalog file's entry is, against its area, the
 * template versions, and the IDs and parents of the whole catalog. `where` names them in
 * problems ("catalog additions in cchc.sqlite"). Refused as a whole, like the catalog itself.
 */
export function extendCatalog(base: Catalog, additions: readonly unknown[], where = 'catalog additions'): Catalog {
  if (additions.length === 0) return base;
  const problems: string[] = [];
  const report: Report = (p) => problems.push(p);
  const templateIds = new Set(base.templates.map((t) => t.id));
  const added: Array<{ entry: CatalogIndicator; file: string }> = [];
  additions.forEach((raw, i) => {
    const areaNumber = isRecord(raw) ? raw.area : undefined;
    const area = base.areas.find((a) => a.area === areaNumber);
    if (!area) return report(`${where}: entry #${i + 1}${isRecord(raw) && typeof raw.id === 'string' ? ` (${raw.id})` : ''}: "area" must be a number from 1 to 7, got ${JSON.stringify(areaNumber)}`);
    const entry = validateEntry(raw, i, { ...area, file: where }, templateIds, report);
    if (entry) added.push({ entry, file: where });
  });
  const fileOf = new Map(base.areas.map((a) => [a.area as number, a.file]));
  const byId = validateLinks([...base.indicators.map((entry) => ({ entry, file: fileOf.get(entry.area) ?? 'the catalog' })), ...added], report);
  if (problems.length > 0) throw new CatalogError(problems);
  const order = new Map(base.areas.map((a, i) => [a.area as number, i]));
  // Stable sort: an added entry follows its area's own entries.
  const indicators = [...base.indicators, ...added.map((a) => a.entry)].sort((a, b) => order.get(a.area)! - order.get(b.area)!);
  return { ...base, indicators, byId };
}
