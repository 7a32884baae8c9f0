// copy.copy and copy.deepcopy over what the model knows exactly, as CPython's
// Lib/copy.py (3.11-3.13) does them; anything else is left to the caller's
// unknown call.
//
// What the reference counts see after the call:
// - copy.copy: the immutable kinds (_copy_immutable) return the object
//   itself; exact lists, dicts and sets their .copy(); an instance of a plain
//   class goes through object.__reduce_ex__(4): a new instance (no __init__)
//   whose __dict__ is updated from the original's, both dicts made real
//   objects on the way (object.__getstate__ and `y.__dict__.update`), when
//   the original has attributes.
// - copy.deepcopy: the atomic kinds return themselves; lists and dicts are
//   new containers of deep copies; a tuple whose deep-copied items are all
//   the same objects is itself (_deepcopy_tuple), else a new tuple; a set is
//   rebuilt from its items (set.__reduce__); instances as above, with deep
//   copies of their attributes. The memo maps each copied object to its copy,
//   so shared references and cycles are copied as shared references and
//   cycles; the memo and its keep-alive list die when deepcopy returns, so
//   they hold nothing afterwards.
// - deepcopy(x, memo) with the caller's dict: what the call memoizes stays
//   there, as copy.py leaves it (measured on 3.11-3.13): memo[id(o)] = copy for
//   each list, dict, copied tuple and instance (lists, dicts and instances when
//   their copy starts, tuples when done), and memo[id(memo)] a list keeping each
//   such original alive, appended as each copy is done. An instance's state is
//   its __dict__ deep-copied as a dict of its own: that dict and the original
//   __dict__ are memoized too. An object found there is the copy itself.
import { copyArray, isArray } from './arrayState';
import { copyTracking } from './dictCopyTracking';
import { LIMITS } from './limits';
import { cacheSlotnames, noteInstanceDictUpdate, storeNewDictKey } from './instanceDicts';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import { PyException, runSync } from './interpreter';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { knownClass } from './operators';
import { copyThroughReduce, reduceHook } from './copyReduce';
import { copiesAsItself } from './pureValues';
import { isEnumMemberObj } from './enums';
import { weakCopy } from './weakContainers';

interface Pos {
  line: number;
  col: number;
}

/** Kinds copy.copy returns as they are (Lib/copy.py's _copy_immutable list), when the type is the exact builtin. */
const IMMUTABLE_COPY: ReadonlySet<string> = new Set(['int', 'float', 'complex', 'str', 'bytes', 'bool', 'tuple', 'frozenset', 'range', 'slice']);
/** Kinds deepcopy returns as they are (its _deepcopy_atomic list). */
const ATOMIC_DEEP: ReadonlySet<string> = new Set(['int', 'float', 'complex', 'str', 'bytes', 'bool', 'range']);
/** Hooks that change how an instance is copied (or can answer `hasattr(y, '__setstate__')`): not the plain path. */
const COPY_HOOKS = ['__copy__', '__deepcopy__', '__reduce__', '__reduce_ex__', '__getstate__', '__setstate__', '__new__', '__getattr__', '__getattribute__'];

/** What deepcopy never looks up: a class's __copy__ (only copy.copy calls it). */
const DEEP_IGNORES = ['__copy__'];
/** What pickle never looks up. */
export const PICKLE_IGNORES = ['__copy__', '__deepcopy__'];

/**
 * An exact OrderedDict or defaultdict of known content with no attributes of its own. copy.copy
 * gives a new one of the same type, factory and entries (defaultdict.__copy__; OrderedDict through
 * odict_reduce and _reconstruct's `y[key] = value`); deepcopy the same with deep copies, the
 * defaultdict's args tuple (its factory) deep-copied first, memo[id(x)] set before the items.
 */
function dictFlavour(o: PyObj): boolean {
  return o.kind === 'dict' && (o.type === 'OrderedDict' || o.type === 'defaultdict') && !o.cls && !!o.entries && !o.fuzzy && !o.instanceDict;
}

/** The empty container copy.py's reconstruction starts from: the same type, `factory` (owned) its default_factory. */
function emptyLike(b: Builtins, o: PyObj, pos: Pos, factory: PyObj | undefined): PyObj {
  const d = b.newDict(pos);
  d.type = o.type;
  d.tracked = true;
  if (factory) d.defaultFactory = factory;
  return d;
}

