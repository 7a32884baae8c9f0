// Walks in an unknown order (setOrder.ts) whose rounds depend on each other. Each round of
// `for x in s` runs on one member; when no round sees what another round did, each member gets
// the same treatment whatever the order, and the model's counts are right. When rounds are
// coupled, which member gets which treatment is the hash order's:
//   - `if first is None: first = x`, `if best is None or x.score >= best.score: best = x`,
//     `count += 1; if count == 2: second = x`: a round reads a name an earlier round stored;
//   - `if x.kind not in seen: seen.add(x.kind); out.append(x)`, `if not holder: ...`,
//     `d.get(k)`: a round reads the content of a container an earlier round changed;
//   - `last = Wrap(x)`, `self.current = [x]`, `d[x.kind] = x`: a round replaces what an earlier
//     round stored (a name given a value not a member, a slot whose earlier value went);
//   - `for i, x in enumerate(s)`, `zip(s, other)`: the index / partner a member is paired with.
// Measured on 3.11-3.13 (test/cases/z_hU13_*): the model kept a, CPython kept c; counts exact and wrong.
//
// Coupling alone does not make counts depend on the order (`for x in s: n += 1; out.append(x)`):
// at the walk's end, the net change of each member's count (less the loop names' one-of
// reference, setOrder.ts) is compared; all equal, every member got the same, in any order. Not
// equal, the members' counts are open. Probes inside such a walk see a member before, during or
// after its round: each one's recorded count there is joined with its count when the walk began
// and when it ended (the model's order visits a member once, at one place).
import type { Interval } from '../results/resultTypes';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { countUnknown, type PyObj } from './objects';
import type { ActiveWalk } from './setOrder';

interface Coupling {
  /** Members' counts when the walk began (the model's own count, and the interval a probe would record). */
  before: Map<PyObj, { rc: number; iv: Interval }>;
  /** Rounds that stored a name (last one) and whether a value not a member was stored. */
  names: Map<string, { round: number; rounds: number; other: boolean }>;
  /** Containers changed by the rounds: the last round that did. */
  changed: Map<PyObj, number>;
  coupled: boolean;
  /** Counts probes recorded for members inside the walk (joined at its end with the end count). */
  probed: { counts: Map<string, Interval>; id: string; obj: PyObj }[];
}

const state = new WeakMap<ActiveWalk, Coupling>();

function hull(a: Interval, b: Interval): Interval {
  return [Math.min(a[0], b[0]), a[1] === null || b[1] === null ? null : Math.max(a[1], b[1])];
}

/** The interval a probe records for `x` now (recorder.ts recordName's rule, slack / extra of one-of names). */
function nowInterval(ip: Interpreter, x: PyObj): Interval {
  if (countUnknown(x)) return [Math.min(x.rc, 1), null];
  return [x.rc - (ip.countSlack.get(x) ?? 0), x.rc + (ip.countExtra.get(x) ?? 0)];
}

/** A walk begins (setOrder.ts beginWalk); `paired`: its rounds pair members with indexes or partners (enumerate, zip). */
export function beginCoupling(ip: Interpreter, w: ActiveWalk, paired: boolean): void {
  const before = new Map<PyObj, { rc: number; iv: Interval }>();
  for (const x of w.members) if (!x.immortal) before.set(x, { rc: x.rc, iv: nowInterval(ip, x) });
  state.set(w, { before, names: new Map(), changed: new Map(), coupled: paired, probed: [] });
}

/** A round stores `name` (setOrder.ts noteWalkStore). */
export function noteCoupledStore(w: ActiveWalk, name: string, value: PyObj): void {
  const c = state.get(w);
  if (!c) return;
  const n = c.names.get(name);
  const other = !value.immortal && !c.before.has(value);
  if (!n) { c.names.set(name, { round: w.round, rounds: 1, other }); return; }
  if (n.round !== w.round) n.rounds++;
  n.round = w.round;
  n.other ||= other;
  // (a round drops what an earlier round gave the name, not a member: `last = Wrap(x)`)
  if (n.rounds > 1 && n.other) c.coupled = true;
}

