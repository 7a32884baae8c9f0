// Which part of a snapshot is drawn, as plain data: frames and the objects
// they reach, the cursor's neighbourhood first (innermost frame outwards), cut
// at a limit with the cut counted per object, collapse/expand per object,
// hidden references only on request, search matches, and what changed since
// the step before. No DOM here (graphView.ts draws this).
import type { HeapEdge, HeapNode, HeapSnapshot } from '../../src/analysis/results/resultTypes';

/** Objects drawn before the view is cut. 40 boxes still lay out in ~50 ms and fit a panel at 60 % zoom; more is on request. */
export const NODE_LIMIT = 40;

export interface ModelOptions {
  showHidden: boolean;
  limit: number;
  search: string;
  /** Objects whose referents are all drawn, even past the limit. */
  expanded: ReadonlySet<string>;
  /** Objects whose referents are not followed (they may still be drawn when reached another way). */
  collapsed: ReadonlySet<string>;
  /** Always drawn (the film draws every object the collector looks at). */
  extra?: readonly string[];
  /** `from>to` pairs drawn even when hidden (the film shows every reference the collector follows, `__class__` included). */
  alsoEdges?: ReadonlySet<string>;
}

export interface DrawModel {
  frames: HeapSnapshot['frames'];
  nodes: HeapNode[];
  edges: HeapEdge[];
  /** Objects of the snapshot not drawn. */
  cut: number;
  /** Drawn object → how many of its referents are not drawn (the marker on the cut). */
  cutFrom: Map<string, number>;
  /** Objects new since the step before, or with another count. */
  changed: Set<string>;
  /** Edge keys (edgeKey) new since the step before. */
  newEdges: Set<string>;
  /** Objects of the step before that are gone (freed) now. */
  removed: HeapNode[];
  cycle: Set<string>;
  /** The snapshot's cycles (strongly connected components), to tell an edge inside one from an edge between two. */
  cycleGroups: string[][];
  garbage: Set<string>;
  matches: Set<string>;
}

export const edgeKey = (e: HeapEdge): string => `${e.from}>${e.to}:${e.label}`;

/** Parallel references drawn one by one up to this many; more become one arrow (`[0], [1] … ×1000`). */
const PARALLEL_DRAWN = 3;

/**
 * One arrow for many references from one object to another of the same kind (`[x] * 1000`
 * holds x a thousand times): a thousand arrows say nothing more, and the layout of
 * parallel edges grows with their number.
 */
