/**
 * How every `--unit`, `--province`, `--indicator`, `--code` and `--file` text picks what it names,
 * in every command: case, diacritics, tone placement, Unicode form and runs of spaces, hyphens or
 * underscores are ignored, and the text may be any part of the name ("dak mil" finds "UBND huyện
 * Đắk Mil"); a leading `=` asks for the whole name ("=Sở Tư pháp" leaves out "Sở Tư pháp tỉnh X").
 * An unknown text is answered with the closest name (Jaro-Winkler over the folded forms).
 */
import { jaroWinkler } from '../match/jaro-winkler.js';
import { asciiFold } from '../../common/vietnamese-text.js';

export interface TextQuery {
  /** As typed, without the leading `=`. */
  text: string;
  exact: boolean;
  folded: string;
}

/** The one folding of names and queries: asciiFold (common/vietnamese-text.ts), separators as spaces. */
export function foldQueryText(text: string): string {
  return asciiFold(text).replace(/[\s_-]+/g, ' ').trim();
}

export function textQuery(typed: string): TextQuery {
  const exact = typed.startsWith('=');
  const text = exact ? typed.slice(1) : typed;
  return { text, exact, folded: foldQueryText(text) };
}

/** Whether `name` is picked by the query. */
export function matchesText(query: TextQuery, name: string | null | undefined): boolean {
  if (name === null || name === undefined) return false;
  const folded = foldQueryText(name);
  return query.exact ? folded === query.folded : folded.includes(query.folded);
}

/** Whether any of the names is picked. */
export function matchesAny(query: TextQuery, names: Iterable<string | null | undefined>): boolean {
  for (const name of names) if (matchesText(query, name)) return true;
  return false;
}

/** Below this the closest name is too far to be worth suggesting. */
const SUGGEST_AT_LEAST = 0.75;

/** The name closest to the query, for "did you mean"; the query is also compared with each word run of the name's length. */
export function closestName(query: TextQuery, names: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = SUGGEST_AT_LEAST;
  for (const name of new Set(names)) {
    const folded = foldQueryText(name);
    const words = folded.split(' ');
    const size = query.folded.split(' ').length;
    let score = jaroWinkler(query.folded, folded);
    for (let i = 0; i + size <= words.length; i++) score = Math.max(score, jaroWinkler(query.folded, words.slice(i, i + size).join(' ')));
    if (score > bestScore) {
      bestScore = score;
      best = name;
    }
  }
  return best;
}

/** "no unit matches 'Dak Mil'; did you mean 'UBND huyện Đắk Mil'?" */
export function noMatchMessage(what: string, typed: string, names: Iterable<string>, listWith: string): string {
  const closest = closestName(textQuery(typed), names);
  return `no ${what} matches '${typed}'; ${closest ? `did you mean '${closest}'?` : `list them with: ${listWith}`}`;
}

/** A filter or argument that names nothing there is: the CLI's usage error (exit 2). */
export class LookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LookupError';
  }
}
