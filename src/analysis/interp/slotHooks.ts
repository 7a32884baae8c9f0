// Type slots CPython fills from a class's own dunders and calls from C code, where the program
// never writes the dunder's name. Each call of the C function runs the class's Python method once,
// self borrowed (slot_nb_index / slot_tp_hash call it through vectorcall_method: no bound method).
// Measured the same on 3.11-3.13:
//
// | slot     | dunder      | called where |
// | -------- | ----------- | ------------ |
// | nb_index | `__index__` | PyNumber_AsSsize_t / PyNumber_Index: `seq[i]`, `seq[i] = v`, `del seq[i]` of a list, tuple, str, bytes, bytearray, range, array, memoryview (a class's own `__getitem__` gets the object instead); each part of a slice applied to one (_PyEval_SliceIndex, PySlice_Unpack: step, start, stop); the integer arguments of the builtins in INDEX_ARGUMENTS; a sequence repeat; `%x`-style conversions |
// | tp_hash  | `__hash__`  | PyObject_Hash: a dict / set key looked up or stored (`d[k]`, `d[k] = v`, `del d[k]`, `k in d`, get / pop / setdefault, add / discard / remove, set(it), displays, dict(pairs)); a tuple hashes each item (no cache before 3.14); never for a key taken from a set or dict (its stored hash is reused) |
//
// A hook that raises ends the operation with its exception; a result of the wrong type is a
// TypeError ("__index__ returned non-int", "__hash__ method should return an integer").
import type { Builtins } from './builtins';
import { generatedHash, runGeneratedHash } from './dataclassHash';
import type { Frame } from './frame';
import type { CallSite, G } from './interpreter';
import { opaqueValue, PyObj } from './objects';
import { exactBuiltin, notIterable, typeError } from './typeErrors';
import { indexHook } from './numberHooks';
import { isPurePath, pathNormcased } from './pathlibModel';

/** The class's own Python `name` of instance x, as the slot finds it. */
function ownHook(bi: Builtins, x: PyObj | undefined, name: '__index__' | '__hash__'): PyObj | undefined {
  return x ? bi.it.instanceDunder(x, name) : undefined;
}

/** Whether x is an instance whose class defines its own Python `__index__`. */
export function hasIndexHook(bi: Builtins, x: PyObj | undefined): boolean {
  return !!ownHook(bi, x, '__index__');
}

/**
 * Runs the result check of a hook: an int (or bool, an int subclass: only a DeprecationWarning)
 * passes, an exact builtin of another type is a TypeError; anything the model cannot tell may raise.
 */
function checkIntResult(bi: Builtins, r: PyObj, message: string, frame: Frame): void {
  if (r.kind === 'int' || r.kind === 'bool') return;
  if (exactBuiltin(r)) {
    bi.it.heap.decref(r);
    throw bi.it.raiseObj(typeError(bi, message, { line: frame.line, col: 0 }), frame, true);
  }
  bi.it.noteMayRaise();
}

/**
 * PyNumber_Index on x when its class has its own `__index__`: the int the hook returned (owned),
 * which the operation then uses in x's place; undefined for any other x (the caller uses x).
 */
export function* runIndex(bi: Builtins, x: PyObj, frame: Frame): G<PyObj | undefined> {
  const pos = { line: frame.line, col: 0 };
  // (the result checks are PyNumber_Index's, numberHooks.indexHook: one place for both)
  return yield* indexHook({ it: bi.it, frame, site: { ...pos, key: `${frame.line}:0:index` }, pos }, x);
}

/**
 * An operation that may run x's `name` hook any number of times (a format the model cannot read,
 * a lookup through mappings it does not know): the hook runs once under an unknown condition, so
 * what it stores is open afterwards. Always undefined.
 */
