// The order a set hands out its members is its hash table's slot order: an object hashed by
// identity goes where its address puts it, a str or a tuple where the process's hash seed does,
// an int by its value modulo the table's size (with probing on collisions). None of that is
// followed: the model keeps a set's members in insertion order. Measured on 3.12.1: `{a, b, c}`
// of three fresh instances iterated a, c, b; `next(iter(frozenset([k1, k2, k3])))` gave k3.
//
// A whole walk over a set adds and drops one reference per member whatever the order, so most of
// what a loop does is followed as it is. What the order decides is which member a name keeps:
//   - a for loop that runs to its end leaves its target on the last member, one of the k: the
//     name is a "one of" binding (OneOf). While it lives, each member's count is open by one
//     (the model's pick one lower, the others one higher: Interpreter.countSlack / countExtra),
//     until the name is bound again, deleted or its frame ends, when the counts are exact again;
//     reading the name (which member it gives is not known) opens the members' counts for good;
//   - a loop left early (break, return, an exception), next() on the iterator, unpacking: which
//     member came first is not known: the members' counts are open (settleWalk).
// Before, the model answered with its own order and was unsound: the loop name held c where
// CPython's held b.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { beginCoupling, coupledMembers, endCoupling, noteCoupledStore, replacedFill } from './walkCoupling';
import { settleWalkFills, type WalkFill } from './walkFills';

/** Iterators walking a set of two or more members: the members, in the model's order. */
const walks = new WeakMap<PyObj, PyObj[]>();

/** A set's (or a WeakSet's live objects') members whose order the model cannot tell: all of them, from two on. */
function unorderedMembers(o: PyObj): PyObj[] | undefined {
  if ((o.kind !== 'set' && o.kind !== 'frozenset') || !o.entries || o.fuzzy || o.entries.size < 2) return undefined;
  const members = [...o.entries.values()].map((e) => e.key);
  return members.some((x) => !x.immortal) ? members : undefined;
}

/** Dicts built by a comprehension over such a set: their insertion order is the set's, not known either. */
const unorderedDicts = new WeakSet<PyObj>();

export function noteUnorderedDict(d: PyObj): void {
  if (d.entries && d.entries.size > 1) unorderedDicts.add(d);
}

/** A dict whose insertion order is not known (popitem: which entry goes is not known either). */
export function isUnorderedDict(d: PyObj): boolean {
  return unorderedDicts.has(d);
}

/** An iterator over `o` begins (iteration.ts getIter): a walk in an order not known when `o` is such a set (or dict, or a view of it). */
export function noteSetWalk(itr: PyObj, o: PyObj, members?: PyObj[]): void {
  const d = o.kind === 'view' ? o.iterSource : o;
  // (its keys and values: a loop's names keep one of those its rounds got, endWalk)
  if (!members && d && unorderedDicts.has(d) && d.entries && !d.fuzzy) members = [...d.entries.values()].flatMap((e) => [e.key, e.value]);
  const m = members ? (members.length >= 2 && members.some((x) => !x.immortal) ? members : undefined) : unorderedMembers(o);
  if (m) walks.set(itr, m);
}

/** The members of the set `itr` (or an enumerate / zip / map over it) walks in an unknown order. */
export function unorderedWalk(itr: PyObj): PyObj[] | undefined {
  const own = walks.get(itr);
  if (own) return own;
  for (const s of itr.iterSources ?? []) { const m = walks.get(s); if (m) return m; }
  return itr.iterSource ? walks.get(itr.iterSource) : undefined;
}

/** Items a whole walk over such a set gave (iteration.ts iterateAll), in the model's order. */
const unorderedItems = new WeakSet<PyObj[]>();

export function noteUnorderedItems(items: PyObj[]): void {
  unorderedItems.add(items);
}

/**
 * list(s) / tuple(s) / sorted(s) of such a set: the same items in an order not known (sorted's
 * only where keys tie): the new sequence is a list of unknown order (builtinCalls.ts settleOrder).
 */
export function keepsUnorderedItems(items: PyObj[]): boolean {
  return unorderedItems.has(items);
}

/** Which member came where is not known and matters from here on: their counts are open. */
export function settleWalk(b: Builtins, itr: PyObj): void {
  const members = unorderedWalk(itr);
  if (!members) return;
  walks.delete(itr);
  for (const s of itr.iterSources ?? []) walks.delete(s);
  if (itr.iterSource) walks.delete(itr.iterSource);
  for (const x of members) b.fuzz(x);
}

