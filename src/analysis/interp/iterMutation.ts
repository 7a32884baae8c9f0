// A dict, set or deque changed while an iterator over it is live: CPython's
// next step raises RuntimeError instead of going on (lists do not: their
// iterator goes by index). What each iterator checks, measured on 3.11.7,
// 3.12.1 and 3.13.0:
// - dict (keys, values, items, reversed): dictiter_iternext* compare di_used
//   with ma_used first: "dictionary changed size during iteration", the
//   iterator keeps the dict and the state is sticky (di_used = -1: every later
//   step raises again). Same size with other keys (a key deleted and another
//   added) goes on by entry position or raises "dictionary keys changed"
//   depending on the table's layout (resizes): not decided here.
// - set: set_iter the same with "Set changed size during iteration", sticky,
//   the set kept; same size with other members goes by hash slot: not decided.
// - OrderedDict: od_state changes with every added or removed node and with
//   move_to_end, so any change of its keys' order or number is
//   "OrderedDict mutated during iteration", after which the iterator drops the
//   dict (Py_CLEAR(di_odict)) and later steps just end. Once the last key was
//   handed out (di_current NULL) the step ends first: no error.
// - deque: every append / pop / insert / remove of an item / rotate of a
//   deque longer than 1 / clear of a non-empty one bumps deque->state
//   (reverse and item assignment do not); dequeiter_next checks it before its
//   counter, so the next step raises "deque mutated during iteration", sticky,
//   the deque kept. The model counts those methods here (`noteDequeMutation`).
// When the model cannot tell (the container's content became unknown, or the
// same number of keys with others among them) the step neither raises nor goes
// on exactly: the rest of the loop runs as rounds of unknown items and the
// RuntimeError is a possible raise (noteMayRaise).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { PyObj } from './objects';

interface Snapshot {
  /** dict / set: the keys' hash keys in order; deque: the items. */
  keys?: string[];
  items?: PyObj[];
  state?: number;
  /** An attribute-map dict (attrDictIter.ts): the attribute names in order, and what its size adds to them. */
  attrs?: AttrMapShape;
  /** The sticky error: every later step raises again. */
  broken?: boolean;
}

/**
 * The size of an attribute-map dict is its attribute map's plus entries the model keeps elsewhere
 * (a class's `__module__` when not stored, 3.13's two compiler-made names, slot descriptors:
 * `extras`), and, for a class dict (`docEntry`), the `__doc__` type_new put there when the body had
 * none: one entry whether or not the map holds a later `Cls.__doc__`.
 */
export interface AttrMapShape {
  names: string[];
  /** The dict's size when the iterator began. */
  size: number;
  extras: number;
  docEntry: boolean;
}

const snapshots = new WeakMap<PyObj, Snapshot>();
const dequeStates = new WeakMap<PyObj, number>();

/** The deque methods that bump deque->state when they change it (measured: reverse does not). */
const DEQUE_MUTATORS = new Set(['append', 'appendleft', 'pop', 'popleft', 'insert', 'extend', 'extendleft', 'rotate', 'clear', 'remove']);

/**
 * Deques an iterator was ever made over: only their changes need counting, since an iterator
 * compares the state against the one it began with (a change before it began does not matter).
 */
const iteratedDeques = new WeakSet<PyObj>();

/**
 * What a deque method call may change: its items before (compared after by `noteDequeMutation`),
 * for a deque an iterator was made over (others are not copied: a work queue's append / popleft
 * stays O(1)).
 */
export function dequeBefore(self: PyObj, method: string): PyObj[] | undefined {
  return DEQUE_MUTATORS.has(method) && self.items && iteratedDeques.has(self) ? [...self.items] : undefined;
}

/**
 * After a deque method ran: a change of its items bumps its state; so does rotate of a deque
 * longer than 1 (even by 0 or by its length: _deque_rotate counts before moving) and
 * append / appendleft (a maxlen of 0 keeps nothing, but the state is bumped).
 */