export function maybeRunHook(bi: Builtins, x: PyObj, name: '__index__' | '__hash__', frame: Frame, site: CallSite): undefined {
  const m = ownHook(bi, x, name);
  if (!m || bi.it.inUncalledRun) return undefined;
  const h = bi.it.heap;
  const bound = bi.boundMethodObject(h.incref(m)!, h.incref(x)!, name, site);
  bi.it.runEscapedCallables([bound], frame, site);
  h.decref(bound);
  return undefined;
}

/**
 * What builtin `name` does when its argument's `__index__` raised `exc` (which it then clears):
 * islice raises its own ValueError; bytes(x) / bytearray(x) clear a TypeError and go on to copy x
 * ('iterate'), which an object that is not iterable refuses with a TypeError of their own;
 * undefined: `exc` passes.
 */
export function replacedIndexError(bi: Builtins, name: string, args: readonly PyObj[], exc: PyObj): 'ValueError' | 'TypeError' | 'iterate' | undefined {
  if (name === 'itertools.islice') return 'ValueError';
  if (name !== 'bytes' && name !== 'bytearray') return undefined;
  if (!bi.isSubclass(bi.classOf(exc), bi.types.get('TypeError')!)) return undefined;
  return notIterable(args[0]) ? 'TypeError' : 'iterate';
}

/**
 * `seq * n`, `n * seq`, `seq *= n` with an exact list, tuple, str or bytes and n an object whose
 * class has its own `__index__` and neither `__mul__` nor `__rmul__` (binary_op1 finds no number
 * slot: PyNumber_Multiply repeats the sequence, sequence_repeat reading n's index): the hook runs
 * once and the repeat is the int's. Undefined for any other operands.
 */
export function* repeatByIndex(bi: Builtins, l: PyObj, r: PyObj, frame: Frame, inplace: boolean, pos: { line: number; col: number }): G<PyObj | undefined> {
  const n = repeatable(l) ? r : repeatable(r) ? l : undefined;
  if (!n || !hasIndexHook(bi, n) || bi.lookupClassAttr(n.cls, '__mul__') || bi.lookupClassAttr(n.cls, '__rmul__') || bi.lookupClassAttr(n.cls, '__imul__')) return undefined;
  const i = (yield* runIndex(bi, n, frame))!;
  try {
    return yield* bi.binop('*', n === r ? l : i, n === r ? i : r, frame, inplace, pos);
  } finally {
    bi.it.heap.decref(i);
  }
}

/** A builtin sequence with sq_repeat the model repeats itself (no subclass: its class may define __mul__). */
function repeatable(x: PyObj): boolean {
  return !x.cls && !x.fuzzyValue && (x.kind === 'list' || x.kind === 'tuple' || x.kind === 'str' || x.kind === 'bytes') && x.type === (x.type === 'bytearray' ? 'bytearray' : x.kind);
}

/**
 * A slice whose parts the sequence converts (step, start, stop, as PySlice_Unpack does): a new slice
 * of the hooks' ints (owned), or undefined when no part has its own `__index__`.
 */
export function* runSliceIndexes(bi: Builtins, s: PyObj, frame: Frame): G<PyObj | undefined> {
  const parts = s.sliceParts ?? [];
  if (!parts.some((p) => hasIndexHook(bi, p))) return undefined;
  const h = bi.it.heap;
  const out: (PyObj | undefined)[] = parts.map((p) => (p && !hasIndexHook(bi, p) ? h.incref(p) : undefined));
  try {
    for (const i of [2, 0, 1]) {
      const p = parts[i];
      if (p && hasIndexHook(bi, p)) out[i] = yield* runIndex(bi, p, frame);
    }
  } catch (err) {
    for (const p of out) h.decref(p);
    throw err;
  }
  // (a model-only stand-in for the slice as the sequence reads it: CPython keeps the ints in C locals)
  const conv = h.alloc('slice', 'slice', h.site(frame.line, 0, 'slice', 'slice'));
  conv.sliceParts = out;
  return conv;
}