/** `a, b = s` of such a set: which name gets which member is not known. */
export function settleSetUnpack(b: Builtins, o: PyObj): void {
  for (const x of unorderedMembers(o) ?? []) b.fuzz(x);
}

export interface OneOf {
  /** The namespace (a frame's locals or globals, a comprehension scope) or cell the name is in. */
  where: object;
  name: string;
  /** The member the model bound (its count holds the name's reference). */
  pick: PyObj;
  members: PyObj[];
}

/** Live one-of bindings, by namespace then name. */
const bindings = new WeakMap<Interpreter, Map<object, Map<string, OneOf>>>();

function adjust(ip: Interpreter, g: OneOf, by: 1 | -1): void {
  for (const x of g.members) {
    if (x.immortal) continue;
    const map = x === g.pick ? ip.countSlack : ip.countExtra;
    const n = (map.get(x) ?? 0) + by;
    if (n > 0) map.set(x, n);
    else map.delete(x);
  }
}

/**
 * A for loop over such a walk, while it runs: every value its rounds store into a name of its
 * frame (the target, and names the body binds: `last = t.name`, an inner loop's name), by name.
 * Which round came last is not known, so neither is which of those values a name keeps.
 */
export interface ActiveWalk {
  frame: Frame;
  members: PyObj[];
  stores: Map<object, Map<string, Set<PyObj>>>;
  /** The round running now (controlFlow.ts counts them). */
  round: number;
  /** Containers the rounds stored into (walkFills.ts): the rounds that did and the values they stored. */
  fills: Map<PyObj, WalkFill>;
}

/** The walks running now, innermost last. */
const active = new WeakMap<Interpreter, ActiveWalk[]>();

/** A for loop begins over `itr`: a walk in an unknown order to watch, or undefined. */
export function beginWalk(ip: Interpreter, itr: PyObj, frame: Frame): ActiveWalk | undefined {
  const members = unorderedWalk(itr);
  if (!members) return undefined;
  const w: ActiveWalk = { frame, members, stores: new Map(), round: 0, fills: new Map() };
  let list = active.get(ip);
  if (!list) active.set(ip, (list = []));
  list.push(w);
  ip.walkDepth++;
  // (enumerate / zip / map over the set: each member is paired with an index or a partner by the order)
  beginCoupling(ip, w, !walks.has(itr));
  return w;
}

/** The walks running now (walkFills.ts notes the containers their rounds fill). */
export function activeWalks(ip: Interpreter): readonly ActiveWalk[] {
  return active.get(ip) ?? [];
}

/** A certain store into a name of `frame` while walks run (assignment.ts): noted for each walk of that frame. */
export function noteWalkStore(ip: Interpreter, frame: Frame, where: object, name: string, value: PyObj): void {
  for (const w of active.get(ip) ?? []) {
    if (w.frame !== frame) continue;
    let names = w.stores.get(where);
    if (!names) w.stores.set(where, (names = new Map()));
    let values = names.get(name);
    if (!values) names.set(name, (values = new Set()));
    values.add(value);
    noteCoupledStore(w, name, value);
  }
}

/**
 * The loop ends. Run to its end (`completed`): each name its rounds bound to two or more objects
 * still alive, and that holds one of them, holds one of them all (a one-of binding; values freed
 * since, a running total's earlier ints, cannot be the one kept). Left early (break, return, an
 * exception): which members came before is not known, the members' and those values' counts open.
 */
export function endWalk(ip: Interpreter, w: ActiveWalk, completed: boolean): void {
  const list = active.get(ip)!;
  list.splice(list.lastIndexOf(w), 1);
  ip.walkDepth--;
  const replaced = replacedFill(w);
  settleWalkFills(ip, w, completed, noteUnorderedDict);
  if (!completed) { endCoupling(ip, w, false, [], replaced); fuzzWalk(ip, w); return; }
  const picks: PyObj[] = [];
  // (rounds that depend on each other, walkCoupling.ts: a name left on a member may hold any of them)
  const coupled = coupledMembers(w, replaced);
  for (const [where, names] of w.stores) {
    for (const [name, values] of names) {
      const v = where instanceof Map ? where.get(name) : (where as PyObj).cellValue;
      const alive = [...values].filter((x) => x.alive);
      if (!v || !alive.includes(v)) continue;
      const group = coupled?.includes(v) ? coupled : alive;
      if (group.length < 2 || group.every((x) => x.immortal)) continue;
      bind(ip, where, name, v, group);
      picks.push(v);
    }
  }
  // (rounds that depend on each other: walkCoupling.ts)
  endCoupling(ip, w, true, picks, replaced);
}

