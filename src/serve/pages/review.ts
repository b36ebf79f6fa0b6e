/**
 * `/review`: the rows of `chitieu unmatched` with their reason, the row as stored, its source on
 * a click and its best candidates; a button maps a row and another takes a decision back. Both
 * run `chitieu map`'s own functions (src/cli/commands/map.ts: the decision store of
 * src/store/map-decisions.ts and the rematch of `map --undo`), so the browser and the command
 * line decide alike. A row no catalog entry fits shows the entry `chitieu catalog suggest`
 * proposes for it.
 */
import { basename } from 'node:path';
import { servedCatalog } from '../catalog-cache.js';
import { addSuggestedEntry, CatalogRequestError } from '../../catalog/add.js';
import { catalogFor, refreshIndicators } from '../../catalog/catalog-for.js';
import { countChanges, rematchDocument } from '../../catalog/rematch.js';
import { suggestCatalogEntries, type Suggestion } from '../../catalog/suggest.js';
import { userVariantsFor } from '../../catalog/user-decisions.js';
import { mapRow, undo } from '../../cli/commands/map.js';
import { reviewItems, UNMATCHED, type ReviewItem } from '../../cli/commands/unmatched.js';
import { UsageError } from '../../cli/errors.js';
import { listDecisions } from '../../store/map-decisions.js';
import { listUnmatched } from '../../store/queries.js';
import { csvAnswer, wantsCsv } from '../csv.js';
import { filterForm, pickDocuments, problemHtml, FILTER_NAMES } from '../filters.js';
import { csvLink, html, page, postForm, query, type Html } from '../html.js';
import { htmlAnswer, redirect, type Answer, type Context } from '../server.js';

const REASON_NONE = 'không khớp chỉ tiêu nào (no catalog entry matched)';

function candidatesHtml(item: ReviewItem, csrf: string): Html {
  if (item.withheld) return html`<p class="withheld">Giữ lại (withheld): ${item.reason ?? item.withheld}</p>`;
  const buttons = item.candidates
    .slice(0, 3)
    .map((c) => html`<li>${postForm('/review/map', csrf, { row: String(item.row), indicator: c.indicatorId }, html`Map → <code>${c.indicatorId}</code>`, 'map')}
<small>${c.name} (${c.score.toFixed(2)})</small></li>`);
  const free = html`<form method="post" action="/review/map" class="map-free"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="row" value="${item.row}">
<input name="indicator" list="indicator-ids" placeholder="indicator ID" required><button type="submit">Map</button></form>`;
  return html`<ul class="candidates">${buttons}</ul>${free}`;
}

function suggestionHtml(suggestion: Suggestion | undefined, csrf: string): Html | string {
  if (!suggestion) return '';
  const add = suggestion.id ? postForm('/review/add', csrf, { key: suggestion.key }, 'Thêm chỉ tiêu mới (add as new indicator)', 'add') : '';
  return html`<div class="suggest">Chỉ tiêu mới (new indicator), theo <code>catalog suggest</code> (key <code>${suggestion.key}</code>): <code>${suggestion.id ?? '(no area)'}</code> “${suggestion.name}”,
${suggestion.reports} report(s), ${suggestion.rows} row(s) ${add}</div>`;
}

function itemHtml(item: ReviewItem, csrf: string, suggestion: Suggestion | undefined): Html {
  return html`<tr class="review-row" data-row="${item.row}">
<td>${item.row}</td>
<td><a href="/documents/${item.documentId}" title="${item.file}">${basename(item.file)}</a><br><small>${item.place}</small></td>
<td class="snippet figure" tabindex="0" data-source="/documents/${item.documentId}/source?id=${item.row}">
${item.parents.length > 0 ? html`<small>${item.parents.join(' › ')}</small><br>` : ''}<strong>${item.stt}</strong> ${item.label}
<br><code>${item.value}</code>${item.otherValues ? html` <small>${item.otherValues}</small>` : ''}</td>
<td>${item.withheld ? (item.reason ?? item.withheld) : REASON_NONE}</td>
<td>${candidatesHtml(item, csrf)}${suggestionHtml(suggestion, csrf)}</td></tr>`;
}