/**
 * The index a sequence's subscript uses for `idx` (owned): the hook's int for an `__index__`
 * object, a slice of converted parts, or undefined when nothing converts (idx itself is used).
 * Only for containers whose subscript takes integers (a dict hashes, a class's `__getitem__` gets
 * the object as it is); `store` for an item store or deletion; `buffer` for an array or memoryview
 * (told by the caller: their modules import this one).
 */
export function* sequenceIndex(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame, store: boolean, buffer?: 'array' | 'memoryview'): G<PyObj | undefined> {
  if (!buffer && (!INDEXED_KINDS.has(obj.kind) || obj.cls || obj.fuzzyValue)) return undefined;
  // (a tuple, str or bytes has no item store: the TypeError comes before any index is read)
  // (a memoryview checks that it is writable first: left to its own model)
  if (store && (buffer === 'memoryview' || (!buffer && obj.kind !== 'list' && obj.type !== 'bytearray'))) return undefined;
  return idx.kind === 'slice' ? yield* runSliceIndexes(bi, idx, frame) : yield* runIndex(bi, idx, frame);
}

/** Kinds whose item access converts its index with PyNumber_AsSsize_t (exact builtins; a subclass reaches them through its payload). */
const INDEXED_KINDS: ReadonlySet<string> = new Set(['list', 'tuple', 'str', 'bytes', 'range']);

/**
 * Builtin functions that convert arguments with nb_index before anything else reads them, and
 * which positions (in the order the C code converts them): the impl then gets the hook's ints.
 */
const INDEX_ARGUMENTS: Readonly<Record<string, readonly number[]>> = {
  range: [0, 1, 2], hex: [0], oct: [0], bin: [0], chr: [0], round: [1], bytes: [0], bytearray: [0],
  'itertools.islice': [1, 2, 3], 'math.factorial': [0], 'math.comb': [0, 1], 'math.perm': [0, 1], 'math.isqrt': [0],
  // (methods: self is argument 0; list.index / tuple.index read start and stop with _PyEval_SliceIndex)
  'list.pop': [1], 'list.insert': [1], 'list.index': [2, 3], 'tuple.index': [2, 3], 'bytearray.pop': [1], 'bytearray.insert': [1],
  ...Object.fromEntries(['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'].flatMap((m) => [[`str.${m}`, [2, 3]], [`bytes.${m}`, [2, 3]]])),
  int: [0],
  // (enumerate's start, repeat's times, combinations' r; str padding widths and split's maxsplit: 'n' arguments)
  enumerate: [1], 'itertools.repeat': [1], 'int.to_bytes': [1], 'itertools.combinations': [1], 'itertools.combinations_with_replacement': [1],
  ...Object.fromEntries(['center', 'ljust', 'rjust', 'zfill'].map((m) => [`str.${m}`, [1]])), 'str.split': [2], 'str.rsplit': [2],
};

/**
 * Builtins that ask the argument another hook first (int(x): nb_int, PyNumber_Long; bytes(x):
 * `__bytes__`): a class defining it does not reach `__index__` there.
 */
const ASKED_FIRST: Readonly<Record<string, string>> = { int: '__int__', bytes: '__bytes__' };

/** Whether builtin `name` converts one of `args` with a class's own `__index__` before it reads them. */
export function convertsIndexArguments(bi: Builtins, name: string, args: readonly PyObj[]): boolean {
  const at = INDEX_ARGUMENTS[name];
  if (!at || !at.some((i) => hasIndexHook(bi, args[i]))) return false;
  const first = ASKED_FIRST[name];
  if (first && (args.length !== 1 || bi.lookupClassAttr(args[0].cls, first))) return false;
  // (round(x, n) of an instance calls its own __round__ with n as it is; a number's converts n)
  return name !== 'round' || args[0]?.kind !== 'instance';
}

/**
 * The arguments builtin `name` reads, each `__index__` object replaced by its hook's int (owned
 * array, to release after the call); undefined when none converts (`convertsIndexArguments`).
 */