export function mergeParallel(edges: readonly HeapEdge[]): HeapEdge[] {
  const groups = new Map<string, HeapEdge[]>();
  for (const e of edges) {
    // (a frame's names are each their own row, with its own arrow)
    const k = e.kind === 'name' ? `${e.from}>${e.to}>${e.label}` : `${e.from}>${e.to}>${e.kind}`;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const out: HeapEdge[] = [];
  for (const g of groups.values()) {
    if (g.length <= PARALLEL_DRAWN) out.push(...g);
    else out.push({ ...g[0], label: `${g[0].label}, ${g[1].label} … ×${g.length}` });
  }
  return out;
}

export function drawModel(s: HeapSnapshot, prev: HeapSnapshot | undefined, opts: ModelOptions): DrawModel {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const shownEdges = mergeParallel(s.edges.filter((e) => e.kind !== 'hidden' || opts.showHidden || opts.alsoEdges?.has(`${e.from}>${e.to}`)));
  const out = new Map<string, string[]>();
  for (const e of shownEdges) {
    const list = out.get(e.from) ?? [];
    if (!list.includes(e.to)) list.push(e.to);
    out.set(e.from, list);
  }
  const matches = searchMatches(s, opts.search);
  // Breadth-first: search matches, then the innermost frame's names outwards, then garbage.
  const queue: string[] = [...matches];
  for (const f of [...s.frames].reverse()) for (const v of f.vars) queue.push(v.target);
  for (const id of s.garbage) queue.push(id);
  for (const id of opts.extra ?? []) queue.push(id);
  const order: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    order.push(id);
    if (!opts.collapsed.has(id)) queue.push(...(out.get(id) ?? []));
  }
  const keep = new Set(order.slice(0, opts.limit));
  for (const id of opts.extra ?? []) if (byId.has(id)) keep.add(id);
  for (const id of opts.expanded) if (keep.has(id)) for (const to of out.get(id) ?? []) keep.add(to);
  const nodes = order.filter((id) => keep.has(id)).map((id) => byId.get(id)!);
  const frameIds = new Set(s.frames.map((f) => f.id));
  const edges = shownEdges.filter((e) => (frameIds.has(e.from) || (keep.has(e.from) && !opts.collapsed.has(e.from))) && keep.has(e.to));
  const cutFrom = new Map<string, number>();
  for (const id of [...frameIds, ...keep]) {
    const missing = (out.get(id) ?? []).filter((to) => !keep.has(to) || opts.collapsed.has(id)).length;
    if (missing) cutFrom.set(id, missing);
  }
  const before = new Map((prev?.nodes ?? []).map((n) => [n.id, n]));
  const changed = new Set<string>();
  const newEdges = new Set<string>();
  let removed: HeapNode[] = [];
  if (prev) {
    for (const n of nodes) {
      const p = before.get(n.id);
      if (!p || p.refcount[0] !== n.refcount[0] || p.refcount[1] !== n.refcount[1]) changed.add(n.id);
    }
    const old = new Set(mergeParallel(prev.edges).map(edgeKey));
    for (const e of edges) if (!old.has(edgeKey(e))) newEdges.add(edgeKey(e));
    removed = prev.nodes.filter((n) => !byId.has(n.id) && !n.immortal);
  }
  return {
    frames: s.frames, nodes, edges, cut: order.length - nodes.length, cutFrom,
    changed, newEdges, removed, cycle: new Set(s.cycles.flat()), cycleGroups: s.cycles, garbage: new Set(s.garbage), matches,
  };
}

/** Objects whose type, short value or name (a frame variable naming it) contains the query. */
export function searchMatches(s: HeapSnapshot, search: string): Set<string> {
  const q = search.trim().toLowerCase();
  const found = new Set<string>();
  if (!q) return found;
  for (const n of s.nodes) if (`${n.type} ${n.label}`.toLowerCase().includes(q)) found.add(n.id);
  for (const f of s.frames) for (const v of f.vars) if (v.name.toLowerCase() === q) found.add(v.target);
  return found;
}

/** `refcnt 2`, `2–3`, `≥2`, `∞` (immortal). */
export function badge(n: HeapNode): string {
  if (n.immortal) return '∞';
  const [lo, hi] = n.refcount;
  if (hi === null) return `≥${lo}`;
  return lo === hi ? `refcnt ${lo}` : `${lo}–${hi}`;
}

/** What changed since the step before, as one line: `+ list [] · dict refcnt 1→2 · freed: list [[…]]`. */
export function changeSummary(s: HeapSnapshot, prev: HeapSnapshot | undefined, m: DrawModel): string {
  if (!prev) return '';
  const before = new Map(prev.nodes.map((n) => [n.id, n]));
  const parts: string[] = [];
  for (const n of s.nodes) {
    if (!m.changed.has(n.id)) continue;
    const p = before.get(n.id);
    parts.push(p ? `${n.type} ${short(n.label)} ${badge(p)}→${badge(n).replace('refcnt ', '')}` : `+ ${n.type} ${short(n.label)}`);
  }
  if (m.removed.length) parts.push(`freed: ${m.removed.map((n) => `${n.type} ${short(n.label)}`).join(', ')}`);
  if (m.newEdges.size) parts.push(`${m.newEdges.size} new reference${m.newEdges.size === 1 ? '' : 's'}`);
  return parts.length ? `changed: ${parts.join(' · ')}` : 'nothing changed';
}

export function short(label: string, max = 24): string {
  return label.length > max ? label.slice(0, max - 1) + '…' : label;
}
