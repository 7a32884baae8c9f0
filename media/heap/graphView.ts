// Lays a DrawModel out with elkjs (layered, left to right: frames in the first
// layer) and renders it as SVG: boxes with type, short value and a refcount
// badge, an arrow per reference, cycles and garbage marked, the cut shown on
// the object where it happens. Colours come only from CSS classes (heap.css
// maps them to --vscode-* variables); nothing here picks a colour.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { HeapEdge, HeapNode } from '../../src/analysis/results/resultTypes';
import type { DrawModel } from './graphModel';
import { badge, edgeKey, short } from './graphModel';

const SVG = 'http://www.w3.org/2000/svg';
const elk = new ELK();
/** Width of one character of the 12 px editor font; boxes are sized from it (no text measuring before layout). */
const CHAR_W = 7.2;
const LINE_H = 18;
const NODE_H = 2 * LINE_H + 8;
/** Room above a box for its self-reference loop, and right of it for the cut marker. */
const SELF_BAND = 22;
const CUT_BAND = 46;
const LABEL_MAX = 30;

export interface Overlay {
  /** Film: gc_refs of the candidates at this step. */
  gcRefs?: Record<string, number>;
  candidates?: Set<string>;
  unreachable?: Set<string>;
  /** What this step moved (phase-coloured: tentatively unreachable, rescued, finalized, collected). */
  moved?: Set<string>;
  activeEdges?: Set<string>;
  collected?: Set<string>;
  phase?: string;
}

