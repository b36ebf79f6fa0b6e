/**
 * What one import remembers between its saves about the documents of each unit and period, so
 * that saving the n-th document of a group does not read the figures of the n - 1 before it again
 * (src/store/current-versions.ts). In the bench corpus every PDF has 32 copies of one unit and
 * period, and re-reading them all at each save was 13 % of the main thread (issue 16); an
 * archive of 10,000 such files has groups of hundreds.
 *
 * Remembered per document (by id, checked against its sha256, since SQLite may give a deleted
 * document's id to the next one): its figures, as `figureKey`s, one shared array for every
 * document with the same figures in the same order (so copies cost one array, and the rule of
 * src/report/versions.ts tells them alike without comparing them figure by figure; the order is
 * kept, since the order of a disagreement's messages follows it); and the `report/sources-disagree`
 * messages stored on it, so a save does not parse every document's messages to find them.
 *
 * Valid only while this connection is the only one writing: when another connection commits (a
 * second import into the same file), `PRAGMA data_version` changes and everything is forgotten
 * (sqlite.org/pragma.html#pragma_data_version). The owner uses it for the saves of one import,
 * which change no stored figure but the new document's.
 */
import { statement, type Db } from './db.js';

/**
 * Documents remembered at most; past it everything is forgotten and read again as needed. Without
 * a bound an archive of distinct reports (every figure list its own) keeps them all: on the
 * 3,334 text files of `npm run bench:memory` the cache held some 30 MB (README, "Performance").
 * A group of hundreds of copies still mostly hits.
 */
const MAX_DOCUMENTS = 2_000;

interface Remembered {
  sha256: string;
  figures?: readonly string[];
  disagreements?: readonly string[];
}

export class VersionCache {
  private dataVersion: number | null = null;
  private readonly documents = new Map<number, Remembered>();
  /** Each distinct figure list once, by its figures joined. */
  private readonly figureSets = new Map<string, readonly string[]>();

  /** Forgets everything when another connection has committed since the last call. */
  check(db: Db): void {
    const now = statement(db, 'PRAGMA data_version').pluck().get() as number;
    if (this.dataVersion !== null && now !== this.dataVersion) this.forget();
    this.dataVersion = now;
  }

  /** Forgets everything (a save's transaction was rolled back). */
  forget(): void {
    this.documents.clear();
    this.figureSets.clear();
  }

  /** The document's figures, read by `read` the first time. */
  figures(id: number, sha256: string, read: () => string[]): readonly string[] {
    const known = this.entry(id, sha256);
    if (!known.figures) {
      const figures = read();
      const key = figures.join('\u0001');
      let shared = this.figureSets.get(key);
      if (!shared) this.figureSets.set(key, (shared = figures));
      known.figures = shared;
    }
    return known.figures;
  }

  /** The disagreement messages stored on the document, read by `read` the first time. */
  disagreements(id: number, sha256: string, read: () => string[]): readonly string[] {
    const known = this.entry(id, sha256);
    known.disagreements ??= read();
    return known.disagreements;
  }

  /** What was just written as the document's disagreement messages. */
  wrote(id: number, sha256: string, disagreements: readonly string[]): void {
    this.entry(id, sha256).disagreements = disagreements;
  }

  private entry(id: number, sha256: string): Remembered {
    let known = this.documents.get(id);
    if (!known || known.sha256 !== sha256) {
      if (!known && this.documents.size >= MAX_DOCUMENTS) this.forget();
      this.documents.set(id, (known = { sha256 }));
    }
    return known;
  }
}
