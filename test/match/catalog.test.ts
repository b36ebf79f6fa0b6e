/**
 * The catalog in mappings/: it loads, broken catalogs are refused with the file and entry named,
 * and it covers every appendix row of the four seed reports (exact lookup of the folded label or
 * its newer wording against the folded names and variants, as the matcher's index does; an area
 * heading is covered by the template's headings, mappings/template/areas.json).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaName, areaOfHeading } from '../../common/areas.js';
import { CatalogError, loadCatalog, validateCatalog, type CatalogData } from '../../src/match/catalog.js';
import { defaultCatalogDir } from '../../common/mappings.js';
import { normaliseLabel } from '../../src/match/normalise-label.js';
import { readExpectedTsv } from '../helpers/expected.js';
import { seedPath } from '../helpers/seeds.js';

const catalog = loadCatalog();
const SEEDS = ['000', '001', '002', '003'];

describe('loadCatalog on mappings/', () => {
  it('reads seven areas, their entries, three template versions and the abbreviations', () => {
    expect(catalog.areas.map((a) => [a.area, a.code])).toEqual([
      [1, 'chidao'], [2, 'thche'], [3, 'tthc'], [4, 'bomay'], [5, 'congvu'], [6, 'taichinh'], [7, 'cqs'],
    ]);
    // Area names are the template's (mappings/template/areas.json), not the area files'.
    expect(catalog.areas.map((a) => a.name)).toEqual(catalog.areas.map((a) => areaName(a.area)));
    expect(catalog.areas[6]!.name).toBe('Xây dựng và phát triển Chính quyền điện tử, Chính quyền số');
    expect(catalog.templates.map((t) => t.id)).toEqual(['bnv-2020', 'khanhhoa-2022', 'bnv-2022']);
    expect(catalog.indicators.length).toBeGreaterThan(250);
    expect(catalog.byId.size).toBe(catalog.indicators.length);
    expect(catalog.abbreviations.get('TTHC')).toBe('thủ tục hành chính');
  });

  it('keeps the IDs the brief names as examples', () => {
    for (const id of ['tthc.giai_quyet.cap_so.ty_le_dung_han', 'tthc.giai_quyet.cap_so.so_ho_so_da_giai_quyet', 'chidao.nhiem_vu.chinh_phu.hoan_thanh_dung_han']) {
      expect(catalog.byId.has(id), id).toBe(true);
    }
  });

  it('gives a level to every entry below a level-split group of the online services', () => {
    const dvc = catalog.indicators.filter((i) => /^cqs\.dvctt\.cap_(so|huyen|xa)/.test(i.id));
    expect(dvc.length).toBeGreaterThan(60);
    for (const entry of dvc) expect(entry.level, entry.id).toBe(/cap_(so|huyen|xa)/.exec(entry.id)![1]);
  });

  it('has a child for every group', () => {
    const parents = new Set(catalog.indicators.map((i) => i.parent));
    expect(catalog.indicators.filter((i) => i.valueType === 'group' && !parents.has(i.id)).map((i) => i.id)).toEqual([]);
  });

  it('puts a level only on rows of a family the template splits by level', () => {
    // model.ts: `level` is for rows the template splits by level; a level on a lone row would
    // make a matcher weigh the reporter's level against it for nothing.
    const splitFamily = (id: string) => {
      const parent = catalog.byId.get(id)!.parent;
      return new Set(catalog.indicators.filter((i) => i.parent === parent && i.level).map((i) => i.level)).size > 1;
    };
    const ancestry = (id: string): string[] => {
      const parent = catalog.byId.get(id)!.parent;
      return parent ? [id, ...ancestry(parent)] : [id];
    };
    const lone = catalog.indicators.filter((entry) => entry.level && !ancestry(entry.id).some(splitFamily));
    expect(lone.map((e) => e.id)).toEqual([]);
  });
});

describe('loadCatalog on another folder', () => {
  function brokenCopy(breakIt: (dir: string) => void): () => unknown {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-catalog-'));
    cpSync(defaultCatalogDir(), dir, { recursive: true });
    breakIt(dir);
    return () => {
      try {
        return loadCatalog(dir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
  }

  it('names a file that is not JSON', () => {
    const load = brokenCopy((dir) => writeFileSync(join(dir, 'indicators', '6-taichinh.json'), '{ "area": 6,'));
    expect(load).toThrow(/6-taichinh\.json: cannot read the catalog file/);
  });

  it('names the file and the entry of a broken entry', () => {
    const load = brokenCopy((dir) => {
      const path = join(dir, 'indicators', '5-congvu.json');
      const data = JSON.parse(readFileSync(path, 'utf8')) as { indicators: Entry[] };
      data.indicators[3]!.parent = 'congvu.khong_co';
      writeFileSync(path, JSON.stringify(data));
    });
    expect(load).toThrow(/5-congvu\.json: congvu\.[a-z_.]+: unknown parent "congvu\.khong_co"/);
  });
});

/** The smallest valid catalog: two areas would do for most checks, but all seven must exist. */
function minimalData(): CatalogData {
  const codes = ['chidao', 'thche', 'tthc', 'bomay', 'congvu', 'taichinh', 'cqs'];
  return {
    templatesFile: 'templates.json',
    templates: [{ id: 'bnv-2022', numbering: 'per-area', description: 'd', seenIn: ['001'] }],
    abbreviations: new Map(),
    areaFiles: codes.map((code, i) => ({
      file: `${i + 1}-${code}.json`,
      content: {
        area: i + 1,
        code,
        indicators: [
          { id: `${code}.nhom`, area: i + 1, parent: null, name: 'Nhóm', valueType: 'group', measureUnit: '', variants: [], stt: { 'bnv-2022': '1' } },
          { id: `${code}.chi_tieu`, area: i + 1, parent: `${code}.nhom`, name: 'Chỉ tiêu', valueType: 'count', measureUnit: 'Văn bản', variants: ['Chỉ tiêu cũ'], stt: {} },
        ],
      },
    })),
  };
}

