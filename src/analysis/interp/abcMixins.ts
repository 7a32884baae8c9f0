// The mixin methods collections.abc gives a class of the program deriving from Mapping,
// MutableMapping, Sequence, MutableSequence, Iterator (and their bases Iterable, Container, Sized,
// Collection, Reversible, Hashable): Python code in Lib/_collections_abc.py, the same in 3.11-3.13,
// which calls the instance's own methods back. Each runs here as that code does: the same calls in
// the same order (`self[key]`, `self.insert(len(self), value)`, `del self[self.index(value)]`), the
// same exceptions caught, and the references its frame keeps while the program's methods run (a
// loop variable, a value popped before `del self[key]`). Called as a method the caller's stack
// references are the frame's; called by a type slot (`in`, `+=`, `==`, `iter()`) the frame takes
// references of its own (callAbcMixinFromSlot).
//
// Views (`keys()` / `items()` / `values()`) are KeysView / ItemsView / ValuesView objects holding
// the mapping (`_mapping`); their `__iter__` and Sequence's `__iter__` / `__reversed__` are
// generators, modelled as iterator objects whose `slots` are the generator frame's variables.
//
// Followed only when the class's whole MRO is known: classes of the program, each listing its
// ABC bases after its other bases (so the program's methods come first), ABCs of the list above
// only, every abstract method defined. Anything else stays an unknown base (libraryBases.ts).
import type { Builtins } from './builtins';
import type { BuiltinCall } from './builtinCalls';
import type { Frame } from './frame';
import { PyException } from './interpreter';
import type { CallSite, G, Interpreter } from './interpreter';
import { LIMITS } from './limits';
import type { PyObj } from './objects';
import { knownInt } from './operators';
import { lookupKey } from './valueKeys';
import { ABC_MRO, ABSTRACT, MIXINS, OTHER, PREFIX } from './abcMixinTable';
import { SET_IMPLS } from './abcSetMixins';
import { registeredWith } from './virtualSubclasses';

/** The ABC names of a class statement's bases that are modelled ABCs, or undefined when another unknown base is there or one comes before a class base. */
export function abcBaseNames(bases: PyObj[], abcName: (b: PyObj) => string | undefined): string[] | undefined {
  const names: string[] = [];
  let seenAbc = false;
  for (const b of bases) {
    if (b.kind === 'class') {
      if (seenAbc) return undefined;
      continue;
    }
    const n = abcName(b);
    if (!n || !ABC_MRO[n]) return undefined;
    seenAbc = true;
    names.push(n);
  }
  return names;
}

const chains = new WeakMap<PyObj, string[] | null>();

/** The ABCs of a class in MRO order, when the mixins can be followed (see above). */
export function abcChainOf(b: Builtins, cls: PyObj | undefined): string[] | undefined {
  if (!cls || cls.kind !== 'class' || !cls.classIR || !cls.inertUnknownBases || cls.foreignMeta) return undefined;
  let chain = chains.get(cls);
  if (chain === undefined) {
    chain = computeChain(b, cls);
    chains.set(cls, chain);
  }
  return chain ?? undefined;
}

function computeChain(b: Builtins, cls: PyObj): string[] | null {
  const out: string[] = [];
  for (const c of cls.mroTuple?.items ?? []) {
    if (c.builtinName === 'object' && c.external) continue;
    if (c.kind !== 'class' || !c.classIR || (c.unknownBase && !c.abcBases) || (c.bases ?? []).filter((x) => x.classIR).length > 1) return null;
    for (const n of c.abcBases ?? []) for (const a of ABC_MRO[n]) if (!out.includes(a)) out.push(a);
  }
  if (!out.length) return null;
  // (an abstract method left undefined: CPython refuses to instantiate the class)
  for (const a of out) {
    for (const m of ABSTRACT[a]) if (!b.lookupClassAttr(cls, m) && !out.some((x) => MIXINS[x]?.includes(m))) return null;
  }
  return out;
}

/** The mixin `name` resolves to on an instance of `cls` (`Mapping.get`), when the program's classes do not define it. */
export function abcMixin(b: Builtins, cls: PyObj | undefined, name: string): string | undefined {
  const chain = abcChainOf(b, cls);
  if (!chain || b.lookupClassAttr(cls, name)) return undefined;
  for (const a of chain) {
    if (MIXINS[a]?.includes(name)) return `${PREFIX}${a}.${name}`;
    if (ABSTRACT[a].includes(name) || OTHER[a]?.includes(name)) return undefined;
  }
  return undefined;
}

