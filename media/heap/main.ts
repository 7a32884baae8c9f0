// The heap panel: frames and objects with their counts after the statement
// under the cursor, a timeline over every program point, and the "Simulate
// GC" film. Talks to the host only through typed messages (heapProtocol.ts).
import type { GcSimulation, HeapEdge, HeapSnapshot } from '../../src/analysis/results/resultTypes';
import { assertNever, HostToPanel, PanelDocument, PanelState } from '../../src/shared/heapProtocol';
import { drawModel, NODE_LIMIT } from './graphModel';
import { Overlay, render } from './graphView';
import { hostApi } from './vscodeApi';
import { exportPng, exportSvg } from './exporter';

const api = hostApi();
const state: PanelState = api.getState() ?? { zoom: 1, panX: 0, panY: 0, showHidden: false };
let doc: PanelDocument | undefined;
let snapshots: HeapSnapshot[] = [];
let index = 0;
let limit = NODE_LIMIT;
let film: { run: GcSimulation; step: number; timer?: ReturnType<typeof setInterval> } | undefined;
let size = { width: 400, height: 300 };

const app = document.getElementById('app')!;
app.innerHTML = `
<header class="toolbar" role="toolbar" aria-label="Heap panel tools">
  <span class="title" id="title">Heap</span>
  <input id="search" type="search" placeholder="Find object…" aria-label="Find an object by type or value">
  <label class="toggle"><input id="hidden" type="checkbox"> hidden refs</label>
  <button id="zoomOut" title="Zoom out" aria-label="Zoom out">−</button>
  <button id="zoomIn" title="Zoom in" aria-label="Zoom in">+</button>
  <button id="fit" title="Fit to view">Fit</button>
  <button id="gc" title="Simulate the cycle collector at this step">Simulate GC</button>
  <button id="svg" title="Export as SVG">SVG</button>
  <button id="png" title="Export as PNG">PNG</button>
</header>
<div class="timeline">
  <input id="step" type="range" min="0" max="0" value="0" aria-label="Program point">
  <span id="stepLabel" aria-live="polite"></span>
</div>
<div class="film" id="film" hidden>
  <button id="back" aria-label="Previous step">◀ Back</button>
  <button id="play" aria-label="Play">▶ Play</button>
  <button id="next" aria-label="Next step">Next ▶</button>
  <button id="closeFilm" aria-label="Close the film">Close</button>
  <span id="phase" class="phase"></span>
  <span id="narration" class="narration" aria-live="polite"></span>
  <span id="result" class="result"></span>
</div>
<div id="message" class="message" hidden></div>
<div class="canvas" id="canvas" tabindex="0" aria-label="Heap drawing">
  <svg id="svg-root" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Objects and references"></svg>
</div>
<footer class="legend"><span class="lg cycle">cycle</span><span class="lg garbage">garbage cycle</span><span class="lg changed">changed</span><span id="cutNote"></span><button id="collapse" hidden title="Show only the cursor's neighbourhood again">Collapse</button></footer>`;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const svg = document.getElementById('svg-root') as unknown as SVGSVGElement;
const stepInput = $<HTMLInputElement>('step');
const search = $<HTMLInputElement>('search');
$<HTMLInputElement>('hidden').checked = state.showHidden;

function save(): void {
  api.setState({ ...state, uri: doc?.uri });
}

function applyView(): void {
  const w = size.width + 40;
  const h = size.height + 40;
  svg.setAttribute('viewBox', `${-20 + state.panX} ${-20 + state.panY} ${w / state.zoom} ${h / state.zoom}`);
  svg.setAttribute('width', String(Math.max(200, w * state.zoom)));
  svg.setAttribute('height', String(Math.max(150, h * state.zoom)));
}

function message(text: string | undefined): void {
  const m = $('message');
  m.hidden = !text;
  m.textContent = text ?? '';
}