type Entry = Record<string, unknown>;

function entriesOf(data: CatalogData, area: number): Entry[] {
  return (data.areaFiles[area - 1]!.content as { indicators: Entry[] }).indicators;
}

function problemsOf(mutate: (data: CatalogData) => void): string[] {
  const data = minimalData();
  mutate(data);
  try {
    validateCatalog(data);
  } catch (error) {
    if (error instanceof CatalogError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateCatalog', () => {
  it('accepts the minimal catalog', () => {
    expect(problemsOf(() => {})).toEqual([]);
    expect(validateCatalog(minimalData()).byId.get('thche.chi_tieu')?.parent).toBe('thche.nhom');
  });

  it.each<[string, (d: CatalogData) => void, RegExp]>([
    ['a duplicate ID', (d) => entriesOf(d, 1).push({ ...entriesOf(d, 1)[1]! }), /^1-chidao\.json: chidao\.chi_tieu: duplicate ID \(also in 1-chidao\.json\)$/],
    ['an unknown parent', (d) => (entriesOf(d, 2)[1]!.parent = 'thche.khong_co'), /^2-thche\.json: thche\.chi_tieu: unknown parent "thche\.khong_co"$/],
    ['a parent in another area', (d) => (entriesOf(d, 3)[1]!.parent = 'chidao.nhom'), /^3-tthc\.json: tthc\.chi_tieu: parent "chidao\.nhom" is in area 1, not 3$/],
    ['a parent cycle', (d) => (entriesOf(d, 4)[0]!.parent = 'bomay.chi_tieu'), /^4-bomay\.json: bomay\.\w+: parent cycle bomay\.\w+ → bomay\.\w+ → bomay\.\w+$/],
    ['a bad valueType', (d) => (entriesOf(d, 5)[1]!.valueType = 'number'), /^5-congvu\.json: congvu\.chi_tieu: bad valueType "number"/],
    ['a bad level', (d) => (entriesOf(d, 6)[1]!.level = 'phuong'), /^6-taichinh\.json: taichinh\.chi_tieu: bad level "phuong"/],
    ['an entry in the wrong area', (d) => (entriesOf(d, 7)[1]!.area = 6), /^7-cqs\.json: cqs\.chi_tieu: "area" is 6, but the file is area 7$/],
    ['an area outside 1..7', (d) => ((d.areaFiles[6]!.content as Entry).area = 8), /^7-cqs\.json: "area" must be a number from 1 to 7, got 8$/],
    ['an ID without its area code', (d) => (entriesOf(d, 1)[1]!.id = 'tthc.chi_tieu'), /^1-chidao\.json: tthc\.chi_tieu: the ID must start with the area code "chidao\."$/],
    ['an ID that is not lowercase ASCII', (d) => (entriesOf(d, 1)[1]!.id = 'chidao.Chỉ_tiêu'), /^1-chidao\.json: chidao\.Chỉ_tiêu: the ID must be lowercase ASCII words joined by dots$/],
    ['an ID longer than 60 characters', (d) => (entriesOf(d, 1)[1]!.id = `chidao.${'x'.repeat(60)}`), /the ID is 67 characters, more than 60$/],
    ['an unknown template in stt', (d) => (entriesOf(d, 2)[0]!.stt = { 'bnv-2019': '1' }), /^2-thche\.json: thche\.nhom: unknown template "bnv-2019" in stt \(known: bnv-2022\)$/],
    ['an STT with a trailing dot', (d) => (entriesOf(d, 2)[0]!.stt = { 'bnv-2022': '1.' }), /^2-thche\.json: thche\.nhom: stt for "bnv-2022" must look like "3\.4\.1"/],
    ['an empty name', (d) => (entriesOf(d, 3)[0]!.name = ' '), /^3-tthc\.json: tthc\.nhom: empty name$/],
    ['a misspelt field', (d) => (entriesOf(d, 3)[0]!.varaints = []), /^3-tthc\.json: tthc\.nhom: unknown field "varaints"$/],
    ['an empty variant', (d) => (entriesOf(d, 3)[1]!.variants = ['']), /^3-tthc\.json: tthc\.chi_tieu: "variants" must be an array of non-empty strings$/],
    ['a file named for another area', (d) => (d.areaFiles[1]!.file = '3-thche.json'), /^3-thche\.json: area 2 with code "thche" belongs in a file named 2-thche\.json$/],
    ['a missing area', (d) => d.areaFiles.pop(), /^no file for area 7$/],
    ['a repeated template', (d) => (d.templates as Entry[]).push({ id: 'bnv-2022', numbering: 'per-area', description: 'x', seenIn: [] }), /^templates\.json: template "bnv-2022" is listed twice$/],
  ])('refuses %s, naming the file and the entry', (_what, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  it('reports every problem at once, in one CatalogError', () => {
    const data = minimalData();
    entriesOf(data, 1)[1]!.valueType = 'x';
    entriesOf(data, 2)[1]!.parent = 'thche.x';
    expect(() => validateCatalog(data)).toThrow(CatalogError);
    expect(() => validateCatalog(data)).toThrow(/2 problems[\s\S]*1-chidao\.json[\s\S]*2-thche\.json/);
  });
});

// ---------------------------------------------------------------------------------------------
// Coverage of the seeds' appendix rows.

interface SeedRow {
  ref: string;
  stt: string;
  label: string;
}

/** Tab-separated appendix rows with an STT or a label, without the repeated header rows. */
function seedRows(prefix: string): SeedRow[] {
  const lines = readFileSync(seedPath(prefix), 'utf8').split(/\r?\n/);
  return lines.flatMap((line, i): SeedRow[] => {
    if (!line.includes('\t')) return [];
    const cells = line.split('\t').map((c) => c.replace(/<\/?[bi]>/g, '').trim());
    const [stt = '', label = '', unit = ''] = cells;
    const header = stt === 'STT' || label.startsWith('Chỉ tiêu thống kê') || (stt === '' && label === '' && unit === 'Đơn vị tính');
    if (header || (stt === '' && label === '')) return [];
    return [{ ref: `${prefix}:${i + 1}`, stt, label }];
  });
}

/**
 * Rows whose label is the reporting unit's own text rather than a wording of the template, so
 * no catalog wording can equal it. The matcher is expected to reach them by other means (the
 * first clause before " - ", fuzzy similarity) or leave them to review.
 */
const ROW_SPECIFIC: Record<string, string> = {
  '000:150': 'the unit printed its plan decision ("Quyết định số 02/QĐ-BDT ngày 15/01/2024 về Kế hoạch CCHC ...") in the “Kế hoạch CCHC” slot',
  '000:154': 'the “Kiểm tra CCHC” heading with the unit’s inspection plan appended after " - "',
  '000:170': 'a note of the unit (“Dự kiến thực hiện vào Quý IV”) printed as a row under Khảo sát',
  '000:175': 'the VBQPPL row with the unit’s comment appended after " - " (“Trong quý I, Ban Dân tộc không có ...”)',
};

/** folded wording → catalog IDs (names and variants). */
function formIndex(): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  const add = (wording: string, id: string) => {
    const text = normaliseLabel(wording).text;
    forms.set(text, (forms.get(text) ?? new Set()).add(id));
  };
  for (const entry of catalog.indicators) for (const wording of [entry.name, ...entry.variants]) add(wording, entry.id);
  return forms;
}

const forms = formIndex();

function candidatesOf(label: string): Set<string> {
  const n = normaliseLabel(label);
  const area = areaOfHeading(label);
  return new Set([...[n.text, n.newerWording].flatMap((t) => (t ? [...(forms.get(t) ?? [])] : [])), ...(area ? [`area:${area}`] : [])]);
}

const rows = new Map(SEEDS.flatMap((p) => seedRows(p)).map((r) => [r.ref, r]));

describe('catalog coverage of the seed appendices', () => {
  it('reads the rows of all four appendices', () => {
    const counts = SEEDS.map((p) => [...rows.keys()].filter((k) => k.startsWith(p)).length);
    expect(counts.every((c) => c > 100)).toBe(true);
  });

  it('finds a catalog wording for every row (label or newer wording), except the listed ones', () => {
    const misses = [...rows.values()].filter((r) => !ROW_SPECIFIC[r.ref] && candidatesOf(r.label).size === 0);
    if (misses.length > 0) console.log(`rows without a catalog wording:\n${misses.map((r) => `  ${r.ref}\t${r.stt}\t${r.label}`).join('\n')}`);
    expect(misses.map((r) => r.ref)).toEqual([]);
  });

  it('lists only exceptions that really miss', () => {
    for (const ref of Object.keys(ROW_SPECIFIC)) expect(candidatesOf(rows.get(ref)!.label).size, ref).toBe(0);
  });

  it('offers a common ID for both rows of every "same" pair of the equivalence table', () => {
    const pairs = readExpectedTsv('equivalence.tsv').filter((p) => p.relation === 'same' && !ROW_SPECIFIC[p.a!] && !ROW_SPECIFIC[p.b!]);
    const apart = pairs.filter((p) => {
      const a = candidatesOf(rows.get(p.a!)!.label);
      return ![...candidatesOf(rows.get(p.b!)!.label)].some((id) => a.has(id));
    });
    expect(apart.map((p) => `${p.a} ~ ${p.b}: ${p.why}`)).toEqual([]);
  });

  it('never offers one single ID for both rows of a "different" pair', () => {
    const pairs = readExpectedTsv('equivalence.tsv').filter((p) => p.relation === 'different');
    const merged = pairs.filter((p) => {
      const [a, b] = [candidatesOf(rows.get(p.a!)!.label), candidatesOf(rows.get(p.b!)!.label)];
      return a.size === 1 && b.size === 1 && [...a][0] === [...b][0];
    });
    expect(merged.map((p) => `${p.a} = ${p.b}: ${p.why}`)).toEqual([]);
  });
});

describe('catalog remarks', () => {
  it('refer only to IDs that exist', () => {
    const mentioned = catalog.indicators.flatMap((entry) =>
      [...(entry.remark ?? '').matchAll(/\b(?:chidao|thche|tthc|bomay|congvu|taichinh|cqs)(?:\.[a-z0-9_*]+)+/g)]
        .map((m) => m[0])
        .filter((id) => !id.includes('*'))
        .map((id) => [entry.id, id] as const),
    );
    expect(mentioned.length).toBeGreaterThan(10);
    expect(mentioned.filter(([, id]) => !catalog.byId.has(id)).map(([entry, id]) => `${entry} → ${id}`)).toEqual([]);
  });
});

describe('catalog wordings', () => {
  /**
   * Two entries with one wording must differ in parent or level, or the matcher cannot tell
   * them apart. Allowed: the two bnv-2020 blocks printed “Vận hành Cổng dịch vụ công” (3.2 and
   * 3.5), told apart only by their STT and their rows.
   */
  const SHARED_ON_PURPOSE = new Set(['tthc.cong_dvc tthc.cong_khai']);

  it('never gives one wording to two entries with the same parent and level', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of catalog.indicators) {
      for (const wording of new Set([entry.name, ...entry.variants].map((w) => normaliseLabel(w).text))) {
        const key = `${wording}|${entry.parent}|${entry.level ?? ''}`;
        const other = seen.get(key);
        if (other && other !== entry.id && !SHARED_ON_PURPOSE.has([other, entry.id].sort().join(' '))) clashes.push(`${other} / ${entry.id}: “${wording}”`);
        seen.set(key, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});