/**
 * `isinstance(obj, Abc)` for a collections.abc ABC `t` (an unknown base of the model) that is in the
 * MRO of obj's class: true. Undefined otherwise (registration or __subclasshook__ may still say yes).
 */
export function abcInstanceOf(b: Builtins, obj: PyObj, t: PyObj, abcName: (b: PyObj) => string | undefined): true | undefined {
  const name = abcName(t);
  return name && obj.kind === 'instance' && !obj.fuzzy && abcChainOf(b, obj.cls)?.includes(name) ? true : undefined;
}

/** Mapping's `__reversed__ = None` is what `reversed(obj)` finds: TypeError ('not reversible'). */
export function abcNotReversible(b: Builtins, obj: PyObj): boolean {
  const chain = obj.kind === 'instance' && !b.lookupClassAttr(obj.cls, '__reversed__') ? abcChainOf(b, obj.cls) : undefined;
  return !!chain && chain.indexOf('Mapping') >= 0 && !chain.slice(0, chain.indexOf('Mapping')).some((a) => MIXINS[a]?.includes('__reversed__'));
}

/** Whether `o` is an instance of a class deriving from Mapping as the mixins see it (`isinstance(o, Mapping)`): undefined when not known. */
function isMapping(b: Builtins, o: PyObj): boolean | undefined {
  if (o.kind === 'dict') return true;
  if (o.kind === 'instance') {
    const chain = abcChainOf(b, o.cls);
    if (chain) return chain.includes('Mapping');
    // (a class registered with Mapping is one too: not followed)
    return o.cls && !o.cls.unknownBase && !o.basePayload && !o.fuzzy && !registeredWith(b, o, 'Mapping') ? false : undefined;
  }
  return ['list', 'tuple', 'str', 'int', 'float', 'none', 'bool', 'set', 'frozenset', 'bytes'].includes(o.kind) && !o.cls ? false : undefined;
}

export interface AbcCtx {
  b: Builtins;
  it: Interpreter;
  frame: Frame;
  site: CallSite;
  pos: { line: number; col: number };
}

type Ctx = AbcCtx;

/** A mixin: self and args borrowed, an owned result; undefined when not followed (before anything ran). */
export type Mixin = (c: Ctx, self: PyObj, args: PyObj[], kwargs: [string, PyObj][]) => G<PyObj | undefined>;

export function caught(c: Ctx, err: unknown, name: string): err is PyException {
  return err instanceof PyException && c.b.isSubclass(c.b.classOf(err.exc), c.b.types.get(name)!);
}

/** `self.name(*args)` from Python code (args borrowed; the stack's references go to the callee). */
export function* callOwn(c: Ctx, self: PyObj, name: string, args: PyObj[]): G<PyObj> {
  const h = c.it.heap;
  const m = yield* c.b.loadMethod(self, name, c.frame, c.site);
  try {
    const owned = args.map((a) => h.incref(a)!);
    return yield* c.it.callObject(m.func, m.self ? [m.self, ...owned] : owned, [], c.frame, c.site);
  } finally {
    h.decref(m.func);
  }
}

/**
 * What the mixin's frame evaluates with operands on its value stack (`obj[key]`, `obj[key] = v`,
 * `del obj[key]`, `len(obj)`, `for x in obj`): the stack's references to them held meanwhile.
 */
export function* onStack<T>(c: Ctx, held: PyObj[], run: G<T>): G<T> {
  const h = c.it.heap;
  for (const o of held) h.incref(o);
  try {
    return yield* run;
  } finally {
    for (const o of held) h.decref(o);
  }
}

/**
 * `obj[key]`. Of an instance with a Python __getitem__, BINARY_SUBSCR may run specialised
 * (BINARY_SUBSCR_GETITEM, which moves the stack's references into __getitem__'s frame): whether
 * this shared library code is specialised depends on what ran it before, so while __getitem__
 * runs, obj and key may have one reference fewer (countSlack).
 */
