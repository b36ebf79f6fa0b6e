/**
 * `/documents/<id>`: one document's figures by area (the columns of `chitieu show`); a click on a
 * figure asks `/documents/<id>/source?row=<row_index>` for where it was read (src/serve/source.ts)
 * and `/documents/<id>/file` serves the recorded file itself, by document id only, for pdf.js.
 */
import { servedCatalog } from '../catalog-cache.js';
import { figureOutput, withCounts } from '../../cli/commands/documents.js';
import { describePlace } from '../../cli/where.js';
import { areaName, type AreaNumber } from '../../../common/areas.js';
import type { Table } from '../../../parsers/ir.js';
import { documentMessages, findDocument } from '../../store/document-details.js';
import { documentHash, rowSource } from '../../store/row-places.js';
import { observationsOf, type DocumentRecord, type ObservationRecord } from '../../store/queries.js';
import { csvAnswer, wantsCsv } from '../csv.js';
import { csvLink, figureHtml, html, page, type Html } from '../html.js';
import { htmlAnswer, type Answer, type Context } from '../server.js';
import { readStoredFile, sourceOf, type Source } from '../source.js';

const notFound = (context: Context, id: string): Answer =>
  htmlAnswer(page('Không tìm thấy (not found)', html`<p class="problem">No imported document ${id}.</p>`, { csrf: context.guard.csrf }), 404);

function documentOf(context: Context, id: string): DocumentRecord | undefined {
  return findDocument(context.db, id);
}

function figureRows(rows: readonly ObservationRecord[], name: (id: string) => string, documentId: number): Html[] {
  return rows.map(
    (o) => html`<tr class="figure" tabindex="0" data-source="/documents/${documentId}/source?row=${o.row_index}">
<td>${o.stt}</td><td>${o.label}</td><td class="n">${figureHtml(o)}</td><td>${o.unit_cell}</td>
<td><code>${o.indicator_id}</code><br><small>${name(o.indicator_id)}</small></td><td>${o.value_role === 'actual' ? '' : o.value_column}</td>
<td><small>${describePlace(o)}</small></td></tr>`,
  );
}

function areaTitle(area: number | null): string {
  return area === null ? 'Ngoài các lĩnh vực (no area)' : `${area}. ${areaName(area as AreaNumber)}`;
}

export function documentPage(context: Context, [id]: string[]): Answer {
  const document = documentOf(context, id!);
  if (!document) return notFound(context, id!);
  const catalog = servedCatalog(context.db);
  const figures = observationsOf(context.db, document.id);
  if (wantsCsv(context.url)) return csvAnswer(`document-${document.id}`, figureOutput(catalog), figures);
  const name = (i: string) => catalog.byId.get(i)?.name ?? '';
  const [counted] = withCounts(context.db, [document]);
  const areas = new Map<number | null, ObservationRecord[]>();
  for (const o of figures) areas.set(o.area, [...(areas.get(o.area) ?? []), o]);
  const sections = [...areas].map(
    ([area, rows]) => html`<h2>${areaTitle(area)}</h2><table class="list figures"><thead><tr><th>STT</th><th>chỉ tiêu (label)</th><th>số liệu</th><th>ĐVT</th>
<th>indicator</th><th>cột (column)</th><th>nguồn (source)</th></tr></thead><tbody>${figureRows(rows, name, document.id)}</tbody></table>`,
  );
  const warnings = documentMessages(context.db, document.id).filter((m) => m.severity === 'warning');
  const body = html`<p class="meta"><strong>${document.source_file}</strong> · ${document.format ?? ''} · ${document.unit ?? '(no unit)'} · ${document.province ?? ''} · kỳ ${document.period ?? '—'}
${document.report_date ? html` · ngày ${document.report_date}` : ''} · ${document.is_current === 1 ? 'hiện hành (current)' : 'không hiện hành (replaced)'}: ${document.current_reason}</p>
<p class="summary">${counted?.figures ?? 0} số liệu (figures), <a href="/review?document=${document.id}">${counted?.to_review ?? 0} cần xem lại (to review)</a>,
<a href="/warnings?document=${document.id}">${warnings.length} cảnh báo (warnings)</a> · ${csvLink(`/documents/${document.id}`, {})}</p>
<div class="split"><div class="figures-pane">${sections.length > 0 ? sections : html`<p>Không có số liệu (no figures).</p>`}</div>
<aside id="source" class="source-pane"><p class="hint">Bấm vào một số liệu để xem nguồn (click a figure to see its source).</p></aside></div>`;
  return htmlAnswer(page(`Tài liệu ${document.id}`, body, { csrf: context.guard.csrf }));
}

function tableHtml(table: Table, rowNo: number): Html {
  const rows = table.rows.map(
    (r) => html`<tr class="${r.position.row === rowNo ? 'hl' : ''}">${r.cells.map((c) => html`<td${c.colSpan > 1 ? html` colspan="${c.colSpan}"` : ''}>${c.text}</td>`)}</tr>`,
  );
  return html`<table class="docx">${rows}</table>`;
}

function sourceHtml(source: Source, documentId: number): Html {
  switch (source.kind) {
    case 'missing':
      return html`<p class="problem">${source.why}</p>`;
    case 'text': {
      const lines = source.lines.map((text, i) => {
        const n = source.from + i;
        return html`<span class="${n === source.line ? 'line hl' : 'line'}"><span class="ln">${n}</span>${text}\n</span>`;
      });
      return html`<p>dòng (line) ${source.line}</p><pre class="source-text">${lines}</pre>`;
    }
    case 'docx':
      return source.table
        ? html`<p>bảng (table) ${source.tableNo}, dòng (row) ${source.rowNo}</p><div class="docx-wrap">${tableHtml(source.table, source.rowNo)}</div>`
        : html`<p class="problem">table ${source.tableNo} is not in the file any more</p>`;
    case 'pdf':
      return html`<p>trang (page) ${source.page}, dòng (line) ${source.line}${source.box ? '' : ' (the line was not found on the page: the page is shown)'}</p>
<div class="pdf-view" data-file="/documents/${documentId}/file" data-page="${source.page}" data-width="${source.width}" data-height="${source.height}" data-box="${source.box?.join(',') ?? ''}"><canvas></canvas><div class="box" hidden></div></div>`;
  }
}

export async function documentSource(context: Context, [id]: string[]): Promise<Answer> {
  const document = documentOf(context, id!);
  const params = context.url.searchParams;
  if (!document || !(params.has('row') || params.has('id'))) return notFound(context, id!);
  const place = params.has('id') ? rowSource(context.db, document.id, { id: Number(params.get('id')) }) : rowSource(context.db, document.id, { rowIndex: Number(params.get('row')) });
  if (!place) return notFound(context, id!);
  const sha = documentHash(context.db, document.id) ?? '';
  const source = await sourceOf({ path: document.source_file, format: document.format, ...place }, `${document.id}:${sha}`);
  const body = html`<h2>${place.stt} ${place.label}</h2><p>in tệp (file) <code>${document.source_file}</code>: <code>${place.value_raw}</code></p>${sourceHtml(source, document.id)}`;
  return htmlAnswer(body.text);
}

const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The recorded file of a document: found by its id in the database, never by a path from the request. */
export function documentFile(context: Context, [id]: string[]): Answer {
  const document = documentOf(context, id!);
  const bytes = document ? readStoredFile(document.source_file) : null;
  if (!document || !bytes) return { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found\n' };
  return { type: FILE_TYPES[document.format ?? ''] ?? 'text/plain; charset=utf-8', body: bytes, headers: { 'content-disposition': 'inline' } };
}