async function draw(): Promise<void> {
  if (film) return drawFilm();
  const s = snapshots[index];
  if (!s) { svg.replaceChildren(); return; }
  $('title').textContent = `${doc?.fileName ?? ''} · after line ${s.line} · ${s.scope} · CPython ${doc?.python ?? '?'}`;
  $('stepLabel').textContent = `step ${index + 1} / ${snapshots.length} · line ${s.line}`;
  const m = drawModel(s, snapshots[index - 1], { showHidden: state.showHidden, limit, search: search.value });
  $('cutNote').textContent = m.cut > 0 || s.truncated ? `drawing cut: ${m.cut} object(s) not shown${s.truncated ? ', heap larger than the snapshot limit' : ''}` : '';
  size = await render(svg, m, {}, handlers);
  applyView();
}

const handlers = {
  onNode: (id: string): void => {
    const n = (film ? film.run.heap : snapshots[index])?.nodes.find((x) => x.id === id);
    state.selected = id;
    save();
    const line = n && doc?.sites[n.objectId];
    if (line) api.postMessage({ type: 'revealLine', line });
  },
  onEdge: (e: HeapEdge): void => {
    // The statement that made the reference; else where the referenced object was allocated.
    const n = (film ? film.run.heap : snapshots[index])?.nodes.find((x) => x.id === e.to);
    const line = e.madeAt ?? (n && doc?.sites[n.objectId]);
    if (line) api.postMessage({ type: 'revealLine', line });
  },
  onMore: (): void => {
    limit += NODE_LIMIT;
    $('collapse').hidden = false;
    void draw();
  },
};

// ---- the GC film ----

async function drawFilm(): Promise<void> {
  if (!film) return;
  const { run, step } = film;
  const s = run.steps[step];
  const m = drawModel(run.heap, undefined, { showHidden: state.showHidden, limit: 1000, search: search.value });
  // Every candidate the collector looks at is drawn, even ones the frames do not reach.
  const shown = new Set(m.nodes.map((n) => n.id));
  for (const n of run.heap.nodes) if (!shown.has(n.id) && (run.steps.some((st) => st.candidates.includes(n.id)) || run.freed.includes(n.id))) m.nodes.push(n);
  const ov: Overlay = {
    gcRefs: Object.keys(s.gcRefs).length ? s.gcRefs : lastGcRefs(run, step),
    unreachable: new Set(s.unreachable),
    moved: new Set(s.moved),
    activeEdges: new Set((s.edges ?? []).map(([a, b]) => `${a}>${b}`)),
    freed: s.phase === 'done' || s.phase === 'clear' ? new Set(run.freed) : undefined,
  };
  $('phase').textContent = `${step + 1}/${run.steps.length} · ${s.phase.replace('_', ' ')}`;
  $('narration').textContent = s.narration;
  $('result').textContent = step === run.steps.length - 1 ? `gc.collect() → ${run.collected}` : '';
  $('title').textContent = `${doc?.fileName ?? ''} · Simulate GC at line ${run.line}${run.dryRun ? ' (what gc.collect() would do)' : ''}`;
  size = await render(svg, m, ov, handlers);
  applyView();
}

function lastGcRefs(run: GcSimulation, step: number): Record<string, number> | undefined {
  for (let i = step; i >= 0; i--) if (Object.keys(run.steps[i].gcRefs).length) return run.steps[i].gcRefs;
  return undefined;
}

function startFilm(run: GcSimulation): void {
  stopPlaying();
  film = { run, step: 0 };
  $('film').hidden = false;
  void draw();
}

function stopPlaying(): void {
  if (film?.timer) clearInterval(film.timer);
  if (film) film.timer = undefined;
  $('play').textContent = '▶ Play';
}

function filmStep(delta: number): void {
  if (!film) return;
  film.step = Math.max(0, Math.min(film.run.steps.length - 1, film.step + delta));
  if (film.step === film.run.steps.length - 1) stopPlaying();
  void draw();
}

$('play').addEventListener('click', () => {
  if (!film) return;
  if (film.timer) { stopPlaying(); return; }
  if (film.step === film.run.steps.length - 1) film.step = 0;
  $('play').textContent = '❚❚ Pause';
  film.timer = setInterval(() => filmStep(1), 1600);
  void draw();
});
$('back').addEventListener('click', () => { stopPlaying(); filmStep(-1); });
$('next').addEventListener('click', () => { stopPlaying(); filmStep(1); });
$('closeFilm').addEventListener('click', () => { stopPlaying(); film = undefined; $('film').hidden = true; void draw(); });
$('collapse').addEventListener('click', () => { limit = NODE_LIMIT; $('collapse').hidden = true; void draw(); });
$('gc').addEventListener('click', () => { const s = snapshots[index]; if (s) api.postMessage({ type: 'requestGc', line: s.line }); });

