/**
 * The one place HTML is made for `chitieu serve`. Labels, file names and messages come from
 * untrusted report files, so every value put into a page goes through `html` (a tagged template
 * that escapes each interpolation) unless it is itself `Html` made here. Nothing else in
 * src/serve writes markup by string concatenation.
 */
import { formatNumber } from '../values/numbers.js';

/** Markup already escaped (made by `html` or `raw`). */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** `html\`<td>${label}</td>\``: every value escaped, `Html` values and arrays of them kept. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup written in this module's callers as a constant (never data from a file). */
export const raw = (text: string) => new Html(text);

/** A query string from its parts, empty values left out. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const VIETNAMESE = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** A number as a Vietnamese reader writes it: `2.028`, `98,87`. */
export function vietnameseNumber(n: number): string {
  return VIETNAMESE.format(n);
}

export interface ShownValue {
  value_kind: string;
  value_number: number | null;
  value_text: string | null;
  value_raw: string;
}

/**
 * A figure in Vietnamese form, with the stored form (the CSV's `value`, src/report/
 * observation-value.ts) and the cell as printed on hover.
 */
export function figureHtml(v: ShownValue): Html {
  if (v.value_kind === 'empty') return html`<span class="empty" title="trống (empty cell)">—</span>`;
  if (v.value_number === null) return html`<span title="${`printed: ${v.value_raw}`}">${v.value_text ?? v.value_raw}</span>`;
  const suffix = v.value_kind === 'percent' ? '%' : '';
  return html`<span class="num" title="${`stored: ${formatNumber(v.value_number)} · printed: ${v.value_raw}`}">${vietnameseNumber(v.value_number)}${suffix}</span>`;
}

const NAV: Array<[string, string]> = [
  ['/', 'Tài liệu (documents)'],
  ['/review', 'Cần xem lại (review)'],
  ['/units', 'Đơn vị (units)'],
  ['/warnings', 'Cảnh báo (warnings)'],
];

/** A whole page: the shared style and script are served by the server itself (no CDN). */
export function page(title: string, body: Html, options: { csrf: string; current?: string }): string {
  const nav = NAV.map(([href, text]) => html`<a href="${href}"${options.current === href ? raw(' aria-current="page"') : ''}>${text}</a>`);
  return `<!doctype html>${html`<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${options.csrf}">
<title>${title} · chitieu</title><link rel="stylesheet" href="/assets/style.css"><script type="module" src="/assets/app.js"></script></head>
<body><header><strong>chitieu</strong><nav>${nav}</nav></header><main><h1>${title}</h1>${body}</main></body></html>`.text}`;
}

/** A form posting to the server, with the page's CSRF token. */
export function postForm(action: string, csrf: string, fields: Record<string, string>, button: Html | string, className = ''): Html {
  const hidden = Object.entries(fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`);
  return html`<form method="post" action="${action}" class="${className}"><input type="hidden" name="csrf" value="${csrf}">${hidden}<button type="submit">${button}</button></form>`;
}

/** A CSV link for the listing at `path` with its current filters. */
export function csvLink(path: string, params: Record<string, string | undefined>): Html {
  return html`<a class="csv" href="${path + query({ ...params, format: 'csv' })}" download>CSV</a>`;
}