/**
 * Objects of kind 'builtin' copy.py gives back as they are: builtin functions (and bound C methods,
 * types.BuiltinFunctionType in _copy_immutable's list), functions the model builds as builtins
 * (dataclass's generated methods), compiled patterns and matches (their __copy__ / __deepcopy__
 * return self). The model's other 'builtin' objects are library instances (an array, a ChainMap, a
 * partial, a Struct, a lock ...) whose copy is a new object or an error.
 */
const SHARED_BUILTIN_TYPES: ReadonlySet<string> = new Set(['builtin_function_or_method', 'function', 're.Pattern', 're.Match']);

/** The same object for either copy: singletons, functions, classes, builtin functions, properties, weak references. */
function sharedAlways(o: PyObj): boolean {
  switch (o.kind) {
    case 'none': case 'ellipsis': case 'notimpl': case 'function': case 'class': case 'property':
      return true;
    case 'builtin':
      return SHARED_BUILTIN_TYPES.has(o.type);
    case 'weakref':
      return o.type === 'weakref';
    default:
      return false;
  }
}

/**
 * An instance copy.py copies through object.__reduce_ex__: a class built only of user classes without copy hooks, slots or a custom __new__.
 * `ignore`: hooks the caller's protocol never looks up (deepcopy and pickle never call __copy__; pickle never calls __deepcopy__).
 */
export function plainInstance(b: Builtins, o: PyObj, ignore: readonly string[] = []): boolean {
  const cls = o.cls;
  if (o.kind !== 'instance' || !cls || o.fuzzy || !o.attrs || o.slots) return false;
  if (!knownClass(cls) || !cls.mroTuple!.items!.every((c) => !c.slotNames && !c.fuzzy)) return false;
  if (COPY_HOOKS.some((h) => !ignore.includes(h) && b.lookupClassAttr(cls, h))) return false;
  // A __dict__ someone else holds would be copied through the memo as its own object.
  return !o.dictObj || o.dictObj.rc <= 1;
}

/** An instance of classes that all have __slots__ (no __dict__) and no copy hooks: its state is its slots. */
export function slottedInstance(b: Builtins, o: PyObj, ignore: readonly string[] = []): boolean {
  const cls = o.cls;
  if (o.kind !== 'instance' || !cls || o.fuzzy || !o.slots || o.attrs || o.dictObj || o.basePayload) return false;
  if (!knownClass(cls) || !cls.mroTuple!.items!.every((c) => !c.fuzzy)) return false;
  return !COPY_HOOKS.some((h) => !ignore.includes(h) && b.lookupClassAttr(cls, h));
}

/**
 * The copy of a slotted instance: cls.__new__(cls), then setattr for each slot that is set
 * (object.__getstate__ gives (None, {slot: value}); copy._reconstruct sets them), each value
 * through `valueOf`. `memo` learns the copy first.
 */
function copySlotted(b: Builtins, o: PyObj, pos: Pos, valueOf: (v: PyObj) => PyObj, memo?: DeepMemo): PyObj {
  const y = b.bareInstance(o.cls!, pos);
  memo?.set(o, y);
  cacheSlotnames(b, o.cls!, pos);
  for (const [k, v] of [...o.slots!]) {
    const c = valueOf(v);
    y.slots!.set(k, c);
    b.noteStore(y, c);
  }
  return y;
}

/**
 * The copy of plain instance `o`: cls.__new__(cls), then (when `o` has
 * attributes) both __dict__s made real by object.__getstate__ and
 * `y.__dict__.update(state)`, each value through `valueOf` (a new
 * reference). `memo` learns the copy before its values are copied.
 */
function copyInstance(b: Builtins, o: PyObj, pos: Pos, valueOf: (v: PyObj) => PyObj, memo?: DeepMemo): PyObj {
  const y = b.bareInstance(o.cls!, pos);
  memo?.set(o, y);
  cacheSlotnames(b, o.cls!, pos);
  if (o.attrs!.size) {
    const od = b.materializeDict(o, pos);
    const yd = b.materializeDict(y, pos);
    // (the state, `od` deep-copied: a dict of its own, which only a caller's memo keeps)
    const state = memo?.keepsState ? stateDict(b, pos) : undefined;
    if (state) {
      memo!.set(od, state);
      b.it.heap.decref(state); // (the memo's reference is the one it keeps)
    }
    // (a combined source table — deepcopy's state is a new dict — may be cloned rather than
    // inserted name by name: instanceDicts.ts)
    if (!od.splitKeysOf || memo) noteInstanceDictUpdate(b, yd);
    for (const [k, v] of [...o.attrs!]) {
      const c = valueOf(v);
      storeNewDictKey(b, y, yd, k, c);
      if (state) state.attrs!.set(k, b.it.heap.incref(c)!);
    }
    if (state) memo!.keep(od);
  }
  return y;
}

