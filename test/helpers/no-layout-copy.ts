/**
 * A copy of a tab-separated report as text copied out of a PDF without its layout: every
 * non-empty cell of a table line on a line of its own (header captions too), long cells wrapped
 * at a width as a PDF column wraps them, prose lines unchanged. Written from the seed's own
 * text only, never from the pipeline's output, and keeps where each line came from so results
 * can be checked against the hand-written expectations of the seed.
 */
export interface NoLayoutOptions {
  /** Wrap cells longer than this many characters at word boundaries; none by default. */
  wrap?: number;
  /** Keep the header lines (STT / Chỉ tiêu thống kê / …); true by default. */
  header?: boolean;
  /** Wrap the unit cell (the 3rd) at this width instead, as a narrow Đơn vị tính column does. */
  unitWrap?: number;
}

export interface NoLayoutCopy {
  text: string;
  /** 1-based line in the copy → 1-based line in the original. */
  originalLine: number[];
}

/** A PDF copy has no markup: `<b>`, `<i>` and the like go. */
const stripTags = (cell: string) => cell.replace(/<\/?[a-z]+(\s[^<>]*)?>/gi, '').replace(/\s+/g, ' ').trim();

/** Header lines of the seeds: "STT⇥Chỉ tiêu thống kê⇥…" and "⇥⇥Đơn vị tính⇥Số liệu⇥". */
const isHeaderLine = (line: string) => /^STT\t/.test(line) || /^\t\tĐơn vị tính\tSố liệu/.test(line);

function wrapCell(text: string, width: number | undefined): string[] {
  if (!width || text.length <= width) return [text];
  const out: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') out.push(current);
  return out;
}

export function noLayoutCopy(text: string, options: NoLayoutOptions = {}): NoLayoutCopy {
  const lines: string[] = [];
  const originalLine: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.includes('\t')) {
      lines.push(line);
      originalLine.push(i + 1);
      return;
    }
    if (options.header === false && isHeaderLine(line)) return;
    line.split('\t').map(stripTags).forEach((cell, c) => {
      if (cell === '') return;
      const width = c === 2 && !isHeaderLine(line) && options.unitWrap ? options.unitWrap : options.wrap;
      for (const part of wrapCell(cell, width)) {
        lines.push(part);
        originalLine.push(i + 1);
      }
    });
  });
  return { text: lines.join('\n'), originalLine };
}