export interface Handlers {
  onNode(id: string): void;
  onEdge(edge: HeapEdge): void;
  onExpand(id: string): void;
  onToggleCollapse(id: string): void;
  onMore(): void;
  siteOf(n: HeapNode): number | undefined;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

function text(parent: Element, x: number, y: number, s: string, cls: string): SVGTextElement {
  const t = el('text', { x, y, class: cls }, parent);
  t.textContent = s;
  return t;
}

function activate(g: Element, label: string, act: () => void, keys: Record<string, () => void> = {}): void {
  g.setAttribute('tabindex', '0');
  g.setAttribute('role', 'button');
  g.setAttribute('aria-label', label);
  g.addEventListener('click', (ev) => { ev.stopPropagation(); act(); });
  g.addEventListener('keydown', (ev) => {
    const k = (ev as KeyboardEvent).key;
    if (k === 'Enter' || k === ' ') { ev.preventDefault(); act(); } else if (keys[k.toLowerCase()]) { ev.preventDefault(); keys[k.toLowerCase()](); }
  });
}

function badgeFor(n: HeapNode, ov: Overlay): { text: string; cls: string } {
  if (ov.collected?.has(n.id)) return { text: 'collected', cls: 'collected' };
  if (ov.gcRefs && n.id in ov.gcRefs) return { text: `gc_refs ${ov.gcRefs[n.id]}`, cls: 'gc' };
  return { text: badge(n), cls: n.immortal ? 'immortal' : '' };
}

export async function render(svg: SVGSVGElement, m: DrawModel, ov: Overlay, h: Handlers): Promise<{ width: number; height: number }> {
  const selfLoops = m.edges.filter((e) => e.from === e.to);
  const hasSelf = new Set(selfLoops.map((e) => e.from));
  const flow = m.edges.filter((e) => e.from !== e.to);
  const frameIds = new Set(m.frames.map((f) => f.id));
  const sizes = new Map<string, { w: number; h: number }>();
  const children: ElkNode[] = [];
  for (const f of m.frames) {
    const title = frameTitle(f);
    const w = Math.max(110, ...f.vars.map((v) => (v.name.length + 4) * CHAR_W), (title.length + 3) * CHAR_W);
    children.push({
      id: f.id, width: w, height: LINE_H * (f.vars.length + 1) + 10,
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS', 'elk.layered.layering.layerConstraint': 'FIRST' },
      ports: f.vars.map((v, i) => ({ id: portId(f.id, v.name), width: 1, height: 1, x: w, y: LINE_H * (i + 1) + 12, layoutOptions: { 'elk.port.side': 'EAST' } })),
    });
  }
  for (const n of m.nodes) {
    const b = badgeFor(n, ov).text;
    const w = Math.min(LABEL_MAX * CHAR_W + 20, Math.max(96, (Math.max(short(n.label, LABEL_MAX).length, n.type.length + b.length + 2) + 2) * CHAR_W));
    sizes.set(n.id, { w, h: NODE_H });
    children.push({ id: n.id, width: w + (m.cutFrom.has(n.id) ? CUT_BAND : 0), height: NODE_H + (hasSelf.has(n.id) ? SELF_BAND : 0) });
  }
  if (m.cut > 0) children.push({ id: '__more', width: 170, height: LINE_H + 12 });
  const edges: ElkExtendedEdge[] = flow.map((e, i) => ({
    id: `e${i}`, sources: [e.kind === 'name' && frameIds.has(e.from) ? portId(e.from, e.label) : e.from], targets: [e.to],
    labels: e.kind === 'name' ? [] : [{ text: e.label, width: e.label.length * 6.2 + 6, height: 13 }],
  }));
  // Objects nothing drawn points at (garbage cycles) would share the first layer with the
  // frames; an invisible layout-only edge from the first frame puts them to the right.
  const pointedAt = new Set(flow.map((e) => e.to));
  const anchor = m.frames[0]?.id;
  if (anchor) for (const n of m.nodes) if (!pointedAt.has(n.id)) edges.push({ id: `layout-${n.id}`, sources: [anchor], targets: [n.id] });
  if (anchor && m.cut > 0) edges.push({ id: 'layout-more', sources: [anchor], targets: ['__more'] });
  const graph: ElkNode = await elk.layout({
    id: 'root', children, edges,
    layoutOptions: {
      'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.spacing.nodeNode': '22', 'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.edgeLabel': '2', 'elk.edgeLabels.inline': 'true', 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.separateConnectedComponents': 'false', 'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
  });

  svg.replaceChildren();
  const defs = el('defs', {}, svg);
  for (const kind of ['plain', 'cycle', 'garbage', 'active', 'new', 'weak']) {
    const marker = el('marker', { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 9.5, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, defs);
    el('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: `arrowhead arrowhead-${kind}` }, marker);
  }
  const root = el('g', { class: `root${ov.phase ? ` phase-${ov.phase}` : ''}` }, svg);
  const edgeLayer = el('g', { class: 'edges' }, root);
  const nodeLayer = el('g', { class: 'nodes' }, root);
  const labelLayer = el('g', { class: 'labels' }, root);
  const pos = new Map((graph.children ?? []).map((c) => [c.id, c]));
  const cycleOf = cycleGroups(m);

  const edgeClass = (e: HeapEdge): string => {
    const inCycle = cycleOf.get(e.from) !== undefined && cycleOf.get(e.from) === cycleOf.get(e.to);
    const tone = inCycle ? (m.garbage.has(e.from) ? 'garbage' : 'cycle') : '';
    const active = ov.activeEdges?.has(`${e.from}>${e.to}`);
    const fresh = !ov.phase && m.newEdges.has(edgeKey(e));
    return ['edge', `edge-${e.kind}`, tone && `edge-${tone}`, active ? 'edge-active' : '', fresh ? 'edge-new' : ''].filter(Boolean).join(' ');
  };
  const markerOf = (cls: string): string => (cls.includes('edge-active') ? 'active' : cls.includes('edge-garbage') ? 'garbage' : cls.includes('edge-cycle') ? 'cycle' : cls.includes('edge-new') ? 'new' : cls.includes('edge-weak') ? 'weak' : 'plain');
  const describeEdge = (e: HeapEdge): string => {
    const from = frameIds.has(e.from) ? `name ${e.label}` : `${nodeName(m, e.from)} ${e.label}`;
    return `${from} → ${nodeName(m, e.to)}${e.madeAt ? `, made at line ${e.madeAt}` : ''}`;
  };

  (graph.edges ?? []).forEach((ge, i) => {
    const e = flow[i];
    if (!e) return; // a layout-only edge
    const sec = ge.sections?.[0];
    if (!sec) return;
    const pts = [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint];
    const cls = edgeClass(e);
    const g = el('g', { class: cls, 'data-from': e.from, 'data-to': e.to }, edgeLayer);
    const d = 'M ' + pts.map((p) => `${p.x} ${p.y}`).join(' L ');
    el('path', { d, class: 'hit' }, g);
    el('path', { d, class: 'line', 'marker-end': `url(#arrow-${markerOf(cls)})` }, g);
    el('title', {}, g).textContent = describeEdge(e);
    for (const l of ge.labels ?? []) {
      const lg = el('g', { class: `edge-label-box ${cls.includes('edge-cycle') ? 'cycle' : ''}${cls.includes('edge-garbage') ? 'garbage' : ''}` }, labelLayer);
      el('rect', { x: (l.x ?? 0) - 1, y: (l.y ?? 0) - 1, width: (l.width ?? 0) + 2, height: (l.height ?? 0) + 2, rx: 2 }, lg);
      text(lg, (l.x ?? 0) + 3, (l.y ?? 0) + 10, l.text ?? '', 'edge-label');
      lg.addEventListener('click', (ev) => { ev.stopPropagation(); h.onEdge(e); });
    }
    activate(g, describeEdge(e), () => h.onEdge(e));
  });

  for (const f of m.frames) {
    const p = pos.get(f.id);
    if (!p) continue;
    const g = el('g', { class: 'frame', transform: `translate(${p.x},${p.y})`, 'data-id': f.id }, nodeLayer);
    el('rect', { width: p.width!, height: p.height!, rx: 3 }, g);
    text(g, 8, 14, frameTitle(f), 'frame-title');
    f.vars.forEach((v, i) => {
      text(g, 12, LINE_H * (i + 1) + 16, v.name, 'frame-var');
      el('circle', { cx: p.width!, cy: LINE_H * (i + 1) + 12, r: 2.5, class: 'port' }, g);
    });
  }

  for (const n of m.nodes) {
    const p = pos.get(n.id);
    const sz = sizes.get(n.id);
    if (!p || !sz) continue;
    const top = hasSelf.has(n.id) ? SELF_BAND : 0;
    const b = badgeFor(n, ov);
    const tone = m.garbage.has(n.id) ? 'garbage' : m.cycle.has(n.id) ? 'cycle' : '';
    const filmCls = ov.candidates ? [ov.candidates.has(n.id) || ov.collected?.has(n.id) ? 'candidate' : 'untracked', ov.unreachable?.has(n.id) ? 'unreachable' : '', ov.moved?.has(n.id) ? 'moved' : '', ov.collected?.has(n.id) ? 'collected' : ''] : [];
    const cls = ['node', tone, !ov.phase && m.changed.has(n.id) ? 'changed' : '', m.matches.has(n.id) ? 'match' : '', ...filmCls].filter(Boolean).join(' ');
    const g = el('g', { class: cls, transform: `translate(${p.x},${(p.y ?? 0) + top})`, 'data-id': n.id }, nodeLayer);
    if (cls.includes('changed')) el('rect', { x: -4, y: -4, width: sz.w + 8, height: sz.h + 8, rx: 8, class: 'halo' }, g);
    el('rect', { width: sz.w, height: sz.h, rx: 5, class: 'box' }, g);
    text(g, 8, 15, n.type, 'node-type');
    text(g, 8, 34, short(n.label, LABEL_MAX), 'node-label');
    const bw = b.text.length * 6.6 + 10;
    el('rect', { x: sz.w - bw - 4, y: 4, width: bw, height: 16, rx: 8, class: `badge ${b.cls}` }, g);
    text(g, sz.w - bw + 1, 16, b.text, `badge-text ${b.cls}`);
    const site = h.siteOf(n);
    const what = `${n.type} ${n.label}, ${b.text}${tone === 'garbage' ? ', garbage cycle' : tone === 'cycle' ? ', in a cycle' : ''}${site ? `, allocated at line ${site}` : ''}`;
    el('title', {}, g).textContent = `${what}\nclick: show the line · C: collapse/expand its references`;
    activate(g, what, () => h.onNode(n.id), { c: () => h.onToggleCollapse(n.id) });
    g.addEventListener('dblclick', (ev) => { ev.stopPropagation(); h.onToggleCollapse(n.id); });
    for (const e of selfLoops.filter((x) => x.from === n.id)) drawSelfLoop(g, e, sz.w, edgeClass(e), markerOf(edgeClass(e)), describeEdge(e), h);
    const cut = m.cutFrom.get(n.id);
    if (cut) drawCut(g, n.id, cut, sz, h);
  }

  const more = pos.get('__more');
  if (more) {
    const g = el('g', { class: 'more', transform: `translate(${more.x},${more.y})` }, nodeLayer);
    el('rect', { width: more.width!, height: more.height!, rx: 4 }, g);
    text(g, 8, 19, `✂ ${m.cut} more objects…`, 'more-text');
    activate(g, `The drawing is cut: ${m.cut} more objects. Show more.`, h.onMore);
  }
  return { width: graph.width ?? 400, height: graph.height ?? 300 };
}

/** A loop over the box's top edge for a reference from an object to itself (`lst[0] → lst`). */
function drawSelfLoop(parent: Element, e: HeapEdge, w: number, cls: string, marker: string, label: string, h: Handlers): void {
  const g = el('g', { class: cls, 'data-from': e.from, 'data-to': e.to }, parent);
  const x0 = w - 34;
  const x1 = w - 14;
  const d = `M ${x0} 0 C ${x0} -${SELF_BAND + 4}, ${x1} -${SELF_BAND + 4}, ${x1} 0`;
  el('path', { d, class: 'hit' }, g);
  el('path', { d, class: 'line', 'marker-end': `url(#arrow-${marker})` }, g);
  text(g, x0 - e.label.length * 6.2 - 4, -8, e.label, 'edge-label');
  el('title', {}, g).textContent = label;
  activate(g, label, () => h.onEdge(e));
}

/** The marker where the drawing is cut: a dashed stub out of the box and a `+N` button that draws those referents. */
function drawCut(parent: Element, id: string, count: number, sz: { w: number; h: number }, h: Handlers): void {
  const g = el('g', { class: 'cut' }, parent);
  const y = sz.h / 2;
  el('path', { d: `M ${sz.w} ${y} L ${sz.w + 12} ${y}`, class: 'cut-stub' }, g);
  el('rect', { x: sz.w + 12, y: y - 9, width: 30, height: 18, rx: 9, class: 'cut-pill' }, g);
  text(g, sz.w + 16, y + 4, `+${count}`, 'cut-text');
  el('title', {}, g).textContent = `${count} reference${count === 1 ? '' : 's'} from here not drawn: click to draw them`;
  activate(g, `${count} references from this object are not drawn. Expand.`, () => h.onExpand(id));
}

function frameTitle(f: { name: string; line: number; elided?: number }): string {
  if (f.elided) return `… ${f.elided} more frame${f.elided === 1 ? '' : 's'}`;
  return f.name === '<module>' ? 'globals (<module>)' : `${f.name} · line ${f.line}`;
}

function portId(frame: string, name: string): string {
  return `${frame}:${name}`;
}

function nodeName(m: DrawModel, id: string): string {
  const n = m.nodes.find((x) => x.id === id);
  return n ? `${n.type} ${short(n.label, 20)}` : id;
}

/** Object id → index of its cycle (strongly connected component). */
function cycleGroups(m: DrawModel): Map<string, number> {
  const out = new Map<string, number>();
  m.cycleGroups.forEach((g, i) => g.forEach((id) => out.set(id, i)));
  return out;
}
