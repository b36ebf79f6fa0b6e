/** `/warnings`: what import noted about each report, by code, file and position, as `chitieu warnings`. */
import { WARNINGS } from '../../cli/commands/warnings.js';
import { matchesText, textQuery } from '../../report/text-query.js';
import { listMessages } from '../../store/messages.js';
import { csvAnswer, wantsCsv } from '../csv.js';
import { filterForm, filterValues, pickDocuments, problemHtml, FILTER_NAMES } from '../filters.js';
import { csvLink, html, page } from '../html.js';
import { htmlAnswer, type Answer, type Context } from '../server.js';

export function warningsPage(context: Context): Answer {
  const { db, url } = context;
  const picked = pickDocuments(db, url);
  const own = filterValues(url, ['code', 'file', 'document']);
  const chosen = picked.documents === null ? null : new Set(picked.documents.map((d) => d.id));
  const code = own.code ? textQuery(own.code) : null;
  const file = own.file ? textQuery(own.file) : null;
  const documentId = Number(own.document) || null;
  const messages = listMessages(db).filter(
    (m) =>
      (chosen === null || chosen.has(m.document_id)) && (!code || matchesText(code, m.code)) && (!file || matchesText(file, m.source_file)) &&
      (documentId === null || m.document_id === documentId),
  );
  if (wantsCsv(url)) return csvAnswer('warnings', WARNINGS, messages);
  const cells = (m: (typeof messages)[number]) => WARNINGS.cells(m);
  const byCode = new Map<string, number>();
  for (const m of messages) byCode.set(m.code, (byCode.get(m.code) ?? 0) + 1);
  const codes = [...byCode].sort((a, b) => b[1] - a[1]).map(([c, n]) => html`<a href="/warnings?code=${encodeURIComponent(`=${c}`)}"><code>${c}</code></a> ${n}`);
  const rows = messages.map((m) => {
    const [, , severity, c, message, , , , , place] = cells(m);
    return html`<tr class="${severity}"><td><a href="/documents/${m.document_id}">${m.document_id}</a></td><td>${m.source_file}</td><td>${severity}</td><td><code>${c}</code></td><td>${place}</td><td>${message}</td></tr>`;
  });
  const body = html`${filterForm({ ...picked.values, ...own }, [...FILTER_NAMES, 'code', 'file'])}${problemHtml(picked.problem)}
<p class="summary">${messages.length} thông báo (messages) · ${csvLink('/warnings', { ...picked.values, ...own })}</p><p class="codes">${codes.map((c, i) => html`${i > 0 ? ' · ' : ''}${c}`)}</p>
<table class="list"><thead><tr><th>tài liệu</th><th>tệp (file)</th><th>mức</th><th>mã (code)</th><th>vị trí (place)</th><th>nội dung (message)</th></tr></thead><tbody>${rows}</tbody></table>`;
  return htmlAnswer(page('Cảnh báo (warnings)', body, { csrf: context.guard.csrf, current: '/warnings' }));
}