export function noteDequeMutation(self: PyObj, method: string, before: PyObj[] | undefined): void {
  if (!before) return;
  const now = self.items ?? [];
  const changed = now.length !== before.length || now.some((x, i) => x !== before[i])
    || (method === 'rotate' && before.length > 1) || method === 'append' || method === 'appendleft';
  if (changed) dequeStates.set(self, (dequeStates.get(self) ?? 0) + 1);
}

/** A deque changed by other means (`del q[i]`, `q += items`): its state moves on. */
export function bumpDequeState(q: PyObj): void {
  dequeStates.set(q, (dequeStates.get(q) ?? 0) + 1);
}

function tracked(src: PyObj): boolean {
  return (src.kind === 'dict' || src.kind === 'set') && !!src.entries || src.kind === 'list' && src.type === 'deque' && !!src.items;
}

/** An iterator over `src` begins: what its steps compare against. */
export function snapshotForIteration(itr: PyObj, src: PyObj | undefined): void {
  if (!src || src.fuzzy || !tracked(src)) return;
  if (src.entries) snapshots.set(itr, { keys: [...src.entries.keys()] });
  else {
    iteratedDeques.add(src);
    snapshots.set(itr, { items: [...src.items!], state: dequeStates.get(src) ?? 0 });
  }
}

/**
 * An iterator over an attribute-map dict the model follows entry by entry begins: its steps check
 * the dict's size as dictiter_iternext does (measured: `setattr(obj, new, v)` or `Cls.new = v` in a
 * loop over `vars(obj)` / `vars(Cls)` raises "dictionary changed size during iteration").
 */
export function snapshotAttrMapIteration(itr: PyObj, src: PyObj, shape: AttrMapShape): void {
  if (!src.fuzzy) snapshots.set(itr, { attrs: shape });
}

export function attrMapSize(attrs: Map<string, PyObj>, shape: AttrMapShape): number {
  return attrs.size + shape.extras + (shape.docEntry && !attrs.has('__doc__') ? 1 : 0);
}

/**
 * Whether the container an iterator walks is as it was when it began: true / false, undefined when
 * the model cannot tell (the same number of keys with others among them, an attribute that may be gone).
 */
function unchangedSince(src: PyObj, snap: Snapshot, odict: boolean): boolean | undefined {
  if (snap.attrs) {
    const attrs = src.attrs!;
    if (attrMapSize(attrs, snap.attrs) !== snap.attrs.size) return false;
    let i = 0;
    for (const [k, v] of attrs) if (k !== snap.attrs.names[i++] || v.maybeAbsent) return undefined;
    return i === snap.attrs.names.length ? true : undefined;
  }
  if (snap.keys) {
    const entries = src.entries!;
    if (entries.size !== snap.keys.length) return false;
    if (!sameKeys(entries, snap.keys)) return odict ? false : undefined;
    return true;
  }
  const items = src.items!;
  if ((dequeStates.get(src) ?? 0) !== snap.state || items.length !== snap.items!.length) return false;
  // (the same items where they were: no method that counts ran; another item in a place is
  // an item assignment, which does not count, or a deletion and an addition, which do)
  return items.some((x, i) => x !== snap.items![i]) ? undefined : true;
}

function sameKeys(entries: Map<string, unknown>, keys: string[]): boolean {
  let i = 0;
  for (const k of entries.keys()) if (k !== keys[i++]) return false;
  return true;
}

const MESSAGES: Record<string, string> = {
  dict: 'dictionary changed size during iteration',
  set: 'Set changed size during iteration',
  odict: 'OrderedDict mutated during iteration',
  deque: 'deque mutated during iteration',
};

/**
 * Before a step of a dict / set / deque iterator: raises CPython's RuntimeError when the model
 * knows the container changed as its iterator checks; returns 'unknown' when it cannot tell
 * (the caller makes the rest of the iteration unknown), 'end' when the iterator ends (an
 * OrderedDict's that handed out its last key), else 'same'.
 */
