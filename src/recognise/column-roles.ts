/**
 * Column roles of one appendix table from evidence (docs/column-roles.md): the header's captions
 * give candidate roles, the body cells confirm or override them column by column. Where header
 * and content disagree, content wins and the table gets a `table/roles-from-content` warning;
 * where the evidence leaves two columns that could hold the figure, the table is doubtful and its
 * rows are withheld (`table/roles-doubtful`), never guessed.
 */
import { captionRole, captionYear, valueCaptionRole, type CaptionRole } from '../../common/column-vocabulary.js';
import type { ValueRole } from '../model.js';
import { shareOf, type ColumnProfile } from './column-profile.js';
import { printPath } from './header-paths.js';

export interface ValueColumn {
  col: number;
  /** Header path as printed ("Kết quả thống kê › Số liệu"). */
  path: string;
  role: ValueRole;
}

export interface TableRoles {
  stt?: number;
  label?: number;
  unit?: number;
  note?: number;
  /** Every value column, in column order. */
  values: ValueColumn[];
  /** Column of the default figure (the current period's actual value); undefined when there is none. */
  primary?: number;
  /** Why the roles stay doubtful (the table's figures are withheld), or null. */
  doubt: string | null;
  /** Header/content disagreements, one line each, for the `table/roles-from-content` warning. */
  overrides: string[];
}

type ContentRole = 'stt' | 'value' | 'unit' | 'text' | null;

/** Shares of a column's filled cells that make its content speak for a role. */
const STT_SHARE = 0.6;
const FIGURE_SHARE = 0.6;
const MEASURE_SHARE = 0.5;
/** Fewer filled cells than this say nothing about a column. */
const MIN_EVIDENCE = 3;
/** Mean length under which a column named “Chỉ tiêu” cannot hold the labels. */
const LABEL_MIN_LENGTH = 12;

function contentRole(p: ColumnProfile): ContentRole {
  if (p.filled < MIN_EVIDENCE) return null;
  if (shareOf(p, 'stt') >= STT_SHARE && p.kinds.stt >= MIN_EVIDENCE) return 'stt';
  if (shareOf(p, 'figure') >= FIGURE_SHARE) return 'value';
  if (shareOf(p, 'measure') >= MEASURE_SHARE) return 'unit';
  return 'text';
}

/** The role the header path suggests: the leaf's caption, or a group caption's when the leaf names none. */
function headerRole(path: readonly string[]): CaptionRole | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const role = captionRole(path[i]!);
    if (role && role !== 'group') return role;
    if (role === 'group' && i === path.length - 1 && path.length === 1) return 'value';
  }
  return null;
}

interface Column {
  col: number;
  path: string[];
  header: CaptionRole | null;
  content: ContentRole;
  profile: ColumnProfile;
}

const describe = (c: Column) => `column ${c.col + 1}${c.path.length ? ` “${printPath(c.path)}”` : ''}`;

export function decideRoles(paths: readonly string[][], profiles: readonly ColumnProfile[]): TableRoles | null {
  const columns: Column[] = profiles.map((profile, col) => {
    const path = paths[col] ?? [];
    return { col, path, header: headerRole(path), content: contentRole(profile), profile };
  });
  const roles: TableRoles = { values: [], doubt: null, overrides: [] };
  const taken = new Set<number>();
  const take = (c: Column | undefined) => {
    if (c) taken.add(c.col);
    return c?.col;
  };

  roles.stt = take(pickStt(columns));
  roles.label = take(pickLabel(columns.filter((c) => !taken.has(c.col)), roles));
  if (roles.label === undefined) return null;
  for (const c of valueColumns(columns.filter((c) => !taken.has(c.col)), roles)) roles.values.push({ col: c.col, path: printPath(c.path), role: 'other' });
  for (const v of roles.values) taken.add(v.col);
  roles.unit = take(pickUnit(columns.filter((c) => !taken.has(c.col)), roles));
  roles.note = take(columns.find((c) => !taken.has(c.col) && c.col !== roles.label && (c.header === 'note' || c.content === 'text' || c.header === null)));
  if (roles.values.length === 0) return columns.some((c) => c.header === 'value') ? roles : null;
  choosePrimary(roles, columns);
  return roles;
}

function pickStt(columns: Column[]): Column | undefined {
  const named = columns.find((c) => c.header === 'stt' && c.content !== 'text' && c.content !== 'unit');
  if (named) return named;
  return columns.filter((c) => c.content === 'stt').sort((a, b) => b.profile.kinds.stt - a.profile.kinds.stt)[0];
}