/** A new dict of attribute names (the state deepcopy copies an instance's __dict__ into). */
function stateDict(b: Builtins, pos: Pos): PyObj {
  const d = b.it.heap.alloc('dict', 'dict', b.it.heap.site(pos.line, pos.col, 'dict', 'deepcopy state'));
  d.attrs = new Map();
  d.tracked = true;
  return d;
}

/**
 * deepcopy's memo: the originals copied so far and their copies, and, when the caller gave
 * its dict, that dict's new entries and keep-alive list as copy.py writes them.
 */
class DeepMemo {
  private readonly map = new Map<PyObj, PyObj>();
  private keepList: PyObj | undefined;

  constructor(private readonly b: Builtins, private readonly pos: Pos, private readonly dict?: PyObj) {}

  /** Whether an instance's state dict is kept (only a caller's memo outlives the call). */
  get keepsState(): boolean {
    return !!this.dict;
  }

  /** Reads the caller's memo: false when it holds anything but what deepcopy writes there. */
  load(): boolean {
    for (const e of this.dict!.entries!.values()) {
      const orig = e.key.kind === 'int' && e.key.fromId ? e.key.idOf : undefined;
      if (!orig) return false;
      if (orig !== this.dict) this.map.set(orig, e.value);
      else if (e.value.kind === 'list' && e.value.type === 'list' && !e.value.fuzzy) this.keepList = e.value;
      else return false;
    }
    return true;
  }

  get(o: PyObj): PyObj | undefined {
    return this.map.get(o);
  }

  /** memo[id(o)] = y (a new entry of the caller's dict). */
  set(o: PyObj, y: PyObj): void {
    if (this.map.has(o)) return;
    this.map.set(o, y);
    if (this.dict) this.b.dictSet(this.dict, this.b.idInt(o, this.pos), this.b.it.heap.incref(y)!);
  }

  /** _keep_alive(o, memo): o appended to memo[id(memo)], made by the first one. */
  keep(o: PyObj): void {
    if (!this.dict) return;
    const h = this.b.it.heap;
    if (!this.keepList || !this.keepList.alive) {
      this.keepList = this.b.newSeq('list', [], this.pos);
      this.b.dictSet(this.dict, this.b.idInt(this.dict, this.pos), this.keepList);
    }
    this.keepList.items!.push(h.incref(o)!);
    this.b.noteStore(this.keepList, o);
  }
}

/**
 * Whether copy.copy / copy.deepcopy give `o` back itself, memoizing nothing: a Decimal or Fraction,
 * or an enum member (enum.py's Enum defines `__copy__` and `__deepcopy__` as `return self`, 3.11-3.13)
 * of a class that overrides neither and does not answer attribute lookups itself.
 */
function returnsItself(b: Builtins, o: PyObj): boolean {
  if (copiesAsItself(o)) return true;
  if (!isEnumMemberObj(o) || o.cls!.foreignMeta) return false;
  return ['__copy__', '__deepcopy__', '__getattribute__', '__getattr__'].every((n) => b.lookupClassAttr(o.cls!, n) === undefined);
}

/** copy.copy(x): a new reference, or undefined when the model cannot say exactly. */
export function shallowCopy(b: Builtins, it: Interpreter, x: PyObj, pos: Pos): PyObj | undefined {
  const h = it.heap;
  if (returnsItself(b, x)) return h.incref(x)!;
  if (x.kind === 'unknown' || x.fuzzy && !x.immortal) return undefined;
  if (sharedAlways(x) || (IMMUTABLE_COPY.has(x.kind) && x.type === x.kind)) return h.incref(x)!;
  if (x.kind === 'list' && x.type === 'list') return b.newSeq('list', (x.items ?? []).map((v) => h.incref(v)!), pos);
  if (isArray(x)) return copyArray(b, x, pos);
  if (x.kind === 'dict' && x.type === 'dict' && x.entries) {
    const d = b.newDict(pos);
    b.dictUpdate(d, x);
    copyTracking(x, d);
    return d;
  }
  if (x.kind === 'set' && x.type === 'set' && x.entries) return b.newSet([...x.entries.values()].map((e) => h.incref(e.key)!), pos, 'set');
  if (dictFlavour(x)) {
    const d = emptyLike(b, x, pos, h.incref(x.defaultFactory));
    for (const e of [...x.entries!.values()]) b.dictSet(d, h.incref(e.key)!, h.incref(e.value)!);
    return d;
  }
  // (a WeakValueDictionary's / WeakKeyDictionary's __copy__ is its copy(); a WeakSet has none: its
  // __reduce__ state, reconstructed, would share the original's data)
  if (x.weakContainer && x.type !== 'WeakSet') return weakCopy(b, x, pos);
  if (plainInstance(b, x)) return copyInstance(b, x, pos, (v) => h.incref(v)!);
  if (slottedInstance(b, x)) return copySlotted(b, x, pos, (v) => h.incref(v)!);
  return undefined;
}

