// The heap panel's entry: frames and objects with their counts after the
// statement under the cursor, a timeline over every program point, and the
// "Simulate GC" film. It talks to the host only through typed messages
// (heapProtocol.ts) and keeps its view in getState/setState, so the host's
// serializer can bring it back after a reload.
import type { HeapNode, HeapSnapshot } from '../../src/analysis/results/resultTypes';
import { assertNever, HostToPanel, PanelDocument, PanelState, RenderedView } from '../../src/shared/heapProtocol';
import { exportPng, exportSvg } from './exporter';
import { Film, PHASE_NAMES } from './film';
import { changeSummary, drawModel, NODE_LIMIT, searchMatches } from './graphModel';
import { render } from './graphView';
import { SHELL } from './shell';
import { hostApi } from './vscodeApi';
import { Viewport } from './viewport';

const api = hostApi();
const state: PanelState = { zoom: 1, panX: 0, panY: 0, showHidden: false, ...api.getState() };
/** The document a reload restored the view of: its first drawing keeps the saved zoom and pan. */
let restored: string | undefined = state.uri;
let doc: PanelDocument | undefined;
let snapshots: HeapSnapshot[] = [];
let index = 0;
let notReached: number | undefined;
let limit = NODE_LIMIT;
let expanded = new Set<string>();
let collapsed = new Set<string>();
let film: Film | undefined;
let draws = 0;
/** Set when another document or a film arrives: its first drawing is fitted (never below a readable zoom). */
let fitNext = false;

const app = document.getElementById('app')!;
app.innerHTML = SHELL;
const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const svg = document.getElementById('svg-root') as unknown as SVGSVGElement;
const stepInput = $<HTMLInputElement>('step');
const search = $<HTMLInputElement>('search');
const view = new Viewport(svg, $('canvas'), state, save);
$<HTMLInputElement>('hidden').checked = state.showHidden;

function save(): void {
  api.setState({ ...state, uri: doc?.uri ?? state.uri, line: snapshots[index]?.line ?? state.line, filmLine: film?.run.line });
}

function message(text: string | undefined): void {
  $('message').hidden = !text;
  $('message').textContent = text ?? '';
}

// ---- drawing (one at a time: a draw asked for while one runs is done after it) ----

let running: Promise<void> | undefined;
let again = false;

function requestDraw(): void {
  if (running) { again = true; return; }
  document.body.dataset.busy = 'true';
  running = drawNow().catch((e: unknown) => message(`Could not draw the heap: ${String(e)}`)).finally(() => {
    running = undefined;
    if (again) { again = false; requestDraw(); } else delete document.body.dataset.busy;
  });
}

async function drawNow(): Promise<void> {
  if (film) await drawFilm();
  else await drawHeap();
  draws++;
  document.body.dataset.draws = String(draws);
  document.body.classList.toggle('in-film', !!film);
  api.postMessage({ type: 'rendered', view: rendered() });
}

const handlers = {
  onNode: (id: string): void => {
    const n = currentHeap()?.nodes.find((x) => x.id === id);
    state.selected = id;
    save();
    svg.querySelectorAll('g.node.selected').forEach((g) => g.classList.remove('selected'));
    markSelected();
    const line = n && doc?.sites[n.objectId];
    if (line) api.postMessage({ type: 'revealLine', line });
  },
  onEdge: (e: { to: string; madeAt?: number }): void => {
    // The statement that made the reference; else the line that allocated its target.
    const n = currentHeap()?.nodes.find((x) => x.id === e.to);
    const line = e.madeAt ?? (n && doc?.sites[n.objectId]);
    if (line) api.postMessage({ type: 'revealLine', line });
  },
  onMore: (): void => { limit += NODE_LIMIT; requestDraw(); },
  onExpand: (id: string): void => { collapsed.delete(id); expanded.add(id); requestDraw(); },
  onToggleCollapse: (id: string): void => {
    if (collapsed.has(id)) { collapsed.delete(id); expanded.add(id); } else { collapsed.add(id); expanded.delete(id); }
    requestDraw();
  },
  siteOf: (n: HeapNode): number | undefined => doc?.sites[n.objectId],
};

function currentHeap(): HeapSnapshot | undefined {
  return film ? film.run.heap : snapshots[index];
}

