/**
 * CSV output for the commands that print rows (export, units --csv, diff --format csv): RFC 4180
 * quoting (a cell with a comma, quote or line break is quoted, quotes doubled), "\n" after every
 * row, an optional UTF-8 BOM for Excel, and every text cell passed through `csvSafe` so that a
 * spreadsheet never runs it as a formula.
 *
 * Written by hand rather than through fast-csv: on a million rows fast-csv's per-row stream
 * chunks and per-field formatting took more time than reading the rows from SQLite
 * (scripts/measure-export.ts). Rows are joined into chunks of about 64 KB before they reach the
 * stream, and the writer waits when the stream asks it to.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { csvSafe } from './csv-safe.js';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;
// Either test below may apply: one scan tells the common cell, which needs neither, apart.
const MAY_NEED_WORK = /^[=+\-@\t\r]|[",\r\n]/;

/** One cell: made safe for spreadsheets, then quoted when it must be. */
export function csvCell(text: string): string {
  if (!MAY_NEED_WORK.test(text)) return text;
  const safe = csvSafe(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTE, '""')}"` : safe;
}

/** One row, without its line break. */
export function csvRow(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]!);
  return line;
}

const CHUNK_CHARS = 64 * 1024;
// Room for several chunks in the file stream, so rows are made while earlier ones are written.
const FILE_BUFFER_BYTES = 4 * 1024 * 1024;

export class CsvWriter {
  private chunk = '';
  private failure: Error | null = null;
  private gone = false;
  private readonly finished: Promise<void>;

  private constructor(private readonly stream: Writable, private readonly ownsStream: boolean) {
    this.finished = new Promise((resolve) => {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        // A reader that went away (`chitieu export | head`) ends the output, quietly.
        if (error.code === 'EPIPE') this.gone = true;
        else this.failure = error;
        resolve();
      });
      if (ownsStream) stream.on('finish', resolve);
    });
  }

  /** Writes to `out`, or to stdout when no file is given. */
  static open(options: { out?: string; bom?: boolean }): CsvWriter {
    const writer = options.out ? new CsvWriter(createWriteStream(options.out, { highWaterMark: FILE_BUFFER_BYTES }), true) : new CsvWriter(process.stdout, false);
    if (options.bom) writer.chunk = '\ufeff';
    return writer;
  }

  /** True once the output failed or its reader went away: stop producing rows. */
  get closed(): boolean {
    return this.gone || this.failure !== null;
  }

  /** Adds a row of cells (each passed through `csvCell`). */
  row(cells: readonly string[]): Promise<void> | void {
    return this.line(csvRow(cells));
  }

  /**
   * Adds a row already made of `csvCell`s joined by commas; returns a promise only when the
   * stream is full and the caller must wait.
   */
  line(line: string): Promise<void> | void {
    this.chunk += `${line}\n`;
    if (this.chunk.length >= CHUNK_CHARS) return this.flush();
  }

  /** Adds rows already formatted, each ending with "\n". */
  text(block: string): Promise<void> | void {
    this.chunk += block;
    if (this.chunk.length >= CHUNK_CHARS) return this.flush();
  }

  private flush(): Promise<void> | void {
    const chunk = this.chunk;
    this.chunk = '';
    if (this.closed || chunk === '') return;
    if (!this.stream.write(chunk)) {
      return new Promise((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.once('drain', done);
        this.stream.once('error', done);
      });
    }
  }

  async end(): Promise<void> {
    await this.flush();
    if (this.ownsStream) {
      if (!this.closed) this.stream.end();
      await this.finished;
    } else if (!this.closed) {
      // stdout is not ended (it is the process's); wait until what was written has gone out.
      await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
    }
    if (this.failure) throw this.failure;
  }
}

/** Writes a header and rows of text cells, waiting whenever the stream asks to. */
export async function writeCsv(options: { out?: string; bom?: boolean }, headers: readonly string[], rows: Iterable<readonly string[]>): Promise<void> {
  const writer = CsvWriter.open(options);
  await writer.row(headers);
  for (const row of rows) {
    if (writer.closed) break;
    await writer.row(row);
  }
  await writer.end();
}
