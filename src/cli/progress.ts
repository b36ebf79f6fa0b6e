/**
 * How `chitieu import` shows its progress. On a terminal (stderr): one line redrawn in place —
 * done/total, a bar, counts per outcome, files/s and ETA — with failed files printed above it.
 * Otherwise: a plain line per file. With --json: one JSON object per file on stdout and a final
 * `{"summary": ...}`, and the bar on stderr when that is a terminal.
 */
import type { FileResult, ImportProgress, ImportSummary } from '../importer/import-files.js';
import type { VersionNote } from '../store/current-versions.js';

export interface ProgressView {
  start(total: number): void;
  file(result: FileResult, progress: ImportProgress): void;
  /** A page was read by OCR (a scan takes seconds a page): the bar shows how far the scans are. */
  ocrPage(progress: ImportProgress): void;
  finish(summary: ImportSummary, db: string): void;
  /** The import stopped with an error: leave the terminal clean for the error line. */
  abort(): void;
}

type Stream = NodeJS.WriteStream;

const LABEL: Record<FileResult['outcome'], string> = {
  imported: 'imported ',
  unchanged: 'unchanged',
  failed: 'FAILED   ',
  skipped: 'skipped  ',
};

const VERSION_TEXT: Record<VersionNote['relation'], (v: VersionNote) => string> = {
  replaces: (v) => `replaces document ${v.document_id}, ${v.source_file}, for ${v.unit ?? '(no unit)'} ${v.period ?? ''}`,
  'same-report': (v) => `same report as document ${v.document_id} (${v.source_file}): ${v.current ? 'read from this source now (the most complete)' : 'kept as another source'}`,
  'no-figures': (v) => `has no figures: does not replace document ${v.document_id} (${v.source_file})`,
  older: (v) => `older than document ${v.document_id} (${v.source_file}): does not replace it`,
};

/** The version line of an imported document ("replaces document 3, …"), or ''. */
export function describeVersion(result: FileResult): string {
  return result.version ? VERSION_TEXT[result.version.relation](result.version) : '';
}

export function describeResult(result: FileResult): string {
  const head = `${LABEL[result.outcome]}  ${result.path}`;
  const version = result.version ? `; ${describeVersion(result)}` : '';
  if (result.outcome === 'imported') return `${head}: ${result.observations} figures, ${result.unmatched} rows to review, ${result.warnings} warnings${version}`;
  if (result.outcome === 'failed') return `${head}: ${result.message} [${result.code}]`;
  if (result.outcome === 'skipped' || result.message) return `${head}: ${result.message}`;
  return head;
}

const rate = (p: ImportProgress) => (p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0);

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const hms = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return (hms[0] ? `${hms[0]}:${String(hms[1]).padStart(2, '0')}` : String(hms[1])) + `:${String(hms[2]).padStart(2, '0')}`;
}

export function summaryLine(s: ImportSummary, db: string): string {
  const skipped = s.skipped > 0 ? `, ${s.skipped} skipped (not reports)` : '';
  const stopped = s.interrupted ? ` — interrupted with ${Math.max(0, s.total - s.done)} files to go; run the same command again to go on` : '';
  return (
    `${s.done} files: ${s.imported} imported, ${s.unchanged} unchanged, ${s.failed} failed${skipped}; ` +
    `${s.figures} figures, ${s.toReview} rows to review (chitieu unmatched) in ${(s.elapsedMs / 1000).toFixed(1)} s ` +
    `(${rate(s).toFixed(1)} files/s) → ${db}${stopped}`
  );
}

/** OCR'd pages, and how far the scans being read now are: " · OCR page 37/100 (52 in all)". */
function ocrCounts(p: ImportProgress): string {
  if (!p.ocrPages) return '';
  const now = p.ocrInFlight ? `page ${p.ocrInFlight.done}/${p.ocrInFlight.of} ` : '';
  return ` · OCR ${now}(${p.ocrPages} page${p.ocrPages === 1 ? '' : 's'} in all)`;
}

/**
 * The one line a terminal shows: the bar takes what the counts, rate and ETA leave of the width
 * (5 to 20 columns), a percentage stands in for it when less is left, and only a terminal too
 * narrow even for that cuts the line.
 */