function pickLabel(columns: Column[], roles: TableRoles): Column | undefined {
  const texts = columns.filter((c) => c.content === 'text' || c.content === null);
  const longest = texts.reduce<Column | undefined>((best, c) => (!best || c.profile.meanLength > best.profile.meanLength ? c : best), undefined);
  const named = columns.find((c) => c.header === 'label');
  // The named label holds text: kept, even when a note column beside it runs longer.
  if (named && (named.content === 'text' || named.content === null) && named.profile.meanLength >= LABEL_MIN_LENGTH) return named;
  if (named && longest && named !== longest) roles.overrides.push(`${describe(longest)} holds the longest texts and is read as the label, not ${describe(named)}`);
  return longest;
}

/**
 * A column named as a value column and not contradicted by its cells, or an unnamed column of
 * figures. A column named otherwise (unit, note) that holds figures is read as a value column
 * only when no named value column stands: then header and content disagree and content wins.
 */
function valueColumns(columns: Column[], roles: TableRoles): Column[] {
  const named = columns.filter((c) => c.header === 'value' && namedValueStands(c, roles));
  const unnamed = columns.filter((c) => c.header === null && c.content === 'value');
  if (named.length > 0) return [...named, ...unnamed].sort((a, b) => a.col - b.col);
  const renamed = columns.filter((c) => c.header !== null && c.header !== 'value' && c.content === 'value');
  for (const c of renamed) roles.overrides.push(`${describe(c)} holds figures and is read as a value column`);
  return [...unnamed, ...renamed].sort((a, b) => a.col - b.col);
}

function namedValueStands(c: Column, roles: TableRoles): boolean {
  if (c.content === 'value' || c.content === null) return true;
  if (c.content === 'text' && shareOf(c.profile, 'figure') >= 0.3) return true;
  roles.overrides.push(`${describe(c)} holds ${c.content === 'unit' ? 'measure words' : c.content === 'stt' ? 'numbering' : 'text'}, not figures, and is not read as a value column`);
  return false;
}

function pickUnit(columns: Column[], roles: TableRoles): Column | undefined {
  const byContent = columns.find((c) => c.content === 'unit');
  const named = columns.find((c) => c.header === 'unit');
  if (named && (named.content === 'unit' || named.content === null || (named.content === 'text' && named.profile.meanLength < 20))) return named;
  if (byContent && named && byContent !== named) roles.overrides.push(`${describe(byContent)} holds measure words and is read as the unit`);
  return byContent;
}

/** The role of each value column from its header path, and the column of the default figure. */
function choosePrimary(roles: TableRoles, columns: Column[]): void {
  for (const v of roles.values) v.role = valueCaptionRole(columns[v.col]!.path) ?? 'other';
  const actual = roles.values.filter((v) => v.role === 'actual');
  const unnamed = roles.values.filter((v) => v.role === 'other');
  let candidates = actual.length > 0 ? actual : unnamed;
  if (candidates.length === 0) candidates = latestYear(roles.values.filter((v) => v.role === 'year'), columns);
  if (candidates.length > 1) candidates = latestYear(candidates, columns);
  if (candidates.length === 1) {
    roles.primary = candidates[0]!.col;
    if (candidates[0]!.role === 'other') candidates[0]!.role = 'actual';
  } else if (candidates.length > 1) {
    roles.doubt = `${candidates.map((v) => describe(columns[v.col]!)).join(' and ')} could each be the figure`;
  } else if (roles.values.some((v) => v.role === 'plan' || v.role === 'previous' || v.role === 'ratio')) {
    // A plan, an earlier period or a ratio, and no column of the current figures that the cells
    // or captions show: the current one is there but unread. Withheld, not left silently empty.
    roles.doubt = `${roles.values.map((v) => describe(columns[v.col]!)).join(', ')} hold other figures and no column is the current one`;
  }
}

/** Of columns under year captions, those of the latest year; all of them when no year tells them apart. */
function latestYear(values: ValueColumn[], columns: Column[]): ValueColumn[] {
  // The year nearest the leaf: "Năm 2021 › Năm 2020" is a 2020 column printed under a 2021 group.
  const yearOf = (v: ValueColumn) => [...columns[v.col]!.path].reverse().map((t) => captionYear(t)).find((y) => y !== null) ?? 0;
  const latest = Math.max(0, ...values.map(yearOf));
  if (latest === 0) return values;
  const out = values.filter((v) => yearOf(v) === latest);
  return out;
}
