// collections.abc Set / MutableSet mixins (Lib/_collections_abc.py, the same in 3.11-3.13) for a
// class of the program deriving from them (abcMixins.ts decides when the MRO is known): the
// comparisons, isdisjoint, and MutableSet's remove / pop / clear / `|=` / `-=`, each calling the
// instance's own __contains__ / __iter__ / __len__ / add / discard in the order that code does,
// with the references its frame keeps (the loop variable, pop's `it` and `value`). The operators
// built on `_from_iterable` (`&`, `|`, `-`, `^`: a generator expression handed to `cls(...)`) and
// `&=` / `^=` are not followed.
import type { PyObj } from './objects';
import type { G } from './interpreter';
import { LIMITS } from './limits';
import { knownInt } from './operators';
import { type AbcCtx as Ctx, type Mixin, abcChainOf, abcMixin, callOwn, clearBy, drainUntil, iterOf, onStack } from './abcMixins';
import { PREFIX } from './abcMixinTable';
import { registeredWith } from './virtualSubclasses';

/** `isinstance(o, Set)` as the mixins ask it (set and frozenset are registered): undefined when not known. */
function isSet(c: Ctx, o: PyObj): boolean | undefined {
  if (o.kind === 'set' || o.kind === 'frozenset') return true;
  if (o.kind === 'instance') {
    const chain = abcChainOf(c.b, o.cls);
    if (chain) return chain.includes('Set');
    // (a class registered with Set or MutableSet is one too: not followed)
    return o.cls && !o.cls.unknownBase && !o.basePayload && !o.fuzzy && !registeredWith(c.b, o, 'Set') ? false : undefined;
  }
  return ['list', 'tuple', 'str', 'int', 'float', 'none', 'bool', 'bytes', 'dict'].includes(o.kind) && !o.cls ? false : undefined;
}

/** `len(o)` as a known number (the builtin len: an instance's own __len__ runs), or undefined. */
function* lenOf(c: Ctx, o: PyObj): G<number | undefined> {
  const h = c.it.heap;
  const r = yield* c.it.callObject(c.b.builtin('len')!, [h.incref(o)!], [], c.frame, c.site);
  const n = knownInt(r);
  h.decref(r);
  return n === undefined ? undefined : Number(n);
}

/** `x in o` as a known answer, or undefined. */
function* contains(c: Ctx, x: PyObj, o: PyObj): G<boolean | undefined> {
  return yield* c.it.truthOf(yield* onStack(c, [x, o], c.b.compare('in', x, o, c.frame, c.pos)), c.frame);
}

/** An answer the model cannot follow to its end: what the rest of the loop may do to both is open. */
function openAnswer(c: Ctx, objs: PyObj[]): PyObj {
  for (const o of objs) c.it.heap.escape(o);
  c.it.noteMayRaise();
  return c.b.unknownBool(c.pos.line, c.pos.col);
}

/**
 * `for elem in src: if (elem in dst) == wanted: return False` then `return True` (the iterator
 * and elem held while `in` runs): a bool, or an open one when a test is not known.
 */
function* everyIn(c: Ctx, src: PyObj, dst: PyObj, wanted: boolean, self: PyObj, other: PyObj): G<PyObj> {
  const h = c.it.heap;
  const itr = yield* iterOf(c, src);
  let v: PyObj | undefined;
  try {
    for (let n = 0; n < LIMITS.MAX_LOOP_ITERATIONS; n++) {
      const x = yield* c.b.iterNext(itr, c.frame);
      if (!x) return c.b.bool(true);
      h.decref(v);
      v = x;
      const t = yield* contains(c, v, dst);
      if (t === undefined) return openAnswer(c, [self, other]);
      if (t === wanted) return c.b.bool(false);
    }
    return openAnswer(c, [self, other]);
  } finally {
    h.decref(v);
    h.decref(itr);
  }
}

/**
 * A Set comparison: `if not isinstance(other, Set): return NotImplemented`, then
 * `len(self) <size> len(other)` must hold (else False), then `rest(other)` answers.
 */
function setComparison(size: (a: number, b: number) => boolean, rest: (c: Ctx, self: PyObj, other: PyObj) => G<PyObj>): Mixin {
  return function* (c, self, args) {
    const other = args[0];
    if (args.length !== 1) return undefined;
    const set = isSet(c, other);
    if (set === undefined) return undefined;
    if (!set) return c.it.heap.incref(c.b.builtin('NotImplemented'))!;
    const a = yield* lenOf(c, self);
    const b = yield* lenOf(c, other);
    if (a === undefined || b === undefined) return openAnswer(c, [self, other]);
    return size(a, b) ? yield* rest(c, self, other) : c.b.bool(false);
  };
}

/** `__le__`: every item of self in other; `__ge__`: every item of other in self. */
const inclusion = (sub: boolean): Mixin => setComparison((a, b) => (sub ? a <= b : a >= b),
  (c, self, other) => (sub ? everyIn(c, self, other, false, self, other) : everyIn(c, other, self, false, self, other)));