export function barLine(p: ImportProgress, columns: number): string {
  const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const perSecond = rate(p);
  const eta = perSecond > 0 ? (p.total - p.done) / perSecond : Infinity;
  const skipped = p.skipped > 0 ? ` skipped ${p.skipped}` : '';
  const counts = `imported ${p.imported} unchanged ${p.unchanged} failed ${p.failed}${skipped}${ocrCounts(p)} · ${perSecond.toFixed(1)} files/s · ETA ${clock(eta)}`;
  const head = `${p.done}/${p.total}`;
  const width = Math.min(20, columns - 1 - head.length - counts.length - 4);
  let line: string;
  if (width >= 5) {
    const filled = Math.round(fraction * width);
    line = `${head} [${'='.repeat(filled) + (filled < width ? '>' + ' '.repeat(width - filled - 1) : '')}] ${counts}`;
  } else line = `${head} ${Math.floor(fraction * 100)}% ${counts}`;
  return line.length > columns - 1 ? line.slice(0, Math.max(0, columns - 2)) + '…' : line;
}

/** The redrawn line; at most ten redraws a second, since a terminal is slower than an unchanged file. */
class Bar {
  private last = 0;
  private shown = false;

  constructor(private readonly stream: Stream) {}

  draw(p: ImportProgress, force = false): void {
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\r\x1b[2K${barLine(p, this.stream.columns || 80)}`);
    this.shown = true;
  }

  /** Writes a line above the bar. */
  above(line: string, p: ImportProgress): void {
    this.stream.write(`\r\x1b[2K${line}\n`);
    this.draw(p, true);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}

function terminalView(stderr: Stream): ProgressView {
  const bar = new Bar(stderr);
  return {
    start: (total) => bar.draw({ done: 0, total, imported: 0, unchanged: 0, failed: 0, skipped: 0, pages: 0, rows: 0, figures: 0, toReview: 0, elapsedMs: 0 }, true),
    // A failure, and a report that replaced another or was left out, are worth a line above the bar.
    file: (result, p) => (result.outcome === 'failed' || result.version ? bar.above(describeResult(result), p) : bar.draw(p)),
    ocrPage: (p) => bar.draw(p),
    finish: (summary, db) => {
      bar.clear();
      stderr.write(`${summaryLine(summary, db)}\n`);
    },
    abort: () => bar.clear(),
  };
}

function plainView(stderr: Stream): ProgressView {
  return {
    start: () => undefined,
    file: (result, p) => stderr.write(`[${p.done}/${p.total}] ${describeResult(result)}\n`),
    // Not a terminal (a log): a line every page would bury the files' lines.
    ocrPage: () => undefined,
    finish: (summary, db) => stderr.write(`\n${summaryLine(summary, db)}\n`),
    abort: () => undefined,
  };
}

export function jsonSummary(s: ImportSummary) {
  return {
    files: s.done,
    imported: s.imported,
    unchanged: s.unchanged,
    failed: s.failed,
    skipped: s.skipped,
    figures: s.figures,
    toReview: s.toReview,
    rows: s.rows,
    pages: s.pages,
    seconds: s.elapsedMs / 1000,
    filesPerSecond: rate(s),
    interrupted: s.interrupted,
    workersStarted: s.workersStarted,
  };
}

function jsonView(stdout: Stream, stderr: Stream): ProgressView {
  const bar = stderr.isTTY ? new Bar(stderr) : null;
  return {
    start: () => undefined,
    file: (result, p) => {
      stdout.write(`${JSON.stringify(result)}\n`);
      bar?.draw(p);
    },
    ocrPage: (p) => bar?.draw(p),
    finish: (s) => {
      bar?.clear();
      stdout.write(`${JSON.stringify({ summary: jsonSummary(s) })}\n`);
    },
    abort: () => bar?.clear(),
  };
}

export function progressView(options: { json: boolean; stdout: Stream; stderr: Stream }): ProgressView {
  if (options.json) return jsonView(options.stdout, options.stderr);
  return options.stderr.isTTY ? terminalView(options.stderr) : plainView(options.stderr);
}