export function checkIterationMutation(bi: Builtins, itr: PyObj, frame: Frame): 'same' | 'unknown' | 'end' {
  const snap = snapshots.get(itr);
  const src = itr.iterSource;
  if (!snap) return 'same';
  // (an exhausted dict / set iterator has let go of its container: it just ends)
  if (!src) { snapshots.delete(itr); return 'same'; }
  const odict = src.kind === 'dict' && src.type === 'OrderedDict';
  const kind = odict ? 'odict' : src.kind === 'set' ? 'set' : src.kind === 'dict' ? 'dict' : 'deque';
  if (odict && (itr.iterIndex ?? 0) >= snap.keys!.length) {
    // (its last key handed out, di_current is NULL: the step ends, whatever changed, and drops the dict)
    if (snap.keys!.length === src.entries!.size && sameKeys(src.entries!, snap.keys!)) return 'same';
    snapshots.delete(itr);
    if (src.fuzzy) return 'unknown';
    itr.iterSource = undefined;
    bi.it.heap.decref(src);
    return 'end';
  }
  if (!snap.broken) {
    if (src.fuzzy) {
      // (unknown code or a branch of unknown direction changed it, or may have)
      snapshots.delete(itr);
      bi.it.noteMayRaise();
      return 'unknown';
    }
    const same = unchangedSince(src, snap, odict);
    if (same) return 'same';
    if (same === undefined) {
      snapshots.delete(itr);
      bi.it.noteMayRaise();
      return 'unknown';
    }
    snap.broken = true;
  }
  const h = bi.it.heap;
  const pos = { line: frame.line, col: 0 };
  const exc = bi.newException('RuntimeError', [bi.newStr(MESSAGES[kind], pos)], pos);
  if (odict) {
    // odictiter_nextkey's `done`: the dict is dropped, later steps end.
    snapshots.delete(itr);
    itr.iterSource = undefined;
    h.decref(src);
  }
  throw bi.it.raiseObj(exc, frame, true);
}

/**
 * A loop's rest is about to run as rounds of unknown items, without its iterator's steps: for a
 * container the model has no snapshot of (its content unknown from the start), whether those
 * rounds reach it at all is watched (Heap.touchWatch).
 */
export function beginUnseenSteps(bi: Builtins, itr: PyObj): void {
  const src = itr.iterSource;
  if (!src || snapshots.has(itr) || !iteratesChangeable(itr, src)) return;
  (bi.it.heap.touchWatch ??= new Map()).set(src, false);
}

/** A dict / set / deque iterator (not a list's, which never raises). */
function iteratesChangeable(itr: PyObj, src: PyObj): boolean {
  if (itr.kind !== 'iterator') return false;
  return src.kind === 'dict' || src.kind === 'set' || src.kind === 'list' && src.type === 'deque';
}

/**
 * After those rounds (controlFlow.ts finishIterator): if the container changed meanwhile, or may
 * have, a step there may have raised. Without a snapshot, rounds that took a reference to it (code
 * that may have changed it: `del d[k]`, `s.discard(x)`, a call given it) count as such a change.
 */
export function unseenStepsMayRaise(bi: Builtins, itr: PyObj): void {
  const snap = snapshots.get(itr);
  const src = itr.iterSource;
  const watch = bi.it.heap.touchWatch;
  if (src && watch?.has(src)) {
    const reached = watch.get(src);
    watch.delete(src);
    if (!watch.size) bi.it.heap.touchWatch = undefined;
    if (reached && !snap) bi.it.noteMayRaise();
  }
  if (!snap || !src || snap.broken) return;
  const same = !src.fuzzy && unchangedSince(src, snap, src.kind === 'dict' && src.type === 'OrderedDict') === true;
  if (!same) bi.it.noteMayRaise();
}
