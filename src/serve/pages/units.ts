/**
 * `/units`: the units of the archive (`chitieu units`); `/units/<key>`: each indicator's figure
 * over the unit's periods (the current report of each period, default figures only), as a small
 * SVG chart drawn here and a table, and the diff of two chosen periods by src/report/diff.ts, the
 * rows and CSV of `chitieu diff`.
 */
import { servedCatalog } from '../catalog-cache.js';
import { compareReports, csvRows, DIFF_COLUMNS } from '../../cli/commands/diff.js';
import { keyDocuments, summariseUnits, type KeyedDocument, type UnitSummary } from '../../report/units.js';
import type { DiffRow, DiffValue, UnitDiff } from '../../report/diff.js';
import { listDocuments, observationsOf, type ObservationRecord } from '../../store/queries.js';
import { plainOutput } from '../../cli/row-output.js';
import { normalisedValue } from '../../report/observation-value.js';
import { csvAnswer, wantsCsv } from '../csv.js';
import { csvLink, figureHtml, html, page, raw, vietnameseNumber, type Html } from '../html.js';
import { htmlAnswer, type Answer, type Context } from '../server.js';

function allUnits(context: Context): { units: UnitSummary[]; byId: Map<number, KeyedDocument> } {
  const documents = keyDocuments(listDocuments(context.db));
  return { units: summariseUnits(documents), byId: new Map(documents.map((d) => [d.id, d])) };
}

export function unitsPage(context: Context): Answer {
  const { units } = allUnits(context);
  const rows = units.map(
    (u) => html`<tr><td><a href="/units/${encodeURIComponent(u.key)}">${u.name}</a></td><td><code>${u.key}</code></td><td>${u.province ?? ''}</td>
<td>${u.periods.map((p) => `${p.period ?? '(none)'} (${p.documents})`).join(', ')}</td></tr>`,
  );
  const body = html`<table class="list"><thead><tr><th>đơn vị (unit)</th><th>key</th><th>tỉnh</th><th>kỳ (periods, reports)</th></tr></thead><tbody>${rows}</tbody></table>`;
  return htmlAnswer(page('Đơn vị (units)', body, { csrf: context.guard.csrf, current: '/units' }));
}

const CHART = { width: 180, height: 44, pad: 5 };

/** A line through the numeric figures, one point per period (gaps where a period has none). */
function chartSvg(periods: readonly string[], values: ReadonlyArray<ObservationRecord | undefined>): Html {
  const numbers = values.map((v) => (v && v.value_number !== null && v.value_kind !== 'code' ? v.value_number : null));
  const present = numbers.filter((n): n is number => n !== null);
  if (present.length === 0) return html`<span class="no-chart">—</span>`;
  const low = Math.min(...present);
  const high = Math.max(...present);
  const x = (i: number) => CHART.pad + (periods.length === 1 ? (CHART.width - 2 * CHART.pad) / 2 : (i * (CHART.width - 2 * CHART.pad)) / (periods.length - 1));
  const y = (n: number) => CHART.height - CHART.pad - (high === low ? (CHART.height - 2 * CHART.pad) / 2 : ((n - low) * (CHART.height - 2 * CHART.pad)) / (high - low));
  const points = numbers.flatMap((n, i) => (n === null ? [] : [[x(i), y(n), n, periods[i]!] as const]));
  const path = points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const dots = points.map(([px, py, n, p]) => html`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3"><title>${p}: ${vietnameseNumber(n)}</title></circle>`);
  return html`<svg class="chart" viewBox="0 0 ${CHART.width} ${CHART.height}" width="${CHART.width}" height="${CHART.height}" role="img"><path d="${path}" fill="none" stroke="currentColor"/>${dots}</svg>`;
}

const shown = (v: DiffValue | null) => (v === null ? '—' : v.value === '' ? '(trống)' : v.value);