/** `__lt__` / `__gt__` / `__eq__`: `len(self) <op> len(other) and self.<then>(other)`. */
const sizedThen = (size: (a: number, b: number) => boolean, then: string): Mixin => setComparison(size,
  (c, self, other) => callOwn(c, self, then, [other]));

function* isdisjoint(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length !== 1) return undefined;
  return yield* everyIn(c, args[0], self, true, self, args[0]);
}

// ---- MutableSet ----

/**
 * A KeyError raised in the mixin's own frame: its traceback keeps that frame and so its locals,
 * which the model does not build; unless the exception is dropped at once (clear() catching
 * pop's), they are open.
 */
function leftInTraceback(c: Ctx, locals: PyObj[]): void {
  for (const o of locals) c.it.heap.escape(o);
}

function* setRemove(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  const h = c.it.heap;
  const value = args[0];
  if (args.length !== 1) return undefined;
  const t = yield* contains(c, value, self);
  if (t === false) {
    // (the traceback keeps remove's frame, its self and value: not built, so both are open)
    leftInTraceback(c, [self, value]);
    throw c.it.raiseObj(c.b.newException('KeyError', [h.incref(value)!], c.pos), c.frame, true);
  }
  if (t === undefined) c.it.noteMayRaise();
  h.decref(yield* callOwn(c, self, 'discard', [value]));
  return c.b.none;
}

function* setPop(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  return args.length ? undefined : yield* popOwn(c, self, true);
}

/** MutableSet.pop's body; `kept`: its KeyError may outlive the call (not clear()'s own pop). */
function* popOwn(c: Ctx, self: PyObj, kept: boolean): G<PyObj> {
  const h = c.it.heap;
  // `it = iter(self)`: a local until the method returns, so it lives while discard runs.
  const itr = yield* iterOf(c, self);
  try {
    const value = yield* c.b.iterNext(itr, c.frame);
    // (StopIteration: `raise KeyError from None`)
    if (!value) {
      if (kept) leftInTraceback(c, [self, itr]);
      throw c.it.raiseObj(c.b.newException('KeyError', [], c.pos), c.frame, true);
    }
    h.decref(yield* orReleaseValue(c, value, callOwn(c, self, 'discard', [value])));
    return value;
  } finally {
    h.decref(itr);
  }
}

/** `run`, with `value` (owned by the frame) let go if it raises. */
function* orReleaseValue(c: Ctx, value: PyObj, run: G<PyObj>): G<PyObj> {
  try {
    return yield* run;
  } catch (err) {
    c.it.heap.decref(value);
    throw err;
  }
}

/**
 * `try: while True: self.pop() except KeyError: pass`: the KeyError that ends it is dropped at
 * once, so when pop is the mixin its frame goes with it (a class's own pop: clearBy).
 */
function* setClear(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length) return undefined;
  if (abcMixin(c.b, self.cls, 'pop') !== `${PREFIX}MutableSet.pop`) return yield* clearBy('pop', 'KeyError')(c, self, args, []);
  // (the bound method's reference to self while pop runs)
  return yield* drainUntil(c, self, 'KeyError', () => onStack(c, [self], popOwn(c, self, false)));
}

/** `for value in it: self.<name>(value)` then `return self` (`|=` by add, `-=` by discard). */
function* eachThen(c: Ctx, self: PyObj, src: PyObj, name: string): G<PyObj> {
  const h = c.it.heap;
  const itr = yield* iterOf(c, src);
  let v: PyObj | undefined;
  try {
    for (let n = 0; ; n++) {
      if (n >= LIMITS.MAX_LOOP_ITERATIONS) {
        // (past the bound: what the rest does is not known)
        h.escape(self);
        h.escape(src);
        break;
      }
      const x = yield* c.b.iterNext(itr, c.frame);
      if (!x) break;
      h.decref(v);
      v = x;
      h.decref(yield* callOwn(c, self, name, [v]));
    }
  } finally {
    h.decref(v);
    h.decref(itr);
  }
  return h.incref(self)!;
}

function* setIor(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  return args.length !== 1 ? undefined : yield* eachThen(c, self, args[0], 'add');
}

function* setIsub(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length !== 1) return undefined;
  if (args[0] !== self) return yield* eachThen(c, self, args[0], 'discard');
  c.it.heap.decref(yield* callOwn(c, self, 'clear', []));
  return c.it.heap.incref(self)!;
}

export const SET_IMPLS: Record<string, Mixin> = {
  'Set.__le__': inclusion(true),
  'Set.__ge__': inclusion(false),
  'Set.__lt__': sizedThen((a, b) => a < b, '__le__'),
  'Set.__gt__': sizedThen((a, b) => a > b, '__ge__'),
  'Set.__eq__': sizedThen((a, b) => a === b, '__le__'),
  'Set.isdisjoint': isdisjoint,
  'MutableSet.remove': setRemove,
  'MutableSet.pop': setPop,
  'MutableSet.clear': setClear,
  'MutableSet.__ior__': setIor,
  'MutableSet.__isub__': setIsub,
};
