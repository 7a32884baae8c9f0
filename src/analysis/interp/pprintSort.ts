/**
 * pprint's sorting of a set's items and a dict's keys, run "any number of times".
 *
 * pprint (3.11-3.13) sorts with `_safe_key` wrappers: `a < b` between two wrapped keys is
 * `a.obj < b.obj`, and a TypeError from it falls back to an order by type name and id. How
 * often it sorts is not known (a dict is sorted by `_safe_repr` and again, part by part, when
 * its text is wider than the width; a set only when it is too wide), nor which pairs the sort
 * compares. So each ordered pair of keys of one sorted container is compared once under a
 * condition of unknown direction: what a key's own `__lt__` / `__gt__` changes is left open,
 * everything else keeps its exact count.
 */
import type { Builtins } from './builtins';
import type { CallSite, G } from './interpreter';
import { PyException } from './interpreter';
import type { Frame } from './frame';
import type { PyObj } from './objects';
import { knownClass } from './operators';

/** Past these, the caller gives up on the call (unknownCall): the walk and the pairs are bounded. */
const WALK_BUDGET = 2000;
const PAIR_BUDGET = 400;

/**
 * Runs the comparisons pprint's sorting of x may make, each under an unknown condition.
 * False (nothing run) when that is past the budget.
 */
export function* sortAnyTimes(b: Builtins, x: PyObj, dicts: boolean, frame: Frame, site: CallSite): G<boolean> {
  const groups = sortedGroups(b, x, dicts);
  if (!groups) return false;
  let pairs = 0;
  for (const g of groups) pairs += g.length * (g.length - 1);
  if (pairs > PAIR_BUDGET) return false;
  const h = b.it.heap;
  // (the keys are held here while the comparisons run: a __lt__ may take one out of its container)
  for (const g of groups) for (const k of g) h.incref(k);
  try {
    for (const g of groups) {
      for (const l of g) for (const r of g) if (l !== r) yield* compareUnsure(b, l, r, frame, site);
    }
  } finally {
    for (const g of groups) for (const k of g) h.decref(k);
  }
  return true;
}

/**
 * Whether comparing o with `<` may run Python code: an instance whose class (or a base the
 * model does not follow) may define an order.
 */
export function mayOrderByCode(b: Builtins, o: PyObj): boolean {
  if (o.kind !== 'instance') return false;
  if (!o.cls || !knownClass(o.cls)) return true;
  return !!b.lookupClassAttr(o.cls, '__lt__') || !!b.lookupClassAttr(o.cls, '__gt__');
}

/**
 * The keys of each container reachable from x (through lists, tuples, dicts and sets) that
 * pprint sorts and whose keys may order by code; undefined past the walk's budget.
 */
function sortedGroups(b: Builtins, x: PyObj, dicts: boolean): PyObj[][] | undefined {
  const groups: PyObj[][] = [];
  const todo = [x];
  const seen = new Set<PyObj>();
  for (let budget = WALK_BUDGET; todo.length; budget--) {
    if (budget <= 0) return undefined;
    const top = todo.pop()!;
    if (seen.has(top)) continue;
    seen.add(top);
    // (a list / dict / set subclass without a __repr__ of its own is formatted as its builtin part)
    const o = top.kind === 'instance' && top.basePayload && b.lookupClassAttr(top.cls, '__repr__')?.kind !== 'function' ? top.basePayload : top;
    if (o.kind === 'list' || o.kind === 'tuple') todo.push(...(o.items ?? []));
    else if (o.kind === 'dict' || o.kind === 'set' || o.kind === 'frozenset') {
      const keys: PyObj[] = [];
      for (const e of o.entries?.values() ?? []) {
        keys.push(e.key);
        todo.push(e.key);
        if (o.kind === 'dict') todo.push(e.value);
      }
      if ((o.kind !== 'dict' || dicts) && keys.some((k) => mayOrderByCode(b, k))) groups.push(keys);
    }
  }
  return groups;
}

/**
 * `l < r` as `_safe_key.__lt__` makes it, then the sort's truth test of the answer, under a
 * condition of unknown direction. A TypeError is pprint's own fallback; any other exception
 * may leave the call.
 */
function* compareUnsure(b: Builtins, l: PyObj, r: PyObj, frame: Frame, site: CallSite): G<void> {
  const it = b.it;
  it.fuzzyEvents++;
  it.enterFuzzy();
  try {
    yield* it.truthOf(yield* b.compare('<', l, r, frame, site), frame);
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    if (!b.isSubclass(b.classOf(err.exc), b.types.get('TypeError')!)) it.noteMayRaise();
    it.heap.decref(err.exc);
  } finally {
    it.exitFuzzy();
  }
}