/** Whether deepcopy of `o` can be followed exactly: every object it reaches is one of the kinds below. */
function deepCopyable(b: Builtins, o: PyObj, seen: Set<PyObj>, memo?: DeepMemo, depth = 0, hooks?: PyObj[]): boolean {
  if (seen.has(o)) return true;
  seen.add(o);
  // (found in the caller's memo: its copy is the answer, nothing of it is read)
  if (memo?.get(o)) return true;
  // (its __deepcopy__ answers itself: nothing is memoized, y being x)
  if (returnsItself(b, o)) return true;
  if (o.kind === 'unknown' || (o.fuzzy && !o.immortal)) return false;
  if (sharedAlways(o) || (ATOMIC_DEEP.has(o.kind) && o.type === o.kind)) return true;
  // (an array's __deepcopy__ is its __copy__: it holds no object to copy further)
  if (isArray(o)) return true;
  // (deeper than CPython's deepcopy goes before its RecursionError: left unknown; this bounds the copy's recursion too)
  if (depth >= LIMITS.MAX_DEEPCOPY_DEPTH) return false;
  const each = (v: PyObj): boolean => deepCopyable(b, v, seen, memo, depth + 1, hooks);
  // (an instance whose class has __deepcopy__: the hook decides what of it is copied, called when reached)
  if (hooks && deepcopyHook(b, o)) { hooks.push(o); return true; }
  // (so does one with __reduce_ex__ / __reduce__: its answer is deep-copied when reached, copyReduce.ts)
  if (hooks && reduceHook(b, o)) { hooks.push(o); return true; }
  if ((o.kind === 'list' || o.kind === 'tuple') && o.type === o.kind) return (o.items ?? []).every(each);
  if ((o.kind === 'dict' || o.kind === 'set') && o.type === o.kind && o.entries) {
    return [...o.entries.values()].every((e) => each(e.key) && each(e.value));
  }
  // (a caller's memo would keep the reduce args tuple: not followed then)
  if (dictFlavour(o) && !memo?.keepsState) return (!o.defaultFactory || each(o.defaultFactory)) && [...o.entries!.values()].every((e) => each(e.key) && each(e.value));
  if (plainInstance(b, o, DEEP_IGNORES)) return [...o.attrs!.values()].every(each);
  // (a caller's memo would keep the (None, slots) state tuple and its dict: not followed then)
  if (slottedInstance(b, o, DEEP_IGNORES) && !memo?.keepsState) return [...o.slots!.values()].every(each);
  return false;
}

/** copy.deepcopy(x): a new reference, or undefined when the model cannot say exactly. */
export function deepCopy(b: Builtins, it: Interpreter, x: PyObj, pos: Pos, callerMemo?: PyObj, at?: { frame: Frame; site: CallSite }): PyObj | undefined {
  const h = it.heap;
  // (a caller's memo: an exact dict of what deepcopy writes there)
  if (callerMemo && (callerMemo.kind !== 'dict' || callerMemo.type !== 'dict' || !callerMemo.entries || callerMemo.fuzzy)) return undefined;
  let memo = new DeepMemo(b, pos, callerMemo);
  if (callerMemo && !memo.load()) return undefined;
  let reached = new Set<PyObj>();
  // Items whose class has __deepcopy__ (only where the call can run Python code): each is called
  // with the memo, so deepcopy's memo is then a real dict (its own new one when the caller gave none,
  // freed when the call returns), as copy.py passes it.
  const hooks: PyObj[] = [];
  if (!deepCopyable(b, x, reached, memo, 0, at ? hooks : undefined)) return undefined;
  const ownDict = hooks.length && !callerMemo ? b.newDict(pos) : undefined;
  if (ownDict) {
    memo = new DeepMemo(b, pos, ownDict);
    // (slotted instances' state would be kept in that memo: checked again with it)
    reached = new Set();
    if (!deepCopyable(b, x, reached, memo, 0, [])) { h.decref(ownDict); return undefined; }
  }
  // (sets are rebuilt through set.__reduce__, whose temporary list and args tuple a caller's memo would keep too)
  if ((callerMemo || ownDict) && [...reached].some((o) => o.kind === 'set' && !memo.get(o))) { h.decref(ownDict); return undefined; }
  try {
    return deepCopyWith(b, it, x, pos, memo, callerMemo ?? ownDict, at);
  } finally {
    h.decref(ownDict);
  }
}

