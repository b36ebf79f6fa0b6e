/**
 * `extendCatalog`: entries added at run time are checked as a catalog file's entries are, against
 * the whole catalog, and refused as a whole with every problem named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogError, extendCatalog, loadCatalog, type Catalog } from '../../src/match/catalog.js';
import type { CatalogIndicator } from '../../src/model.js';

const entry = (fields: Partial<CatalogIndicator>): CatalogIndicator => ({
  id: 'chidao.so_cuoc_hop_giao_ban', area: 1, parent: null, name: 'Số cuộc họp giao ban CCHC', valueType: 'count', measureUnit: 'Cuộc', variants: [], stt: {}, ...fields,
});

let base: Catalog;
beforeAll(() => {
  base = loadCatalog();
});

describe('extendCatalog', () => {
  it('adds entries after their area’s own, findable by ID, and leaves the installed catalog as it was', () => {
    const size = base.indicators.length;
    const child = entry({ id: 'chidao.so_cuoc_hop_giao_ban.truc_tuyen', parent: 'chidao.so_cuoc_hop_giao_ban', name: 'Trực tuyến' });
    const extended = extendCatalog(base, [entry({}), child]);
    expect(extended.indicators).toHaveLength(size + 2);
    expect(extended.byId.get('chidao.so_cuoc_hop_giao_ban.truc_tuyen')?.parent).toBe('chidao.so_cuoc_hop_giao_ban');
    const areas = extended.indicators.map((i) => i.area);
    expect(areas).toEqual([...areas].sort((a, b) => a - b));
    const lastOfArea1 = extended.indicators.filter((i) => i.area === 1).at(-1);
    expect(lastOfArea1?.id).toBe('chidao.so_cuoc_hop_giao_ban.truc_tuyen');
    expect(base.indicators).toHaveLength(size);
    expect(base.byId.has('chidao.so_cuoc_hop_giao_ban')).toBe(false);
    expect(extendCatalog(base, [])).toBe(base);
  });

  it('refuses what the catalog loader refuses, naming where the entries come from', () => {
    const bad = [
      entry({ id: 'chidao.van_ban_chi_dao' }),
      entry({ id: 'thche.x', name: ' ' }),
      entry({ id: 'chidao.y', parent: 'tthc.thong_ke', valueType: 'number' as never }),
    ];
    let error: unknown;
    try {
      extendCatalog(base, bad, 'catalog additions in a.sqlite');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).problems).toEqual([
      'catalog additions in a.sqlite: thche.x: the ID must start with the area code "chidao."',
      'catalog additions in a.sqlite: thche.x: empty name',
      'catalog additions in a.sqlite: chidao.y: bad valueType "number" (one of count, percent, money, code, yesno, text, group)',
      expect.stringMatching(/^catalog additions in a\.sqlite: chidao\.van_ban_chi_dao: duplicate ID \(also in .*1-chidao\.json\)$/),
      'catalog additions in a.sqlite: chidao.y: parent "tthc.thong_ke" is in area 3, not 1',
    ]);
  });

  it('refuses an entry with no area of the template', () => {
    expect(() => extendCatalog(base, [entry({ area: 9 as never })], 'x')).toThrow(/x: entry #1 \(chidao\.so_cuoc_hop_giao_ban\): "area" must be a number from 1 to 7, got 9/);
  });
});