function decisionsHtml(context: Context): Html {
  const decisions = listDecisions(context.db).filter((d) => d.row_id !== null).reverse().slice(0, 20);
  if (decisions.length === 0) return html``;
  const rows = decisions.map(
    (d) => html`<tr class="decision" data-row="${d.row_id}"><td>${d.row_id}</td><td>${d.label}</td><td><code>${d.before ?? '—'}</code> → <code>${d.after}</code></td>
<td><small>${d.decided_at}</small></td><td>${postForm('/review/undo', context.guard.csrf, { row: String(d.row_id) }, 'Hoàn tác (undo)', 'undo')}</td></tr>`,
  );
  return html`<h2>Quyết định đã ghi (decisions kept in the database)</h2><table class="list"><thead><tr><th>row</th><th>label</th><th>ID</th><th>when</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function reviewPage(context: Context): Answer {
  const { db, url } = context;
  const picked = pickDocuments(db, url);
  const documentId = Number(url.searchParams.get('document')) || null;
  const chosen = picked.documents === null ? null : new Set(picked.documents.map((d) => d.id));
  const catalog = servedCatalog(db);
  const rows = listUnmatched(db).filter((r) => (chosen === null || chosen.has(r.document_id)) && (documentId === null || r.document_id === documentId));
  const items = reviewItems(rows, catalog);
  if (wantsCsv(url)) return csvAnswer('unmatched', UNMATCHED, items);
  const suggestions = suggestCatalogEntries(db, catalog);
  const suggestionFor = (item: ReviewItem) => (item.withheld ? undefined : suggestions.find((s) => s.labels.includes(item.label)));
  const said = url.searchParams.get('said');
  const problem = url.searchParams.get('problem');
  const ids = catalog.indicators.map((i) => html`<option value="${i.id}">${i.name}</option>`);
  const body = html`${filterForm(picked.values, FILTER_NAMES)}${problemHtml(picked.problem ?? problem)}${said ? html`<p class="said">${said}</p>` : ''}
<p class="summary">${items.length} dòng cần xem lại (rows to review) · ${csvLink('/review', { ...picked.values, document: documentId === null ? undefined : String(documentId) })}</p>
<div class="split review-split"><div><table class="list review"><thead><tr><th>row</th><th>nguồn (source)</th><th>dòng (row as read)</th><th>lý do (reason)</th><th>ứng viên (candidates)</th></tr></thead>
<tbody>${items.map((i) => itemHtml(i, context.guard.csrf, suggestionFor(i)))}</tbody></table>${decisionsHtml(context)}</div>
<aside id="source" class="source-pane"><p class="hint">Bấm vào một dòng để xem nguồn (click a row to see its source).</p></aside></div>
<datalist id="indicator-ids">${ids}</datalist>`;
  return htmlAnswer(page('Cần xem lại (review)', body, { csrf: context.guard.csrf, current: '/review' }));
}

/** Runs one of `chitieu map`'s functions and goes back to the review page with what it said. */
function decide(context: Context, run: () => string): Answer {
  try {
    return redirect(`/review${query({ said: run().trim() })}`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof CatalogRequestError) return redirect(`/review${query({ problem: error.message })}`);
    throw error;
  }
}

export function mapFromReview(context: Context): Answer {
  const row = context.form.get('row') ?? '';
  const indicator = (context.form.get('indicator') ?? '').trim();
  return decide(context, () => mapRow(context.db, row, indicator, { db: context.dbPath }));
}

export function undoFromReview(context: Context): Answer {
  return decide(context, () => undo(context.db, context.form.get('row') ?? '', { db: context.dbPath }));
}

/**
 * `chitieu catalog add <key>` for the suggestion, then the reports holding its rows matched again
 * as `chitieu rematch` does, so the rows leave the review at once.
 */
export function addFromReview(context: Context): Answer {
  const { db } = context;
  return decide(context, () => {
    const before = catalogFor(db);
    const { entry, suggestion } = addSuggestedEntry(db, before, context.form.get('key') ?? '');
    const catalog = catalogFor(db);
    refreshIndicators(db, catalog);
    const documents = [...new Set(listUnmatched(db).filter((r) => suggestion.labels.includes(r.label)).map((r) => r.document_id))];
    const userVariants = userVariantsFor(db);
    const mapped = documents.map((id) => rematchDocument(db, id, { catalog, userVariants })).reduce((n, r) => n + countChanges(r)['newly-mapped'], 0);
    return `added ${entry.id} “${entry.name}” to the catalog of ${context.dbPath}; ${mapped} row(s) in ${documents.length} report(s) mapped to it`;
  });
}