/** `run`, with the owned references `held` released if it raises (a frame's locals going with it). */
function* orRelease<T>(c: Ctx, held: PyObj[], run: G<T>): G<T> {
  try {
    return yield* run;
  } catch (err) {
    for (const o of held) c.it.heap.decref(o);
    throw err;
  }
}

function* sub(c: Ctx, obj: PyObj, key: PyObj): G<PyObj> {
  const slack = obj.kind === 'instance' && c.b.lookupClassAttr(obj.cls, '__getitem__')?.kind === 'function' ? [obj, key] : [];
  const s = c.it.countSlack;
  for (const o of slack) s.set(o, (s.get(o) ?? 0) + 1);
  try {
    return yield* onStack(c, [obj, key], c.b.getItem(obj, key, c.frame));
  } finally {
    for (const o of slack) {
      const n = s.get(o)! - 1;
      if (n) s.set(o, n);
      else s.delete(o);
    }
  }
}

/** `self[i]` for a new int i, or undefined when it raised IndexError (caught: the end of the sequence). */
function* itemOrEnd(c: Ctx, self: PyObj, i: number): G<PyObj | undefined> {
  const idx = c.b.newInt(BigInt(i), c.pos);
  try {
    return yield* sub(c, self, idx);
  } catch (err) {
    if (!caught(c, err, 'IndexError')) throw err;
    c.it.heap.decref(err.exc);
    return undefined;
  } finally {
    c.it.heap.decref(idx);
  }
}

/** `obj[key] = value` (value owned: the stack's reference). */
function store(c: Ctx, obj: PyObj, key: PyObj, value: PyObj): G<void> {
  return onStack(c, [obj, key], c.b.setItem(obj, key, value, c.frame));
}

function del(c: Ctx, obj: PyObj, key: PyObj): G<void> {
  return onStack(c, [obj, key], c.b.delItem(obj, key, c.frame));
}

export function iterOf(c: Ctx, obj: PyObj): G<PyObj> {
  return onStack(c, [obj], c.b.getIter(obj, c.frame));
}

/** `len(obj)`: its __len__'s result, or undefined when the class has none. */
function lenObj(c: Ctx, obj: PyObj): G<PyObj | undefined> {
  return onStack(c, [obj], c.it.callInstanceDunder(obj, '__len__', [], c.frame, c.site));
}

/** `len(self)` as a known number, or undefined. */
function* lenOf(c: Ctx, self: PyObj): G<number | undefined> {
  const r = yield* lenObj(c, self);
  if (!r) return undefined;
  const n = knownInt(r);
  c.it.heap.decref(r);
  return n === undefined ? undefined : Number(n);
}

/** `v is value or v == value`: undefined when the answer is not known. */
function* sameOrEqual(c: Ctx, v: PyObj, value: PyObj): G<boolean | undefined> {
  if (v === value) return true;
  return yield* c.it.truthOf(yield* c.b.compare('==', v, value, c.frame, c.pos), c.frame);
}

// ---- Mapping ----

function* mappingGet(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length < 1 || args.length > 2) return undefined;
  try {
    return yield* sub(c, self, args[0]);
  } catch (err) {
    if (!caught(c, err, 'KeyError')) throw err;
    c.it.heap.decref(err.exc);
    return c.it.heap.incref(args[1] ?? c.b.none)!;
  }
}

function* mappingContains(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length !== 1) return undefined;
  try {
    c.it.heap.decref(yield* sub(c, self, args[0]));
  } catch (err) {
    if (!caught(c, err, 'KeyError')) throw err;
    c.it.heap.decref(err.exc);
    return c.b.bool(false);
  }
  return c.b.bool(true);
}

/** KeysView / ItemsView / ValuesView(self): MappingView's `__slots__ = '_mapping',` holding the mapping. */
export const ABC_VIEW = 'abc view';
const VIEW_TYPES: Record<string, string> = { keys: 'KeysView', items: 'ItemsView', values: 'ValuesView' };

function newView(c: Ctx, self: PyObj, which: string): PyObj {
  const h = c.it.heap;
  const type = VIEW_TYPES[which];
  const v = h.alloc('view', type, h.site(c.pos.line, c.pos.col, type, `${type}(…)`));
  v.iterKind = ABC_VIEW;
  v.slots = new Map([['_mapping', h.incref(self)!]]);
  v.tracked = true;
  return v;
}

export function isAbcView(o: PyObj | undefined): boolean {
  return o?.kind === 'view' && o.iterKind === ABC_VIEW;
}

