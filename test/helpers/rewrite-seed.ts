/**
 * Makes a copy of a seed report with its appendix sections in reverse order and every STT
 * renumbered, keeping track of where each line came from. Used to show that indicator IDs do
 * not depend on numbering or order. Sections are found from the printed text only: a row whose
 * STT is a single number ("4.") in continuous numbering, a bold area title without STT, or a
 * "Biểu mẫu N" line.
 */
export interface RewrittenSeed {
  text: string;
  /** 1-based line in the rewritten text → 1-based line in the original. */
  originalLine: number[];
}

type SectionKind = (line: string) => boolean;

const FORM_TITLE: SectionKind = (line) => /^Biểu mẫu \d+/.test(line);
// A bold row without STT that names one of the seven areas (not a bold sub-heading).
const BOLD_AREA_TITLE: SectionKind = (line) => {
  const [stt = '', label = ''] = line.split('\t');
  return line.includes('\t') && stt.trim() === '' && /^<b>(Công tác chỉ đạo|Cải cách|Xây dựng và phát triển)[^<]+<\/b>$/.test(label.trim());
};
const TOP_NUMBERED_ROW: SectionKind = (line) => {
  const [stt = '', , , value = ''] = line.split('\t');
  return line.includes('\t') && /^\d+\.$/.test(stt.trim()) && value.trim() === '';
};

/** One kind of section boundary per document: forms, else bold area titles, else "N." rows. */
function sectionKind(lines: string[]): SectionKind {
  return [FORM_TITLE, BOLD_AREA_TITLE].find((kind) => lines.some(kind)) ?? TOP_NUMBERED_ROW;
}

function renumberStt(line: string, shift: number): string {
  if (/^Biểu mẫu \d+/.test(line)) return line.replace(/^Biểu mẫu (\d+)/, (_, n) => `Biểu mẫu ${Number(n) + shift}`);
  if (!line.includes('\t')) return line;
  const [stt = '', ...rest] = line.split('\t');
  const renumbered = stt.replace(/^(<b>)?(\d+)((?:\.\d+)*\.?)(<\/b>)?$/, (_, b1 = '', first, tail, b2 = '') => `${b1}${Number(first) + shift}${tail}${b2}`);
  return [renumbered, ...rest].join('\t');
}

export function rewriteSeed(text: string, shift = 10): RewrittenSeed {
  const lines = text.split('\n');
  const isSectionStart = sectionKind(lines);
  const starts = lines.flatMap((l, i) => (isSectionStart(l) ? [i] : []));
  if (starts.length < 2) throw new Error('no sections found to reorder');
  // The appendix ends where the last table row is.
  const lastTableLine = lines.reduce((last, l, i) => (l.includes('\t') ? i : last), 0);
  const blocks = starts.map((start, k) => [start, k + 1 < starts.length ? starts[k + 1]! : lastTableLine + 1] as const);
  const order: number[] = [];
  for (let i = 0; i < starts[0]!; i++) order.push(i);
  for (const [start, end] of [...blocks].reverse()) for (let i = start; i < end; i++) order.push(i);
  for (let i = lastTableLine + 1; i < lines.length; i++) order.push(i);
  return {
    text: order.map((i) => renumberStt(lines[i]!, i >= starts[0]! && i <= lastTableLine ? shift : 0)).join('\n'),
    originalLine: order.map((i) => i + 1),
  };
}
