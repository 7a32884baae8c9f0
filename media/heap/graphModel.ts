// Which part of a snapshot is drawn: frames and the objects they reach,
// neighbourhood first for large heaps (a visible marker says what was cut),
// hidden references only on request, and what changed since the step before.
import type { HeapEdge, HeapNode, HeapSnapshot } from '../../src/analysis/results/resultTypes';

/** Objects drawn before the view is cut (the rest are one "more" marker, expandable). */
export const NODE_LIMIT = 40;

export interface DrawModel {
  frames: HeapSnapshot['frames'];
  nodes: HeapNode[];
  edges: HeapEdge[];
  cut: number;
  changed: Set<string>;
  cycle: Set<string>;
  garbage: Set<string>;
}

export function drawModel(s: HeapSnapshot, prev: HeapSnapshot | undefined, opts: { showHidden: boolean; limit: number; search: string }): DrawModel {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const out = new Map<string, HeapEdge[]>();
  for (const e of s.edges) {
    if (e.kind === 'hidden' && !opts.showHidden) continue;
    const list = out.get(e.from) ?? [];
    list.push(e);
    out.set(e.from, list);
  }
  // Breadth-first from the innermost frame outwards: the cursor's objects come first.
  const order: string[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const f of [...s.frames].reverse()) for (const v of f.vars) queue.push(v.target);
  const garbage = new Set(s.garbage);
  const cycle = new Set(s.cycles.flat());
  for (const id of s.garbage) queue.push(id);
  const q = opts.search.trim().toLowerCase();
  if (q) for (const n of s.nodes) if (`${n.type} ${n.label}`.toLowerCase().includes(q)) queue.unshift(n.id);
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    order.push(id);
    for (const e of out.get(id) ?? []) queue.push(e.to);
  }
  const keep = new Set(order.slice(0, opts.limit));
  const nodes = order.filter((id) => keep.has(id)).map((id) => byId.get(id)!);
  const frameIds = new Set(s.frames.map((f) => f.id));
  const edges = s.edges.filter((e) => (e.kind !== 'hidden' || opts.showHidden) && (keep.has(e.from) || frameIds.has(e.from)) && keep.has(e.to));
  const before = new Map((prev?.nodes ?? []).map((n) => [n.id, n]));
  const changed = new Set<string>();
  if (prev) for (const n of nodes) {
    const p = before.get(n.id);
    if (!p || p.refcount[0] !== n.refcount[0] || p.refcount[1] !== n.refcount[1]) changed.add(n.id);
  }
  return { frames: s.frames, nodes, edges, cut: order.length - nodes.length, changed, cycle, garbage };
}

/** `refcnt 2`, `2–3`, `≥2`, `∞`. */
export function badge(n: HeapNode): string {
  if (n.immortal) return '∞';
  const [lo, hi] = n.refcount;
  if (hi === null) return `≥${lo}`;
  return lo === hi ? `refcnt ${lo}` : `${lo}–${hi}`;
}