export function* indexArguments(bi: Builtins, name: string, args: readonly PyObj[], frame: Frame): G<PyObj[] | undefined> {
  if (!convertsIndexArguments(bi, name, args)) return undefined;
  const at = INDEX_ARGUMENTS[name];
  const h = bi.it.heap;
  const out = args.map((a) => h.incref(a)!);
  try {
    for (const i of at) {
      if (!hasIndexHook(bi, args[i])) continue;
      const r = (yield* runIndex(bi, args[i], frame))!;
      h.decref(out[i]);
      out[i] = r;
    }
  } catch (err) {
    for (const a of out) h.decref(a);
    throw err;
  }
  return out;
}

/**
 * An iterable whose items a set or dict build takes with the hashes it stored (set_merge for a set
 * or frozenset, a subclass's too; an exact dict's entries): no `__hash__` runs for them.
 */
export function storesHashes(src: PyObj | undefined): boolean {
  return !!src && ((src.kind === 'set' || src.kind === 'frozenset') || (src.kind === 'dict' && !src.cls && src.type === 'dict' && !!src.entries));
}

/**
 * PyObject_Hash on a key the container has not hashed before: an instance's own `__hash__` runs,
 * a tuple hashes each item in turn. Its value only places the entry, which the model does by equality.
 */
export function* runHash(bi: Builtins, k: PyObj | undefined, frame: Frame): G<void> {
  if (!k) return;
  // (a key the model knows nothing of — what a library call gave — may be unhashable, or its
  // __hash__ may raise: TypeError from `{k: v}`, `{k}`, `d[k] = v`; an `except` after it runs)
  if (opaqueValue(k)) bi.it.noteMayRaise();
  // (a pathlib path's __hash__ caches `_str_normcase`: pathlibModel.ts)
  if (isPurePath(k)) return pathNormcased(bi, k, { line: frame.line, col: 0 });
  if (k.kind === 'tuple' && (!k.cls || !bi.lookupClassAttr(k.cls, '__hash__'))) {
    for (const x of k.items ?? []) yield* runHash(bi, x, frame);
    return;
  }
  const gen = generatedHash(bi, k);
  if (gen) {
    const tag = yield* runGeneratedHash(bi, gen, k, frame, (x) => runHash(bi, x, frame));
    noteKeyHash(bi, k, tag === undefined ? null : `h:${tag}`);
    return;
  }
  const m = ownHook(bi, k, '__hash__');
  if (!m) return;
  const r = yield* bi.it.callFromC(m, [k], frame, { line: frame.line, col: 0, key: `${frame.line}:0:hash` });
  checkIntResult(bi, r, '__hash__ method should return an integer', frame);
  noteKeyHash(bi, k, storedHash(bi, r));
  bi.it.heap.decref(r);
}

const HASH_MODULUS = (1n << 61n) - 1n;

/**
 * The hash a dict or set stores for a key whose __hash__ returned r (slot_tp_hash): the int, -1
 * made -2, one past Py_ssize_t reduced as hash(int) reduces it, as '#n'; an int hash() gave of a
 * value the model knows only by its tag, as 'h:tag' (Builtins.hashTag); null: not known.
 */
function storedHash(bi: Builtins, r: PyObj): string | null {
  const tag = bi.hashTags.get(r);
  let h: string | null = tag !== undefined ? `h:${tag}` : null;
  const v = r.kind === 'bool' ? BigInt(r.value ? 1 : 0) : r.kind === 'int' && r.value !== undefined ? BigInt(r.value as bigint | number) : undefined;
  if (v !== undefined) {
    const inRange = v >= -(1n << 63n) && v < (1n << 63n);
    let x = inRange ? v : (v < 0n ? -((-v) % HASH_MODULUS) : v % HASH_MODULUS);
    if (x === -1n) x = -2n;
    h = `#${x}`;
  }
  return h;
}

/** Records k's stored hash; a key hashed twice to different values has none the model knows. */
function noteKeyHash(bi: Builtins, k: PyObj, h: string | null): void {
  const known = bi.keyHash.get(k);
  bi.keyHash.set(k, known === undefined || known === h ? h : null);
}
