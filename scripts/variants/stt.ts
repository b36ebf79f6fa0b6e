/**
 * STT schemes a variant prints instead of the source's numbering. The depth of a row comes from
 * the source STT's number path ("3.4.1.1." is depth 4); rows without a numbered STT (none, or a
 * word such as "Trong đó") keep theirs. Numbering restarts in every table, as the seeds' forms do.
 */
export type SttScheme = 'source' | 'decimal' | 'roman' | 'paren' | 'restart' | 'none';

export const STT_SCHEMES: readonly SttScheme[] = ['source', 'decimal', 'roman', 'paren', 'restart', 'none'];

const NUMBER_PATH = /^(\d+)((?:\.\d+)*)[.)]?$/;

function depthOf(raw: string): number | null {
  const m = raw.replace(/<[^>]*>/g, '').trim().match(NUMBER_PATH);
  return m ? m[0].replace(/[.)]$/, '').split('.').length : null;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

const letter = (n: number) => String.fromCharCode(96 + Math.min(n, 26));

/** One row's STT from the counters of its path (1-based, outermost first). */
const FORMAT: Record<Exclude<SttScheme, 'source' | 'none'>, (path: number[]) => string> = {
  decimal: (path) => `${path.join('.')}.`,
  roman: (path) => [(p: number) => `${roman(p)}.`, (p: number) => `${p}.`, (p: number) => `${letter(p)})`][path.length - 1]?.(path[path.length - 1]!) ?? '-',
  paren: (path) => [(p: number) => `${p})`, (p: number) => `${letter(p)})`][path.length - 1]?.(path[path.length - 1]!) ?? '-',
  // Each area numbered from 1 under a Roman heading (as seed 001 numbers from 1 in every section).
  restart: (path) => (path.length === 1 ? `${roman(path[0]!)}.` : `${path.slice(1).join('.')}.`),
};

/** The STT cells of one table's rows (raw, markup kept around a renumbered STT) in the scheme. */
export function renumber(stts: string[], scheme: SttScheme): string[] {
  if (scheme === 'source') return stts;
  if (scheme === 'none') return stts.map((raw) => (depthOf(raw) === null ? raw : ''));
  const counters: number[] = [];
  return stts.map((raw) => {
    const depth = depthOf(raw);
    if (depth === null) return raw;
    counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
    counters.length = depth;
    const path = Array.from({ length: depth }, (_, i) => counters[i] ?? 1);
    const printed = FORMAT[scheme](path);
    const bold = /^\s*<b>/.test(raw);
    return bold ? `<b>${printed}</b>` : printed;
  });
}
