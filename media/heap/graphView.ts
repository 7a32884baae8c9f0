// Lays the drawing out with elkjs (layered, left to right: frames first) and
// renders it as SVG. Colours come from CSS (only --vscode-* variables).
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { HeapEdge } from '../../src/analysis/results/resultTypes';
import type { DrawModel } from './graphModel';
import { badge } from './graphModel';

const SVG = 'http://www.w3.org/2000/svg';
const elk = new ELK();
const CHAR_W = 7.2;
const LINE_H = 18;

export interface Overlay {
  /** gc_refs shown on candidates during the GC film. */
  gcRefs?: Record<string, number>;
  unreachable?: Set<string>;
  moved?: Set<string>;
  activeEdges?: Set<string>;
  freed?: Set<string>;
}

export interface Handlers {
  onNode(id: string): void;
  onEdge(edge: HeapEdge): void;
  onMore(): void;
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

export async function render(svg: SVGSVGElement, m: DrawModel, ov: Overlay, h: Handlers): Promise<{ width: number; height: number }> {
  const children: ElkNode[] = [];
  for (const f of m.frames) {
    const w = Math.max(120, ...f.vars.map((v) => (v.name.length + 4) * CHAR_W), (f.name.length + 4) * CHAR_W);
    children.push({
      id: f.id, width: w, height: LINE_H * (f.vars.length + 1) + 8,
      layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER', 'elk.layered.layering.layerConstraint': 'FIRST' },
      ports: f.vars.map((v, i) => ({ id: `${f.id}:${v.name}`, width: 1, height: 1, x: w, y: LINE_H * (i + 1) + 13, layoutOptions: { 'elk.port.side': 'EAST' } })),
    });
  }
  for (const n of m.nodes) {
    const w = Math.max(90, (Math.max(n.label.length, n.type.length + 10) + 2) * CHAR_W);
    children.push({ id: n.id, width: Math.min(w, 260), height: 2 * LINE_H + 8 });
  }
  if (m.cut > 0) children.push({ id: '__more', width: 150, height: LINE_H + 10 });
  const edges: ElkExtendedEdge[] = m.edges.map((e, i) => {
    const src = e.kind === 'name' ? `${e.from}:${e.label}` : e.from;
    return { id: `e${i}`, sources: [src], targets: [e.to], labels: e.kind === 'name' ? [] : [{ text: e.label, width: e.label.length * 6.2, height: 12 }] };
  });
  const graph: ElkNode = await elk.layout({
    id: 'root', children, edges,
    layoutOptions: {
      'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.spacing.nodeNode': '24', 'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.edgeLabels.inline': 'true', 'elk.layered.mergeEdges': 'false', 'elk.separateConnectedComponents': 'false',
    },
  });
  svg.replaceChildren();
  const defs = el('defs', {}, svg);
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
  el('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }, marker);
  const root = el('g', { class: 'root' }, svg);
  const pos = new Map((graph.children ?? []).map((c) => [c.id, c]));
  // Edges under nodes.
  (graph.edges ?? []).forEach((ge, i) => {
    const e = m.edges[i];
    const sec = ge.sections?.[0];
    if (!sec) return;
    const pts = [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint];
    const key = `${e.from}>${e.to}`;
    const cls = ['edge', `edge-${e.kind}`, m.cycle.has(e.from) && m.cycle.has(e.to) ? (m.garbage.has(e.to) ? 'edge-garbage' : 'edge-cycle') : '', ov.activeEdges?.has(key) ? 'edge-active' : ''].join(' ');
    const g = el('g', { class: cls, tabindex: -1 }, root);
    el('path', { d: 'M ' + pts.map((p) => `${p.x} ${p.y}`).join(' L '), 'marker-end': 'url(#arrow)' }, g);
    for (const l of ge.labels ?? []) text(g, (l.x ?? 0) + 1, (l.y ?? 0) + 10, l.text ?? '', 'edge-label');
    g.addEventListener('click', () => h.onEdge(e));
  });
  for (const f of m.frames) {
    const p = pos.get(f.id);
    if (!p) continue;
    const g = el('g', { class: 'frame', transform: `translate(${p.x},${p.y})` }, root);
    el('rect', { width: p.width!, height: p.height!, rx: 3 }, g);
    text(g, 8, 14, f.name, 'frame-title');
    f.vars.forEach((v, i) => text(g, 12, LINE_H * (i + 1) + 16, v.name, 'frame-var'));
  }
  for (const n of m.nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const cls = ['node', m.garbage.has(n.id) ? 'garbage' : m.cycle.has(n.id) ? 'cycle' : '', m.changed.has(n.id) ? 'changed' : '',
      ov.unreachable?.has(n.id) ? 'unreachable' : '', ov.moved?.has(n.id) ? 'moved' : '', ov.freed?.has(n.id) ? 'freed' : ''].join(' ');
    const g = el('g', { class: cls, transform: `translate(${p.x},${p.y})`, tabindex: 0, role: 'button', 'data-id': n.id, 'aria-label': `${n.type} ${n.label} ${badge(n)}` }, root);
    el('rect', { width: p.width!, height: p.height!, rx: 5 }, g);
    text(g, 8, 15, n.type, 'node-type');
    text(g, 8, 33, n.label.length > 32 ? n.label.slice(0, 31) + '…' : n.label, 'node-label');
    const b = ov.gcRefs && n.id in ov.gcRefs ? `gc_refs ${ov.gcRefs[n.id]}` : badge(n);
    const bw = b.length * 6.6 + 10;
    el('rect', { x: p.width! - bw - 4, y: 4, width: bw, height: 16, rx: 8, class: ov.gcRefs && n.id in ov.gcRefs ? 'badge gc' : 'badge' }, g);
    text(g, p.width! - bw + 1, 16, b, ov.gcRefs && n.id in ov.gcRefs ? 'badge-text gc' : 'badge-text');
    const act = (): void => h.onNode(n.id);
    g.addEventListener('click', act);
    g.addEventListener('keydown', (ev) => { if ((ev as KeyboardEvent).key === 'Enter') act(); });
  }
  const more = pos.get('__more');
  if (more) {
    const g = el('g', { class: 'more', transform: `translate(${more.x},${more.y})`, tabindex: 0, role: 'button' }, root);
    el('rect', { width: more.width!, height: more.height!, rx: 4 }, g);
    text(g, 8, 18, `… ${m.cut} more (show)`, 'more-text');
    g.addEventListener('click', h.onMore);
    g.addEventListener('keydown', (ev) => { if ((ev as KeyboardEvent).key === 'Enter') h.onMore(); });
  }
  return { width: graph.width ?? 400, height: graph.height ?? 300 };
}