async function drawHeap(): Promise<void> {
  const s = snapshots[index];
  $('film').hidden = true;
  $('timeline').hidden = false;
  if (!s) { svg.replaceChildren(); $('changes').textContent = ''; return; }
  $('title').textContent = `${doc?.fileName ?? ''} · after line ${s.line}`;
  const where = notReached === undefined ? '' : s.line < notReached ? ` · line ${notReached} has no program point: showing the last one before it` : ` · line ${notReached} has no program point: showing the first one`;
  $('subtitle').textContent = `${s.scope} · CPython ${doc?.python ?? '?'}${where}`;
  // (a line run many times keeps runs 1–3, 4, 8, 16, ...: the run is named so a later iteration is not taken for the last)
  $('stepLabel').textContent = `step ${index + 1} / ${snapshots.length} · line ${s.line}${s.run ? `, run ${s.run}` : ''}`;
  const prev = snapshots[index - 1];
  const m = drawModel(s, prev, { showHidden: state.showHidden, limit, search: search.value, expanded, collapsed });
  $('changes').textContent = changeSummary(s, prev, m);
  $('cutNote').textContent = m.cut > 0 || s.truncated ? `✂ drawing cut: ${m.cut} object${m.cut === 1 ? '' : 's'} not shown${s.truncated ? ' (the heap is larger than the snapshot limit)' : ''}` : '';
  $('collapse').hidden = limit === NODE_LIMIT && expanded.size === 0 && collapsed.size === 0;
  searchCount(s);
  view.setSize(await render(svg, m, {}, handlers));
  if (fitNext) { fitNext = false; view.fitReadable(); }
  markSelected();
}

async function drawFilm(): Promise<void> {
  if (!film) return;
  const { run } = film;
  const s = run.steps[film.step];
  $('film').hidden = false;
  $('timeline').hidden = true;
  $('changes').textContent = '';
  $('title').textContent = `${doc?.fileName ?? ''} · Simulate GC at line ${run.line}`;
  $('subtitle').textContent = run.dryRun ? 'what gc.collect() would do here (nothing is changed)' : 'the gc.collect() on this line';
  $('phase').textContent = film.phaseText();
  $('narration').textContent = s.narration;
  $('filmCounts').textContent = film.counts();
  $('result').textContent = film.result();
  $('play').textContent = film.playing ? '❚❚ Pause' : '▶ Play';
  $('play').setAttribute('aria-label', film.playing ? 'Pause' : 'Play');
  phaseButtons(film);
  const m = drawModel(run.heap, undefined, { showHidden: state.showHidden, limit: Number.MAX_SAFE_INTEGER, search: search.value, expanded, collapsed, extra: film.involved(), alsoEdges: film.followed() });
  $('cutNote').textContent = '';
  searchCount(run.heap);
  view.setSize(await render(svg, m, film.overlay(), handlers));
  if (fitNext) { fitNext = false; view.fitReadable(); }
  markSelected();
}

let phasesOf: Film | undefined;

function phaseButtons(f: Film): void {
  const box = $('phases');
  if (phasesOf !== f) {
    phasesOf = f;
    box.replaceChildren(...f.run.steps.map((st, i) => {
      const b = document.createElement('button');
      b.className = 'phase-dot';
      b.textContent = String(i + 1);
      b.title = PHASE_NAMES[st.phase];
      b.setAttribute('aria-label', `Step ${i + 1}: ${PHASE_NAMES[st.phase]}`);
      b.addEventListener('click', () => { f.pause(); f.go(i); });
      return b;
    }));
  }
  [...box.children].forEach((b, i) => { b.classList.toggle('current', i === f.step); b.setAttribute('aria-current', String(i === f.step)); });
}

function searchCount(s: HeapSnapshot): void {
  const n = searchMatches(s, search.value).size;
  $('searchCount').textContent = search.value.trim() ? `${n} found` : '';
}

function markSelected(): void {
  if (state.selected) svg.querySelector(`g.node[data-id="${CSS.escape(state.selected)}"]`)?.classList.add('selected');
}

/** The summary the host keeps (panel title; the extension-host tests read it). */
function rendered(): RenderedView {
  const nodes = [...svg.querySelectorAll('g.node')];
  const base = {
    title: `${$('title').textContent} · ${$('subtitle').textContent}`,
    objects: nodes.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')),
    references: svg.querySelectorAll('g.edge').length,
    cycleObjects: svg.querySelectorAll('g.node.cycle, g.node.garbage').length,
    garbageObjects: svg.querySelectorAll('g.node.garbage').length,
  };
  if (film) return { ...base, mode: 'film', line: film.run.line, filmStep: $('phase').textContent ?? '', narration: $('narration').textContent ?? '', result: $('result').textContent ?? '' };
  const s = snapshots[index];
  return s ? { ...base, mode: 'heap', line: s.line } : { ...base, mode: 'empty' };
}

// ---- the film ----

function startFilm(run: Film['run']): void {
  film?.dispose();
  film = new Film(run, requestDraw);
  fitNext = true;
  expanded = new Set();
  collapsed = new Set();
  save();
  requestDraw();
}