// ---- view controls ----

stepInput.addEventListener('input', () => { index = Number(stepInput.value); film = undefined; $('film').hidden = true; void draw(); });
search.addEventListener('input', () => void draw());
$('hidden').addEventListener('change', () => { state.showHidden = $<HTMLInputElement>('hidden').checked; save(); void draw(); });
$('zoomIn').addEventListener('click', () => { state.zoom = Math.min(4, state.zoom * 1.25); save(); applyView(); });
$('zoomOut').addEventListener('click', () => { state.zoom = Math.max(0.2, state.zoom / 1.25); save(); applyView(); });
$('fit').addEventListener('click', () => {
  const c = $('canvas');
  state.zoom = Math.max(0.2, Math.min(2, Math.min(c.clientWidth / (size.width + 40), c.clientHeight / (size.height + 40))));
  state.panX = 0;
  state.panY = 0;
  save();
  applyView();
});
$('svg').addEventListener('click', () => api.postMessage({ type: 'export', format: 'svg', data: exportSvg(svg) }));
$('png').addEventListener('click', () => void exportPng(svg).then((data) => api.postMessage({ type: 'export', format: 'png', data })));
const canvas = $('canvas');
canvas.addEventListener('wheel', (e) => {
  if (!e.ctrlKey) return;
  e.preventDefault();
  state.zoom = Math.max(0.2, Math.min(4, state.zoom * (e.deltaY < 0 ? 1.1 : 1 / 1.1)));
  save();
  applyView();
}, { passive: false });
let drag: { x: number; y: number; px: number; py: number } | undefined;
canvas.addEventListener('pointerdown', (e) => { if ((e.target as Element).closest('.node,.more')) return; drag = { x: e.clientX, y: e.clientY, px: state.panX, py: state.panY }; });
window.addEventListener('pointerup', () => { if (drag) save(); drag = undefined; });
window.addEventListener('pointermove', (e) => {
  if (!drag) return;
  state.panX = drag.px - (e.clientX - drag.x) / state.zoom;
  state.panY = drag.py - (e.clientY - drag.y) / state.zoom;
  applyView();
});
canvas.addEventListener('keydown', (e) => {
  const k = e.key;
  if (k === '+' || k === '=') $('zoomIn').click();
  else if (k === '-') $('zoomOut').click();
  else if (k === 'ArrowRight' && film) filmStep(1);
  else if (k === 'ArrowLeft' && film) filmStep(-1);
});

// ---- messages from the host ----

/** The program point for a cursor line: the last run of that line, else the last one before it. */
function indexForLine(line: number): number {
  let best = -1;
  for (let i = 0; i < snapshots.length; i++) if (snapshots[i].line === line) best = i;
  if (best >= 0) return best;
  let bestLine = -1;
  for (let i = 0; i < snapshots.length; i++) if (snapshots[i].line < line && snapshots[i].line >= bestLine) { best = i; bestLine = snapshots[i].line; }
  return Math.max(0, best);
}

window.addEventListener('message', (ev: MessageEvent<HostToPanel>) => {
  const m = ev.data;
  switch (m.type) {
    case 'snapshots':
      doc = m.doc;
      snapshots = m.snapshots;
      stepInput.max = String(Math.max(0, snapshots.length - 1));
      index = indexForLine(m.focusLine);
      stepInput.value = String(index);
      message(snapshots.length ? (m.incomplete ? 'The analysis was cut by its budget: later lines are missing.' : undefined) : 'No statement was analysed yet.');
      save();
      void draw();
      return;
    case 'focus':
      if (film) return;
      index = indexForLine(m.line);
      stepInput.value = String(index);
      void draw();
      return;
    case 'gc':
      doc = m.doc;
      startFilm(m.run);
      return;
    case 'clear':
      message(m.reason);
      return;
    default:
      assertNever(m);
  }
});

api.postMessage({ type: 'ready' });