/** A generator suspends (or a frame's state is seen from outside) inside such walks: which round it is in is not known. */
export function settleActiveWalks(ip: Interpreter, frame: Frame): void {
  for (const w of [...active.get(ip) ?? []]) {
    if (w.frame === frame) fuzzWalk(ip, w);
  }
}

/** Which round the walk stopped in is not known: its members and every value its rounds stored, still alive, are open. */
function fuzzWalk(ip: Interpreter, w: ActiveWalk): void {
  for (const x of w.members) ip.heap.fuzz(x);
  for (const names of w.stores.values()) for (const values of names.values()) for (const x of values) if (x.alive) ip.heap.fuzz(x);
}

function bind(ip: Interpreter, where: object, name: string, pick: PyObj, members: PyObj[]): OneOf {
  let byName = bindings.get(ip);
  if (!byName) bindings.set(ip, (byName = new Map()));
  let names = byName.get(where);
  if (!names) byName.set(where, (names = new Map()));
  const old = names.get(name);
  if (old) { adjust(ip, old, -1); ip.oneOfLive--; }
  const g: OneOf = { where, name, pick, members };
  names.set(name, g);
  adjust(ip, g, 1);
  ip.oneOfLive++;
  return g;
}

/**
 * The name is bound again or deleted (`open` false: its reference goes, the counts are exact
 * again), or read or changed under an unknown condition (`open`: which member it held matters,
 * the members' counts stay open).
 */
export function dissolveOneOf(ip: Interpreter, where: object, name: string, open: boolean): void {
  const names = bindings.get(ip)?.get(where);
  const g = names?.get(name);
  if (!g) return;
  names!.delete(name);
  ip.oneOfLive--;
  adjust(ip, g, -1);
  if (open) for (const x of g.members) ip.heap.fuzz(x);
}

/**
 * next() on such a walk, or min() / max() where keys tie, gave `value`, one of `members` (which,
 * not known). Stored as it is into a name by the statement (`first = next(iter(s))`), the name is
 * a one-of binding; anything else the statement does with it opens the members (settlePending).
 */
export function notePendingOneOf(ip: Interpreter, value: PyObj, members: PyObj[]): void {
  if (ip.pendingOneOf) settlePendingOneOf(ip);
  ip.pendingOneOf = { value, members };
}

/** A certain store of `value` into `name` (assignment.ts): the pending value becomes its one-of binding. */
export function claimPendingOneOf(ip: Interpreter, where: object, name: string, value: PyObj): void {
  const p = ip.pendingOneOf;
  if (!p || p.value !== value) return;
  if (!p.claimed) { p.claimed = bind(ip, where, name, value, p.members); return; }
  // (a second name given the same member, `x = y = next(it)`: two references on one unknown member)
  ip.pendingOneOf = undefined;
  dissolveOneOf(ip, p.claimed.where, p.claimed.name, true);
}

/** The statement ended: a pending value not stored into a name opens its members. */
export function settlePendingOneOf(ip: Interpreter): void {
  const p = ip.pendingOneOf!;
  ip.pendingOneOf = undefined;
  if (!p.claimed) for (const x of p.members) ip.heap.fuzz(x);
}

/** A load of `name` gave `v`: if it is a one-of binding, the members' counts are open from here on. */
export function loadOneOf(ip: Interpreter, name: string, v: PyObj, frame: Frame): void {
  const byName = bindings.get(ip);
  if (!byName) return;
  for (const where of [frame.locals, frame.globals, frame.cells.get(name), ...frame.compScopes]) {
    const g = where && byName.get(where)?.get(name);
    if (g && g.pick === v) dissolveOneOf(ip, where!, name, true);
  }
}

/** A frame's variables are released (or handed to its frame object): its one-of bindings end. */
export function dissolveFrameOneOf(ip: Interpreter, frame: Frame, open: boolean): void {
  const byName = bindings.get(ip);
  const names = byName?.get(frame.locals);
  if (!names) return;
  for (const name of [...names.keys()]) dissolveOneOf(ip, frame.locals, name, open);
  byName!.delete(frame.locals);
}

/** Every live one-of binding opens (a collection: which member the name keeps alive decides what is garbage). */
export function openAllOneOf(ip: Interpreter): void {
  const byName = bindings.get(ip);
  if (!byName) return;
  for (const [where, names] of [...byName]) for (const name of [...names.keys()]) dissolveOneOf(ip, where, name, true);
}