function deepCopyWith(b: Builtins, it: Interpreter, x: PyObj, pos: Pos, memo: DeepMemo, dict: PyObj | undefined, at?: { frame: Frame; site: CallSite }): PyObj {
  const h = it.heap;
  // Every object reached was checked by deepCopyable: each case below applies.
  const deep = (o: PyObj): PyObj => {
    const seen = memo.get(o);
    if (seen) return h.incref(seen)!;
    if (at && dict && deepcopyHook(b, o)) {
      // deepcopy(o, memo) → o.__deepcopy__(memo) (a plain Python call, run to its end here);
      // what it wrote to the memo is read back.
      const y = runSync(callDeepcopyHook(b, it, o, deepcopyHook(b, o)!, dict, at.frame, at.site));
      if (!memo.load()) b.fuzzContent(dict);
      return y;
    }
    const reduce = at && dict ? reduceHook(b, o) : undefined;
    if (reduce) {
      // deepcopy → _reconstruct(x, memo, *rv): the arguments and state deep-copied with this
      // memo (each checked first: what is not followed leaves the copy open); then, the copy
      // not being x, memo[id(x)] = y and x kept alive.
      // (a set's set.__reduce__ temporaries would be memoized too: not followed, as above)
      const copyOf = (v: PyObj): PyObj | undefined => {
        const seen = new Set<PyObj>();
        return deepCopyable(b, v, seen, memo, 0, []) && ![...seen].some((s) => s.kind === 'set' && !memo.get(s)) ? deep(v) : undefined;
      };
      // (reached inside another object: the loop variable of _deepcopy_list / _dict / _tuple or
      // _reconstruct's generator, and deepcopy's own frame, hold it while it is copied)
      const nested = o !== x ? 2 : 0;
      for (let i = 0; i < nested; i++) h.incref(o);
      let y: PyObj | undefined;
      try {
        y = runSync(copyThroughReduce(b, it, o, reduce, at!.frame, at!.site, { set: (k, v) => memo.set(k, v), copy: copyOf }));
      } finally {
        for (let i = 0; i < nested; i++) h.decref(o);
      }
      if (!y) return b.unknown(pos.line, pos.col);
      if (y !== o) { memo.set(o, y); memo.keep(o); }
      return y;
    }
    if (o.kind === 'list' && o.type === 'list') {
      const y = b.newSeq('list', [], pos);
      memo.set(o, y);
      for (const v of o.items ?? []) {
        const c = deep(v);
        y.items!.push(c);
        b.noteStore(y, c);
      }
      memo.keep(o);
      return y;
    }
    if (o.kind === 'tuple' && o.type === 'tuple') {
      const items = o.items ?? [];
      const ys = items.map(deep);
      // The tuple may have been copied meanwhile through a cycle; a tuple whose copies are its items is itself.
      const mine = memo.get(o);
      if (mine || ys.every((c, i) => c === items[i])) {
        for (const c of ys) h.decref(c);
        // (deepcopy keeps the original alive again even when the copy came from the memo)
        if (mine) memo.keep(o);
        return h.incref(mine ?? o)!;
      }
      const y = b.newSeq('tuple', ys, pos);
      memo.set(o, y);
      memo.keep(o);
      return y;
    }
    if (o.kind === 'dict' && o.type === 'dict' && o.entries) {
      const y = b.newDict(pos);
      memo.set(o, y);
      for (const e of [...o.entries.values()]) {
        const k = deep(e.key);
        b.dictSet(y, k, deep(e.value));
      }
      memo.keep(o);
      return y;
    }
    if (dictFlavour(o)) {
      const y = emptyLike(b, o, pos, o.defaultFactory ? deep(o.defaultFactory) : undefined);
      memo.set(o, y);
      for (const e of [...o.entries!.values()]) {
        const k = deep(e.key);
        b.dictSet(y, k, deep(e.value));
      }
      memo.keep(o);
      return y;
    }
    if (isArray(o)) {
      // (deepcopy → array.__deepcopy__(memo): a new array; not x, so memoized and x kept alive)
      const y = copyArray(b, o, pos);
      memo.set(o, y);
      memo.keep(o);
      return y;
    }
    if (o.kind === 'set' && o.type === 'set' && o.entries) {
      // set.__reduce__: set(list(items)), the list deep-copied; the copies of hashable items are the items.
      const y = b.newSet([...o.entries.values()].map((e) => deep(e.key)), pos, 'set');
      memo.set(o, y);
      return y;
    }
    if (o.kind === 'instance') {
      const y = o.slots && !o.attrs ? copySlotted(b, o, pos, deep, memo) : copyInstance(b, o, pos, deep, memo);
      memo.keep(o);
      return y;
    }
    // The atomic and always-shared kinds.
    return h.incref(o)!;
  };
  return deep(x);
}