/** A load of `name` in the walks' frame: a round reading what an earlier round stored. */
export function noteCoupledLoad(walks: readonly ActiveWalk[], frame: Frame, name: string): void {
  for (const w of walks) {
    const c = state.get(w);
    const n = c?.names.get(name);
    if (c && n && n.round < w.round && w.frame === frame) c.coupled = true;
  }
}

/** A container changed by a round (Builtins.noteStore). */
export function noteCoupledChange(walks: readonly ActiveWalk[], container: PyObj): void {
  for (const w of walks) state.get(w)?.changed.set(container, w.round);
}

/** A container's content read (`in`, truth, a builtin given it): coupled when an earlier round changed it. */
export function noteCoupledRead(walks: readonly ActiveWalk[], container: PyObj | undefined): void {
  if (!container) return;
  for (const w of walks) {
    const c = state.get(w);
    const r = c?.changed.get(container);
    if (c && r !== undefined && r < w.round) c.coupled = true;
  }
}

/** Methods that change their own container without reading what it holds (self is args[0]). */
const CONTENT_BLIND = new Set(['list.append', 'list.insert', 'list.extend', 'set.add', 'set.update', 'dict.update',
  'deque.append', 'deque.appendleft', 'deque.extend', 'deque.extendleft', 'id', 'type', 'isinstance']);

/** A builtin called with `args` in a walk: each container an earlier round changed that it reads. */
export function noteCoupledCall(walks: readonly ActiveWalk[], name: string, args: PyObj[]): void {
  for (let i = CONTENT_BLIND.has(name) ? 1 : 0; i < args.length; i++) noteCoupledRead(walks, args[i]);
}

/** A probe records `obj` inside walks (recorder.ts): joined with its count at the walks' start, and noted for their end. */
export function widenWalkProbe(walks: readonly ActiveWalk[], counts: Map<string, Interval>, id: string, obj: PyObj): void {
  for (const w of walks) {
    const c = state.get(w);
    const b = c?.before.get(obj);
    if (!c || !b) continue;
    const old = counts.get(id);
    if (old) counts.set(id, hull(old, b.iv));
    c.probed.push({ counts, id, obj });
  }
}

/**
 * A container a round stored into keeps only some of the values the rounds stored (an attribute,
 * a dict slot set again, walkFills.ts): which ones is the last rounds' doing.
 */
export function replacedFill(w: ActiveWalk): boolean {
  for (const [c, f] of w.fills) {
    if (f.rounds.size < 2) continue;
    const held = new Set<PyObj>([...c.items ?? []]);
    for (const e of c.entries?.values() ?? []) { held.add(e.key); held.add(e.value); }
    for (const v of c.attrs?.values() ?? []) held.add(v);
    if ([...f.values].some((v) => !v.immortal && (!v.alive || !held.has(v)))) return true;
  }
  return false;
}

/** The walk's members still alive, when its rounds were coupled (`replaced`: replacedFill). */
export function coupledMembers(w: ActiveWalk, replaced: boolean): PyObj[] | undefined {
  const c = state.get(w);
  if (!c || !(c.coupled || replaced)) return undefined;
  const alive = [...c.before.keys()].filter((x) => x.alive);
  return alive.length >= 2 ? alive : undefined;
}

/**
 * The walk ends. `replaced`: replacedFill, asked before its fills settled. `picks`: the members the loop's one-of names hold
 * (one reference each, open already). Coupled rounds that left members with different net
 * changes: the members' counts are open.
 */
export function endCoupling(ip: Interpreter, w: ActiveWalk, completed: boolean, picks: PyObj[], replaced: boolean): void {
  const c = state.get(w);
  if (!c) return;
  state.delete(w);
  for (const p of c.probed) {
    if (!p.obj.alive) continue;
    const old = p.counts.get(p.id);
    if (old) p.counts.set(p.id, hull(old, nowInterval(ip, p.obj)));
  }
  if (!completed) return;
  if (!c.coupled && !replaced) return;
  const deltas = new Set<number>();
  for (const [x, b] of c.before) {
    if (!x.alive) { deltas.add(NaN); continue; }
    if (countUnknown(x)) continue;
    deltas.add(x.rc - b.rc - picks.filter((p) => p === x).length);
  }
  if (deltas.size < 2) return;
  for (const x of c.before.keys()) if (x.alive) ip.heap.fuzz(x);
}