function closeFilm(): void {
  film?.dispose();
  film = undefined;
  save();
  requestDraw();
}

$('play').addEventListener('click', () => { if (!film) return; if (film.playing) { film.pause(); requestDraw(); } else film.play(); });
$('back').addEventListener('click', () => { film?.pause(); film?.go(film.step - 1); });
$('next').addEventListener('click', () => { film?.pause(); film?.go(film.step + 1); });
$('closeFilm').addEventListener('click', closeFilm);
$('gc').addEventListener('click', () => {
  const line = film?.run.line ?? snapshots[index]?.line;
  if (line) api.postMessage({ type: 'requestGc', line });
});

// ---- timeline, search, toggles, export ----

function goTo(i: number): void {
  index = Math.max(0, Math.min(snapshots.length - 1, i));
  stepInput.value = String(index);
  notReached = undefined;
  if (film) { film.dispose(); film = undefined; }
  save();
  requestDraw();
}
stepInput.addEventListener('input', () => goTo(Number(stepInput.value)));
$('prevStep').addEventListener('click', () => goTo(index - 1));
$('nextStep').addEventListener('click', () => goTo(index + 1));
search.addEventListener('input', () => requestDraw());
search.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const hits = [...svg.querySelectorAll<SVGGElement>('g.node.match')];
  if (!hits.length) return;
  const at = hits.findIndex((g) => g === document.activeElement);
  const next = hits[(at + 1) % hits.length];
  next.focus();
  view.reveal(next);
});
$('hidden').addEventListener('change', () => { state.showHidden = $<HTMLInputElement>('hidden').checked; save(); requestDraw(); });
$('collapse').addEventListener('click', () => { limit = NODE_LIMIT; expanded = new Set(); collapsed = new Set(); requestDraw(); });
$('zoomIn').addEventListener('click', () => view.zoomBy(1.25));
$('zoomOut').addEventListener('click', () => view.zoomBy(1 / 1.25));
$('fit').addEventListener('click', () => view.fit());
$('svg').addEventListener('click', () => api.postMessage({ type: 'export', format: 'svg', data: exportSvg(svg, view.size) }));
$('png').addEventListener('click', () => void exportPng(svg, view.size).then((data) => api.postMessage({ type: 'export', format: 'png', data })));
$('canvas').addEventListener('keydown', (e) => {
  if (e.target !== $('canvas')) return;
  if (film && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) { film.pause(); film.go(film.step + (e.key === 'ArrowRight' ? 1 : -1)); e.preventDefault(); return; }
  if (view.key(e.key)) e.preventDefault();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && film) closeFilm();
  else if ((e.key === 'p' || e.key === 'P') && film && !(e.target instanceof HTMLInputElement)) $('play').click();
});

// ---- messages from the host ----

/** The program point for a cursor line: the last kept run of that line, else the last point before it. */
function indexForLine(line: number): { index: number; exact: boolean } {
  let best = -1;
  for (let i = 0; i < snapshots.length; i++) if (snapshots[i].line === line) best = i;
  if (best >= 0) return { index: best, exact: true };
  let bestLine = -1;
  for (let i = 0; i < snapshots.length; i++) if (snapshots[i].line < line && snapshots[i].line >= bestLine) { best = i; bestLine = snapshots[i].line; }
  return { index: Math.max(0, best), exact: false };
}

function focusLine(line: number): void {
  const r = indexForLine(line);
  index = r.index;
  notReached = r.exact ? undefined : line;
  stepInput.value = String(index);
  save();
}

window.addEventListener('message', (ev: MessageEvent<HostToPanel>) => {
  const m = ev.data;
  switch (m.type) {
    case 'snapshots': {
      const sameDoc = doc?.uri === m.doc.uri;
      const first = doc === undefined;
      doc = m.doc;
      snapshots = m.snapshots;
      if (!sameDoc) {
        // Another document: a film of the one before does not belong to it.
        if (film) { film.dispose(); film = undefined; }
        limit = NODE_LIMIT; expanded = new Set(); collapsed = new Set(); fitNext = !(first && restored === m.doc.uri);
      }
      restored = undefined;
      stepInput.max = String(Math.max(0, snapshots.length - 1));
      focusLine(m.focusLine);
      message(!snapshots.length ? 'No statement was analysed yet.'
        : m.incomplete ? 'The analysis was cut by its time budget: later lines are missing.'
          : m.snapshotsCut ? `The heap was kept at ${snapshots.length} program points, as many as fit: later lines are not drawn.` : undefined);
      requestDraw();
      return;
    }
    case 'focus':
      focusLine(m.line);
      if (film && m.leaveFilm) closeFilm();
      else if (!film) requestDraw();
      return;
    case 'gc':
      doc = m.doc;
      message(undefined);
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