/**
 * copy.deepcopy(x, memo) of an instance whose class defines __deepcopy__ (Lib/copy.py, 3.11-3.13,
 * measured): a memo found entry is the answer; else `copier = getattr(x, "__deepcopy__")` (a bound
 * method holding x while it runs) is called with the memo — deepcopy's own new dict when the
 * caller gave none, alive only for the call — and, when the result is not x, `memo[id(x)] = y`
 * and x appended to the keep-alive list memo[id(memo)]. Undefined when the model cannot follow it.
 */
export function* deepCopyThroughHook(b: Builtins, it: Interpreter, x: PyObj, frame: Frame, site: CallSite, callerMemo?: PyObj): G<PyObj | undefined> {
  const h = it.heap;
  const hook = deepcopyHook(b, x);
  if (!hook) return undefined;
  if (callerMemo && (callerMemo.kind !== 'dict' || callerMemo.type !== 'dict' || !callerMemo.entries || callerMemo.fuzzy)) return undefined;
  const pos = { line: site.line, col: site.col };
  const dict = callerMemo ?? b.newDict(pos);
  const memo = new DeepMemo(b, pos, dict);
  try {
    if (!memo.load()) return undefined;
    const found = memo.get(x);
    if (found) return h.incref(found)!;
    return yield* callDeepcopyHook(b, it, x, hook, dict, frame, site);
  } finally {
    if (!callerMemo) h.decref(dict);
  }
}

/** The class's own __deepcopy__ function of a known instance (a class __getattribute__ would answer getattr(x, "__deepcopy__") itself). */
function deepcopyHook(b: Builtins, x: PyObj): PyObj | undefined {
  if (x.kind !== 'instance' || x.fuzzy || !x.cls) return undefined;
  const hook = b.lookupClassAttr(x.cls, '__deepcopy__');
  return hook?.kind === 'function' && !b.lookupClassAttr(x.cls, '__getattribute__') ? hook : undefined;
}

/**
 * `copier = getattr(x, "__deepcopy__"); y = copier(memo)` (the bound method holding x while it runs),
 * then, when y is not x, `memo[id(x)] = y` and x appended to the keep-alive list memo[id(memo)].
 */
function* callDeepcopyHook(b: Builtins, it: Interpreter, x: PyObj, hook: PyObj, dict: PyObj, frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  h.incref(x); // (the bound method copier)
  let y: PyObj;
  try {
    y = yield* it.callFromC(hook, [x, dict], frame, site);
  } catch (err) {
    // (the traceback keeps deepcopy's frame: x, the memo and what the hook put there)
    if (err instanceof PyException) { h.escape(x); h.escape(dict); }
    throw err;
  } finally {
    h.decref(x);
  }
  if (y !== x) {
    // (read again: the hook may have written to the memo, a nested deepcopy its keep-alive list)
    const after = new DeepMemo(b, pos, dict);
    if (after.load()) {
      after.set(x, y);
      after.keep(x);
    } else {
      // (entries the model does not read: where x and y are kept is not known)
      h.escape(x);
      h.escape(y);
      b.fuzzContent(dict);
    }
  }
  return y;
}