/** The mapping a KeysView / ItemsView / ValuesView holds. */
export function abcViewMapping(o: PyObj): PyObj | undefined {
  return isAbcView(o) ? o.slots?.get('_mapping') : undefined;
}

function viewMixin(which: string): Mixin {
  return function* (c, self, args) {
    return args.length ? undefined : newView(c, self, which);
  };
}

function* mappingEq(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  const h = c.it.heap;
  const other = args[0];
  if (args.length !== 1) return undefined;
  const mapping = isMapping(c.b, other);
  if (mapping === undefined) return undefined;
  if (!mapping) return h.incref(c.b.builtin('NotImplemented'))!;
  // `dict(self.items()) == dict(other.items())`
  const dicts: PyObj[] = [];
  try {
    for (const side of [self, other]) {
      const view = yield* callOwn(c, side, 'items', []);
      try {
        dicts.push(yield* c.it.callObject(c.b.types.get('dict')!, [h.incref(view)!], [], c.frame, c.site));
      } finally {
        h.decref(view);
      }
    }
    return yield* c.b.compare('==', dicts[0], dicts[1], c.frame, c.pos);
  } finally {
    for (const d of dicts) h.decref(d);
  }
}

/**
 * Whether PyDict_Merge reads `src` through the mapping protocol as the model follows it: an instance
 * (no builtin part) whose keys() is Mapping's mixin or a Python function of its class (not an
 * instance attribute shadowing it).
 */
export function followsMappingProtocol(b: Builtins, src: PyObj): boolean {
  if (src.kind !== 'instance' || src.basePayload || src.fuzzy || src.attrs?.has('keys')) return false;
  return !!abcMixin(b, src.cls, 'keys') || b.lookupClassAttr(src.cls, 'keys')?.kind === 'function';
}

/**
 * dict(m), d.update(m), `{**m}`, `f(**m)` (PyDict_Merge) of an instance with keys(): the keys read into a
 * list first (PyMapping_Keys), then each `m[key]` stored in `d` (C code: no frame of its own). False
 * when not followed (nothing ran).
 */
