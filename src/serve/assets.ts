/**
 * The style sheet and the one script of `chitieu serve`, shipped inside the package as text (no
 * CDN, no build step). The script only fetches fragments this server made (already escaped by
 * src/serve/html.ts) and renders a PDF page with the pdf.js the server serves from pdfjs-dist.
 */

export const STYLE_CSS = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1d232a; background: #fafafa; }
header { display: flex; gap: 1.5em; align-items: baseline; padding: .6em 1em; background: #213547; color: #fff; }
header a { color: #cfe3ff; margin-right: 1em; text-decoration: none; }
header a[aria-current] { color: #fff; font-weight: bold; }
main { padding: 0 1em 2em; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.4em; }
table.list { border-collapse: collapse; width: 100%; background: #fff; }
table.list th, table.list td { border-bottom: 1px solid #e3e6ea; padding: .3em .5em; text-align: left; vertical-align: top; }
table.list th { background: #eef1f4; position: sticky; top: 0; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.replaced { color: #777; }
tr.figure, td.figure { cursor: pointer; }
tr.figure:hover, td.figure:hover { background: #f3f8ff; }
.selected { background: #fff4c2 !important; }
.split { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1em; align-items: start; }
.split > div { overflow-x: auto; }
.split.review-split { grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); }
table.review td { min-width: 6em; }
.source-pane { position: sticky; top: .5em; max-height: 95vh; overflow: auto; background: #fff; border: 1px solid #dfe3e8; padding: .5em 1em; }
/* Not a monospace font: DejaVu Sans Mono draws some precomposed Vietnamese letters (ố) as a base and a loose accent. */
pre.source-text { white-space: pre-wrap; font: 12px/1.5 system-ui, sans-serif; tab-size: 6; }
pre.source-text .ln { display: inline-block; width: 3.5em; color: #999; user-select: none; }
.hl { background: #ffe066; outline: 2px solid #e8a400; }
table.docx { border-collapse: collapse; font-size: 12px; }
table.docx td { border: 1px solid #ccc; padding: 2px 4px; }
.pdf-view { position: relative; }
.pdf-view canvas { width: 100%; border: 1px solid #ccc; }
.pdf-view .box { position: absolute; border: 2px solid #e8a400; background: rgba(255, 224, 102, .35); pointer-events: none; }
.problem { color: #a40000; font-weight: bold; }
.said { color: #0b6b2b; font-weight: bold; }
.filters { display: flex; flex-wrap: wrap; gap: .8em; align-items: end; margin: 1em 0; }
.filters input { width: 12em; }
form.map, form.undo, form.add { display: inline; }
table.figures td:nth-child(2) { min-width: 14em; }
ul.candidates { margin: 0; padding-left: 1em; }
.map-free input { width: 10em; }
.suggest { font-size: 12px; color: #444; overflow-wrap: anywhere; }
svg.chart { color: #2f6fb3; } svg.chart circle { fill: #2f6fb3; }
tr.changed td { background: #fff8e1; }
.empty { color: #999; }
.csv { font-weight: bold; }
`;

export const APP_JS = `
const pdfDocuments = new Map();

async function pdfjs() {
  const lib = await import('/assets/pdf.mjs');
  lib.GlobalWorkerOptions.workerSrc = '/assets/pdf.worker.mjs';
  return lib;
}

async function renderPdf(view) {
  const lib = await pdfjs();
  const file = view.dataset.file;
  if (!pdfDocuments.has(file)) pdfDocuments.set(file, lib.getDocument({ url: file, isEvalSupported: false }).promise);
  const doc = await pdfDocuments.get(file);
  const page = await doc.getPage(Number(view.dataset.page));
  const canvas = view.querySelector('canvas');
  const scale = Math.max(1, (view.clientWidth || 600) / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
  const viewport = page.getViewport({ scale });
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
  const box = view.dataset.box ? view.dataset.box.split(',').map(Number) : null;
  const marker = view.querySelector('.box');
  if (box) {
    // The box is in PDF points at scale 1; the canvas is shown at the view's width.
    const shown = canvas.clientWidth / Number(view.dataset.width);
    marker.style.left = (box[0] * shown - 3) + 'px';
    marker.style.top = (box[1] * shown - 2) + 'px';
    marker.style.width = ((box[2] - box[0]) * shown + 6) + 'px';
    marker.style.height = ((box[3] - box[1]) * shown + 4) + 'px';
    marker.hidden = false;
    marker.scrollIntoView({ block: 'center' });
  }
  view.dataset.rendered = 'yes';
}

async function showSource(target) {
  const pane = document.getElementById('source');
  if (!pane) return;
  document.querySelectorAll('.selected').forEach((e) => e.classList.remove('selected'));
  target.classList.add('selected');
  const answer = await fetch(target.dataset.source, { headers: { accept: 'text/html' } });
  pane.innerHTML = await answer.text();
  pane.dataset.loaded = target.dataset.source;
  const view = pane.querySelector('.pdf-view');
  if (view) await renderPdf(view).catch((error) => { pane.insertAdjacentText('beforeend', 'PDF: ' + error.message); });
  const line = pane.querySelector('.hl');
  if (line) line.scrollIntoView({ block: 'center' });
}

document.addEventListener('click', (event) => {
  if (event.target.closest('a, button, input, form')) return;
  const target = event.target.closest('[data-source]');
  if (target) showSource(target);
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  const target = event.target.closest && event.target.closest('[data-source]');
  if (target) showSource(target);
});
`;