function diffHtml(diff: UnitDiff, name: (id: string) => string): Html {
  const change = (r: DiffRow) =>
    r.status === 'same' ? '=' : r.change === null ? (r.status === 'changed' ? 'khác (changed)' : r.status) : `${r.change > 0 ? '+' : ''}${vietnameseNumber(r.change)}`;
  const rows = diff.rows.map(
    (r) => html`<tr class="${r.status}"><td><code>${r.indicator_id}</code> <small>${name(r.indicator_id)}</small></td><td class="n">${shown(r.from)}</td><td class="n">${shown(r.to)}</td><td class="n">${change(r)}</td></tr>`,
  );
  return html`<p>${diff.counts.changed} thay đổi (changed), ${diff.counts.same} giữ nguyên (same), ${diff.counts['only-from']} chỉ ở ${diff.from.period}, ${diff.counts['only-to']} chỉ ở ${diff.to.period}</p>
<table class="list diff"><thead><tr><th>indicator</th><th>${diff.from.period}</th><th>${diff.to.period}</th><th>thay đổi (change)</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function periodSelect(name: string, periods: readonly string[], chosen: string | undefined): Html {
  return html`<select name="${name}">${periods.map((p) => html`<option${p === chosen ? raw(' selected') : ''}>${p}</option>`)}</select>`;
}

const VALUE_COLUMNS = ['unit_key', 'indicator_id', 'indicator_name', 'period', 'value', 'value_raw', 'document_id'] as const;

export function unitPage(context: Context, [key]: string[]): Answer {
  const { units, byId } = allUnits(context);
  const unit = units.find((u) => u.key === key);
  if (!unit) return htmlAnswer(page('Không tìm thấy (not found)', html`<p class="problem">No unit ${key}; see <a href="/units">the units</a>.</p>`, { csrf: context.guard.csrf }), 404);
  const catalog = servedCatalog(context.db);
  const name = (id: string) => catalog.byId.get(id)?.name ?? '';
  const periods = unit.periods.filter((p) => p.period !== null);
  const labels = periods.map((p) => p.period!);
  const current = periods.map((p) => byId.get(p.versions[p.versions.length - 1]!.document_id)!);
  const byIndicator = new Map<string, Array<ObservationRecord | undefined>>();
  current.forEach((d, i) => {
    for (const o of observationsOf(context.db, d.id)) {
      if (o.column_no !== 0) continue;
      const row = byIndicator.get(o.indicator_id) ?? byIndicator.set(o.indicator_id, new Array(periods.length).fill(undefined)).get(o.indicator_id)!;
      row[i] ??= o;
    }
  });
  const order = new Map(catalog.indicators.map((i, n) => [i.id, n]));
  const indicators = [...byIndicator.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
  const search = context.url.searchParams;
  const from = search.get('from') ?? labels[labels.length - 2];
  const to = search.get('to') ?? labels[labels.length - 1];
  const fromAt = labels.indexOf(from ?? '');
  const toAt = labels.indexOf(to ?? '');
  const diff = fromAt >= 0 && toAt >= 0 && fromAt !== toAt ? compareReports(context.db, [current[fromAt]!, current[toAt]!], order) : null;
  if (wantsCsv(context.url)) {
    if (diff && search.get('what') === 'diff') return csvAnswer(`diff-${unit.key}`, plainOutput(DIFF_COLUMNS), csvRows(unit, unit, [diff], name, false));
    const cells = indicators.flatMap((id) =>
      byIndicator.get(id)!.flatMap((o, i) => (o ? [[unit.key, id, name(id), labels[i]!, normalisedValue(o), o.value_raw, String(current[i]!.id)]] : [])),
    );
    return csvAnswer(`unit-${unit.key}`, plainOutput(VALUE_COLUMNS), cells);
  }
  const head = labels.map((p, i) => html`<th><a href="/documents/${current[i]!.id}">${p}</a></th>`);
  const rows = indicators.map((id) => {
    const values = byIndicator.get(id)!;
    return html`<tr><td><code>${id}</code><br><small>${name(id)}</small></td><td>${chartSvg(labels, values)}</td>${values.map((o) => html`<td class="n">${o ? figureHtml(o) : ''}</td>`)}</tr>`;
  });
  const form = html`<form method="get" class="filters">Từ (from) ${periodSelect('from', labels, from)} đến (to) ${periodSelect('to', labels, to)}<button type="submit">So sánh (diff)</button></form>`;
  const body = html`<p class="meta">${unit.province ?? ''} · <code>${unit.key}</code> · ${periods.length} kỳ (periods) · ${csvLink(`/units/${encodeURIComponent(unit.key)}`, {})}</p>
<table class="list unit"><thead><tr><th>indicator</th><th>biểu đồ (chart)</th>${head}</tr></thead><tbody>${rows}</tbody></table>
<h2>So sánh hai kỳ (diff)</h2>${labels.length < 2 ? html`<p>Chỉ có một kỳ (only one period).</p>` : form}
${diff ? html`${diffHtml(diff, name)}<p>${csvLink(`/units/${encodeURIComponent(unit.key)}`, { from, to, what: 'diff' })}</p>` : ''}`;
  return htmlAnswer(page(unit.name, body, { csrf: context.guard.csrf, current: '/units' }));
}