export function* mergeMappingProtocol(b: Builtins, d: PyObj, src: PyObj, frame: Frame, pos: { line: number; col: number }): G<boolean> {
  if (!followsMappingProtocol(b, src)) return false;
  const h = b.it.heap;
  const c: Ctx = { b, it: b.it, frame, site: { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:merge` }, pos };
  const view = yield* callOwn(c, src, 'keys', []);
  let keys: PyObj[];
  try {
    keys = yield* b.iterateAll(view, frame);
  } finally {
    h.decref(view);
  }
  const list = b.newSeq('list', keys, pos);
  try {
    for (const key of keys) {
      // (PyIter_Next's reference to the key, held until it is stored)
      h.incref(key);
      try {
        const value = yield* b.getItem(src, key, frame);
        yield* lookupKey(b, key, frame);
        b.dictSet(d, h.incref(key)!, value);
      } finally {
        h.decref(key);
      }
    }
  } finally {
    h.decref(list);
  }
  return true;
}

// ---- MutableMapping ----

function* mappingPop(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length < 1 || args.length > 2) return undefined;
  let value: PyObj;
  try {
    value = yield* sub(c, self, args[0]);
  } catch (err) {
    if (!caught(c, err, 'KeyError') || args.length < 2) throw err;
    c.it.heap.decref(err.exc);
    return c.it.heap.incref(args[1])!;
  }
  // (`value` is held by the frame while `del self[key]` runs)
  yield* orRelease(c, [value], del(c, self, args[0]));
  return value;
}

function* mappingPopitem(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  const h = c.it.heap;
  if (args.length) return undefined;
  // `key = next(iter(self))`: the iterator is a temporary, freed once next() returned.
  const itr = yield* iterOf(c, self);
  let key: PyObj | undefined;
  try {
    key = yield* c.b.iterNext(itr, c.frame);
  } finally {
    h.decref(itr);
  }
  if (!key) throw c.it.raiseObj(c.b.cError('KeyError', c.pos), c.frame, true);
  const value = yield* orRelease(c, [key], sub(c, self, key));
  yield* orRelease(c, [key, value], del(c, self, key));
  return c.b.newSeq('tuple', [key, value], c.pos);
}

/** `try: while True: self.<name>() except <error>: pass` (MutableMapping.clear / MutableSequence.clear). */
export function clearBy(name: string, error: string): Mixin {
  return function* (c, self, args) {
    if (args.length) return undefined;
    return yield* drainUntil(c, self, error, () => callOwn(c, self, name, []));
  };
}

/**
 * The clear mixins' loop, `try: while True: <step> except <error>: pass`: each step's result
 * dropped; None once the error ends it.
 */
export function* drainUntil(c: Ctx, self: PyObj, error: string, step: () => G<PyObj>): G<PyObj> {
  for (let n = 0; n < LIMITS.MAX_LOOP_ITERATIONS; n++) {
    try {
      c.it.heap.decref(yield* step());
    } catch (err) {
      if (!caught(c, err, error)) throw err;
      c.it.heap.decref(err.exc);
      return c.b.none;
    }
  }
  // (past the bound: how much is left and what popping it frees are not known)
  c.it.heap.escape(self);
  c.it.noteMayRaise();
  return c.b.none;
}

function* mappingUpdate(c: Ctx, self: PyObj, args: PyObj[], kwargs: [string, PyObj][]): G<PyObj | undefined> {
  const h = c.it.heap;
  if (args.length > 1) return undefined;
  const other = args[0];
  const mapping = other ? isMapping(c.b, other) : false;
  const pairs = other && !mapping && (other.kind === 'list' || other.kind === 'tuple') && !other.cls;
  if (other && !mapping && !pairs) return undefined;
  // (the `**kwds` dict holds the keyword values while the method runs)
  for (const [, v] of kwargs) h.incref(v);
  try {
    if (other) {
      const itr = yield* iterOf(c, other);
      let key: PyObj | undefined;
      try {
        for (let n = 0; n < LIMITS.MAX_LOOP_ITERATIONS; n++) {
          const item = yield* c.b.iterNext(itr, c.frame);
          if (!item) break;
          if (mapping) {
            // `for key in other: self[key] = other[key]`
            h.decref(key);
            key = item;
            const value = yield* sub(c, other, key);
            yield* store(c, self, key, value);
          } else {
            // `for key, value in other: self[key] = value`
            const parts = (item.kind === 'tuple' || item.kind === 'list') && !item.cls && !item.fuzzy && item.items?.length === 2 ? item.items : undefined;
            if (!parts) { h.escape(item); h.decref(item); h.escape(self); c.it.noteMayRaise(); break; }
            h.decref(key);
            key = h.incref(parts[0])!;
            const value = h.incref(parts[1])!;
            h.decref(item);
            // (the local `value` and the stack's reference)
            yield* onStack(c, [value], store(c, self, key, value));
          }
        }
      } finally {
        h.decref(key);
        h.decref(itr);
      }
    }
    // (`for key, value in kwds.items(): self[key] = value`: the locals and the stack hold both)
    for (const [k, v] of kwargs) yield* onStack(c, [v], store(c, self, c.b.newStrImmortal(k), h.incref(v)!));
  } finally {
    for (const [, v] of kwargs) h.decref(v);
  }
  return c.b.none;
}

function* mappingSetdefault(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  const h = c.it.heap;
  if (args.length < 1 || args.length > 2) return undefined;
  const dflt = args[1] ?? c.b.none;
  try {
    return yield* sub(c, self, args[0]);
  } catch (err) {
    if (!caught(c, err, 'KeyError')) throw err;
    // (the handled KeyError stays alive while `self[key] = default` runs)
    try {
      yield* store(c, self, args[0], h.incref(dflt)!);
    } finally {
      h.decref(err.exc);
    }
  }
  return h.incref(dflt)!;
}

// ---- Sequence ----

/** Sequence.__iter__ / __reversed__ and the views' __iter__: generator objects (their frame's variables in `slots`). */
export const ABC_GEN = 'abc generator';

/** Which generator function each of them runs. */
const genKinds = new WeakMap<PyObj, string>();

function newGen(c: Ctx, self: PyObj, kind: string): PyObj {
  const h = c.it.heap;
  const g = h.alloc('iterator', 'generator', h.site(c.pos.line, c.pos.col, 'generator', kind));
  g.iterKind = ABC_GEN;
  genKinds.set(g, kind);
  g.iterIndex = 0;
  g.tracked = true;
  g.slots = new Map([['self', h.incref(self)!]]);
  return g;
}

function* seqIter(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  return args.length ? undefined : newGen(c, self, 'Sequence.__iter__');
}

function* seqReversed(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  return args.length ? undefined : newGen(c, self, 'Sequence.__reversed__');
}

/** A generator frame variable rebound (the old value released). */
function setLocal(c: Ctx, g: PyObj, name: string, v: PyObj | undefined): void {
  const old = g.slots!.get(name);
  if (v) {
    g.slots!.set(name, v);
    c.b.noteStore(g, v);
  } else g.slots!.delete(name);
  c.it.heap.decref(old);
}

/** The generator returned: its frame's variables go. */
function finish(c: Ctx, g: PyObj): void {
  const vars = [...g.slots!.values()];
  g.slots!.clear();
  g.iterIndex = -1;
  for (const v of vars) c.it.heap.decref(v);
}

/** next() of one of the generators above: an owned item, or undefined when it returned. */
export function* abcGenNext(b: Builtins, g: PyObj, frame: Frame): G<PyObj | undefined> {
  const c: Ctx = { b, it: b.it, frame, site: { line: frame.line, col: 0, key: 'abcgen' }, pos: { line: frame.line, col: 0 } };
  const h = b.it.heap;
  const self = g.slots?.get('self');
  if (!self || (g.iterIndex ?? -1) < 0) return undefined;
  try {
    const kind = genKinds.get(g);
    switch (kind) {
      case 'Sequence.__iter__': {
        // `v = self[i]; yield v; i += 1` until IndexError: v stays in the frame while suspended.
        const v = yield* itemOrEnd(c, self, g.iterIndex!);
        if (!v) { finish(c, g); return undefined; }
        setLocal(c, g, 'v', v);
        g.iterIndex!++;
        return h.incref(v)!;
      }
      case 'Sequence.__reversed__': {
        // `for i in reversed(range(len(self))): yield self[i]` (len asked at the first step)
        if (!g.slots!.has('n')) {
          const n = yield* lenOf(c, self);
          if (n === undefined) { h.escape(self); finish(c, g); return b.standIn(frame.line); }
          g.slots!.set('n', b.smallInt(0n));
          g.iterIndex = n;
        }
        if (g.iterIndex! <= 0) { finish(c, g); return undefined; }
        g.iterIndex!--;
        const i = b.newInt(BigInt(g.iterIndex!), c.pos);
        try {
          return yield* sub(c, self, i);
        } finally {
          h.decref(i);
        }
      }
      case 'KeysView.__iter__': case 'ItemsView.__iter__': case 'ValuesView.__iter__': {
        const mapping = abcViewMapping(self) ?? self;
        // (`yield from self._mapping` / `for key in self._mapping`: the iterator is made at the first step)
        if (!g.slots!.has('it')) setLocal(c, g, 'it', yield* iterOf(c, mapping));
        const key = yield* b.iterNext(g.slots!.get('it')!, frame);
        if (!key) { finish(c, g); return undefined; }
        if (kind === 'KeysView.__iter__') return key;
        setLocal(c, g, 'key', key);
        if (kind === 'ValuesView.__iter__') return yield* sub(c, mapping, key);
        // `(key, self._mapping[key])`: key is on the stack for the tuple while the item is read
        const k = h.incref(key)!;
        return b.newSeq('tuple', [k, yield* orRelease(c, [k], sub(c, mapping, key))], c.pos);
      }
      default:
        return undefined;
    }
  } catch (err) {
    // (an exception out of the generator ends it)
    if (err instanceof PyException) finish(c, g);
    throw err;
  }
}

/** iter() of a KeysView / ItemsView / ValuesView: its `__iter__` generator holding the view. */
export function abcViewIter(b: Builtins, view: PyObj, frame: Frame): PyObj {
  const c: Ctx = { b, it: b.it, frame, site: { line: frame.line, col: 0, key: 'abcview' }, pos: { line: frame.line, col: 0 } };
  return newGen(c, view, `${view.type}.__iter__`);
}

function* seqContains(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length !== 1) return undefined;
  const found = yield* scan(c, self, args[0], true);
  return found === undefined ? c.b.unknownBool(c.pos.line, c.pos.col) : c.b.bool(found > 0);
}

/**
 * `for v in self: if v is value or v == value: ...` (the iterator and v held while comparing):
 * the number of equal items (first: stop at the first), undefined when a comparison is not known.
 */
function* scan(c: Ctx, self: PyObj, value: PyObj, first: boolean): G<number | undefined> {
  const h = c.it.heap;
  const itr = yield* iterOf(c, self);
  let v: PyObj | undefined;
  let found = 0;
  try {
    for (let n = 0; n < LIMITS.MAX_LOOP_ITERATIONS; n++) {
      const x = yield* c.b.iterNext(itr, c.frame);
      if (!x) return found;
      h.decref(v);
      v = x;
      const eq = yield* sameOrEqual(c, v, value);
      if (eq === undefined) { c.it.noteMayRaise(); return undefined; }
      if (eq) { found++; if (first) return found; }
    }
    return undefined;
  } finally {
    h.decref(v);
    h.decref(itr);
  }
}

function* seqIndex(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  const h = c.it.heap;
  if (args.length !== 1) return undefined;
  let v: PyObj | undefined;
  try {
    for (let i = 0; i < LIMITS.MAX_LOOP_ITERATIONS; i++) {
      const x = yield* itemOrEnd(c, self, i);
      if (!x) break;
      h.decref(v);
      v = x;
      const eq = yield* sameOrEqual(c, v, args[0]);
      if (eq === undefined) { c.it.noteMayRaise(); return c.b.newInt(undefined, c.pos); }
      if (eq) return c.b.newInt(BigInt(i), c.pos);
    }
  } finally {
    h.decref(v);
  }
  throw c.it.raiseObj(c.b.cError('ValueError', c.pos), c.frame, true);
}

function* seqCount(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length !== 1) return undefined;
  const n = yield* scan(c, self, args[0], false);
  return c.b.newInt(n === undefined ? undefined : BigInt(n), c.pos);
}

// ---- MutableSequence ----

function* seqAppend(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  const h = c.it.heap;
  if (args.length !== 1 || c.b.lookupClassAttr(self.cls, '__len__')?.kind !== 'function') return undefined;
  // `self.insert(len(self), value)`: the bound insert (its self on the stack) first, then len(self).
  const m = yield* c.b.loadMethod(self, 'insert', c.frame, c.site);
  try {
    let n: PyObj | undefined;
    try {
      n = yield* lenObj(c, self);
    } catch (err) {
      h.decref(m.self);
      throw err;
    }
    const owned = [n!, h.incref(args[0])!];
    h.decref(yield* c.it.callObject(m.func, m.self ? [m.self, ...owned] : owned, [], c.frame, c.site));
  } finally {
    h.decref(m.func);
  }
  return c.b.none;
}

function* seqReverse(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  const h = c.it.heap;
  if (args.length) return undefined;
  const n = yield* lenOf(c, self);
  if (n === undefined) return undefined;
  // `self[i], self[n-i-1] = self[n-i-1], self[i]`
  for (let i = 0; i < Math.floor(n / 2) && i < LIMITS.MAX_LOOP_ITERATIONS; i++) {
    const lo = c.b.newInt(BigInt(i), c.pos);
    const hi = c.b.newInt(BigInt(n - i - 1), c.pos);
    try {
      const a = yield* sub(c, self, hi);
      const bv = yield* orRelease(c, [a], sub(c, self, lo));
      yield* orRelease(c, [bv], store(c, self, lo, a));
      yield* store(c, self, hi, bv);
    } finally {
      h.decref(lo);
      h.decref(hi);
    }
  }
  return c.b.none;
}

function* seqExtend(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  const h = c.it.heap;
  if (args.length !== 1) return undefined;
  // (`values = list(values)` when extending by itself)
  // (`values = list(values)`: the list() call's argument on the stack; the parameter's reference
  // goes when the name is rebound, given back here for the caller's release)
  const copied = args[0] === self ? c.b.newSeq('list', yield* onStack(c, [self], c.b.iterateAll(self, c.frame)), c.pos) : undefined;
  if (copied) h.decref(args[0]);
  const values = copied ?? args[0];
  let v: PyObj | undefined;
  try {
    const itr = yield* iterOf(c, values);
    try {
      for (let n = 0; n < LIMITS.MAX_LOOP_ITERATIONS; n++) {
        const x = yield* c.b.iterNext(itr, c.frame);
        if (!x) return c.b.none;
        h.decref(v);
        v = x;
        h.decref(yield* callOwn(c, self, 'append', [v]));
      }
      // (past the bound: the rest appended is not known)
      h.escape(self);
      h.escape(values);
      return c.b.none;
    } finally {
      h.decref(itr);
    }
  } finally {
    h.decref(v);
    if (copied) { h.decref(copied); h.incref(args[0]); }
  }
}

function* seqPop(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length > 1) return undefined;
  const idx = args[0] ?? c.b.smallInt(-1n);
  const v = yield* sub(c, self, idx);
  yield* orRelease(c, [v], del(c, self, idx));
  return v;
}

function* seqRemove(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length !== 1) return undefined;
  // `del self[self.index(value)]` (self already on the stack for the del)
  const i = yield* onStack(c, [self], callOwn(c, self, 'index', [args[0]]));
  try {
    yield* del(c, self, i);
  } finally {
    c.it.heap.decref(i);
  }
  return c.b.none;
}

function* seqIadd(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  if (args.length !== 1) return undefined;
  c.it.heap.decref(yield* callOwn(c, self, 'extend', [args[0]]));
  return c.it.heap.incref(self)!;
}

function* iteratorIter(c: Ctx, self: PyObj, args: PyObj[]): G<PyObj | undefined> {
  return args.length ? undefined : c.it.heap.incref(self)!;
}

const IMPLS: Record<string, Mixin> = {
  'Iterator.__iter__': iteratorIter,
  'Mapping.get': mappingGet,
  'Mapping.__contains__': mappingContains,
  'Mapping.keys': viewMixin('keys'),
  'Mapping.items': viewMixin('items'),
  'Mapping.values': viewMixin('values'),
  'Mapping.__eq__': mappingEq,
  'MutableMapping.pop': mappingPop,
  'MutableMapping.popitem': mappingPopitem,
  'MutableMapping.clear': clearBy('popitem', 'KeyError'),
  'MutableMapping.update': mappingUpdate,
  'MutableMapping.setdefault': mappingSetdefault,
  'Sequence.__iter__': seqIter,
  'Sequence.__contains__': seqContains,
  'Sequence.__reversed__': seqReversed,
  'Sequence.index': seqIndex,
  'Sequence.count': seqCount,
  'MutableSequence.append': seqAppend,
  'MutableSequence.clear': clearBy('pop', 'IndexError'),
  'MutableSequence.reverse': seqReverse,
  'MutableSequence.extend': seqExtend,
  'MutableSequence.pop': seqPop,
  'MutableSequence.remove': seqRemove,
  'MutableSequence.__iadd__': seqIadd,
  ...SET_IMPLS,
};

/**
 * A type slot (`in`, `+=`, `==`, `iter()`) calling the mixin `name` resolves to on `self`: the
 * frame's own references to self and the arguments while it runs. Undefined when not followed.
 */
export function* callAbcMixinFromSlot(b: Builtins, self: PyObj, name: string, args: PyObj[], frame: Frame, pos: { line: number; col: number }): G<PyObj | undefined> {
  const full = abcMixin(b, self.kind === 'instance' ? self.cls : undefined, name);
  const impl = full ? IMPLS[full.slice(PREFIX.length)] : undefined;
  if (!impl) return undefined;
  const h = b.it.heap;
  const held = [self, ...args];
  for (const a of held) h.incref(a);
  try {
    return yield* impl({ b, it: b.it, frame, site: { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:abc` }, pos }, self, args, []);
  } finally {
    for (const a of held) h.decref(a);
  }
}

/** A mixin called as a bound method (`rec.get(k)`): args[0] is self, all borrowed. */
export function* abcMixinCall(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, site, pos, unknownCall } = call;
  const impl = IMPLS[name.slice(PREFIX.length)];
  const self = args[0];
  // (only update takes keywords; `Mapping.get(obj, k)` of another object is not followed)
  if (!impl || !self || self.kind !== 'instance' || !abcChainOf(b, self.cls) || (kwargs.length && !name.endsWith('.update'))) return unknownCall();
  return (yield* impl({ b, it, frame, site, pos }, self, args.slice(1), kwargs)) ?? unknownCall();
}
