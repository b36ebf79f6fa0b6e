/** `/`: the imported documents with their counts, current or replaced, filtered as `chitieu documents`. */
import { DOCUMENTS, withCounts } from '../../cli/commands/documents.js';
import { keyDocuments } from '../../report/units.js';
import { listDocuments } from '../../store/queries.js';
import { csvAnswer, wantsCsv } from '../csv.js';
import { filterForm, pickDocuments, problemHtml, FILTER_NAMES } from '../filters.js';
import { csvLink, html, page, raw } from '../html.js';
import { htmlAnswer, type Answer, type Context } from '../server.js';

const STATUSES: Record<string, string> = { '': 'tất cả (all)', current: 'hiện hành (current)', replaced: 'bị thay (replaced)' };

export function documentsPage(context: Context): Answer {
  const { db, url } = context;
  const picked = pickDocuments(db, url);
  const status = url.searchParams.get('status') ?? '';
  const documents = (picked.documents ?? keyDocuments(listDocuments(db))).filter(
    (d) => status === '' || (status === 'current') === (d.is_current === 1),
  );
  const keys = new Map(documents.map((d) => [d.id, d.key]));
  const listed = withCounts(db, documents);
  if (wantsCsv(url)) return csvAnswer('documents', DOCUMENTS, listed);
  const options = Object.entries(STATUSES).map(([value, text]) => html`<option value="${value}"${value === status ? raw(' selected') : ''}>${text}</option>`);
  const form = filterForm(picked.values, FILTER_NAMES, html`<label>Trạng thái <select name="status">${options}</select></label>`);
  const rows = listed.map(
    (d) => html`<tr class="${d.is_current === 1 ? 'current' : 'replaced'}">
<td>${d.id}</td><td><a href="/documents/${d.id}">${d.source_file}</a></td><td>${d.format ?? ''}</td>
<td>${keys.get(d.id) ? html`<a href="/units/${encodeURIComponent(keys.get(d.id)!)}">${d.unit ?? ''}</a>` : (d.unit ?? '')}</td><td>${d.province ?? ''}</td>
<td>${d.period ?? ''}</td><td>${d.report_date ?? ''}</td><td class="n">${d.figures}</td><td class="n">${d.to_review}</td><td class="n">${d.warnings}</td>
<td title="${d.current_reason}">${d.is_current === 1 ? 'hiện hành (current)' : 'không (replaced)'}</td><td>${d.current_reason}</td></tr>`,
  );
  const current = listed.filter((d) => d.is_current === 1).length;
  const body = html`${form}${problemHtml(picked.problem)}
<p class="summary">${listed.length} tài liệu (documents), ${current} hiện hành (current) · ${csvLink('/', { ...picked.values, status })}</p>
<table class="list"><thead><tr><th>id</th><th>tệp (file)</th><th>định dạng</th><th>đơn vị (unit)</th><th>tỉnh</th><th>kỳ (period)</th><th>ngày</th>
<th>số liệu (figures)</th><th>xem lại (review)</th><th>cảnh báo (warnings)</th><th>hiện hành</th><th>lý do (why)</th></tr></thead><tbody>${rows}</tbody></table>`;
  return htmlAnswer(page('Tài liệu (documents)', body, { csrf: context.guard.csrf, current: '/' }));
}
