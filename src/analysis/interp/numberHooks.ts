// Converting an instance of the program's own classes to a number (or to bytes), the way CPython's
// abstract number protocol does it: the type's slot (nb_float, nb_int, nb_index, __floor__ …)
// runs the class's Python method with the instance borrowed. float(x), int(x), complex(x),
// math.floor / ceil / trunc and every math function that reads a double (PyFloat_AsDouble)
// and bytes(x) (__bytes__) go through here, so a hook that keeps `self` or raises is run where CPython runs it.
//
// Each function answers `undefined` when x is not such an instance or its class defines none
// of the hooks: the caller's own model then answers as before.
import { exactBuiltin, typeError } from './typeErrors';
import { hasIndexHook } from './slotHooks';
import type { CallSite, G, Interpreter } from './interpreter';
import type { Frame } from './frame';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/** The context a conversion runs in: the interpreter, the caller's frame and the call site (a BuiltinCall is one). */
export interface HookCtx { it: Interpreter; frame: Frame; site: CallSite; pos: Pos }

const isExactInt = (r: PyObj): boolean => r.kind === 'int' && r.type === 'int' && !r.cls;
const isExactFloat = (r: PyObj): boolean => r.kind === 'float' && r.type === 'float' && !r.cls;
/** An int subclass instance (a bool too): accepted with a DeprecationWarning, then copied to an exact int. */
const isIntLike = (r: PyObj): boolean => r.kind === 'int' || r.kind === 'bool';

/** Whether the class of x defines any of the named hooks as a Python function. */
export function hasNumberHook(it: Interpreter, x: PyObj, names: readonly string[]): boolean {
  return x.kind === 'instance' && names.some((n) => it.instanceDunder(x, n) !== undefined);
}

/** Raises the TypeError a hook's result of the wrong type gives (the result released first). */
function wrongResult(c: HookCtx, r: PyObj, message: string): never {
  c.it.heap.decref(r);
  throw c.it.raiseObj(typeError(c.it.b, message, c.pos), c.frame, true);
}

/**
 * PyNumber_Index's hook: __index__ runs; an exact int comes back as it is, an int subclass's value
 * as a new exact int, anything else is a TypeError. A result of unknown kind stays what it is
 * (it may be the int CPython returns, or the error).
 */
export function* indexHook(c: HookCtx, x: PyObj): G<PyObj | undefined> {
  const r = yield* c.it.callInstanceDunder(x, '__index__', [], c.frame, c.site);
  if (!r) return undefined;
  return yield* checkedInt(c, r, `__index__ returned non-int (type ${r.type})`);
}

function* checkedInt(c: HookCtx, r: PyObj, message: string): G<PyObj> {
  if (isExactInt(r)) return r;
  if (r.kind === 'unknown') { c.it.noteMayRaise(); return r; }
  if (!isIntLike(r)) wrongResult(c, r, message);
  const v = c.it.b.num(r);
  c.it.heap.decref(r);
  return c.it.b.newInt(typeof v === 'bigint' ? v : undefined, c.pos);
}

/**
 * PyNumber_Float(x) (float(x)) and PyFloat_AsDouble(x) (every math function reading a double):
 * the class's __float__, else its __index__ (whose int is converted). An exact float from __float__
 * is float(x)'s result itself; a float subclass is copied (DeprecationWarning); any other result is a
 * TypeError. Undefined: no such hook.
 */
export function* floatHook(c: HookCtx, x: PyObj): G<PyObj | undefined> {
  const { it } = c;
  const r = yield* it.callInstanceDunder(x, '__float__', [], c.frame, c.site);
  if (r) {
    if (isExactFloat(r)) return r;
    if (r.kind === 'unknown') { it.noteMayRaise(); return r; }
    if (r.kind !== 'float') wrongResult(c, r, '__float__ returned non-float');
    const v = r.value;
    it.heap.decref(r);
    return it.b.newFloat(typeof v === 'number' ? v : undefined, c.pos);
  }
  const i = yield* indexHook(c, x);
  if (!i) return undefined;
  const v = it.b.num(i);
  it.heap.decref(i);
  // (an int too large for a double is an OverflowError)
  if (typeof v !== 'bigint') it.noteMayRaise();
  return it.b.newFloat(typeof v === 'bigint' ? Number(v) : undefined, c.pos);
}

/**
 * PyNumber_Long(x) (int(x)): __int__, else __index__, else __trunc__ (still delegated, with a
 * DeprecationWarning, in 3.11-3.13). __int__'s and __index__'s exact int is the result itself; an
 * int subclass is copied; __trunc__'s result, when not an int, goes through its own __index__
 * (VersionModel.intDelegatesTrunc).
 */
export function* intHook(c: HookCtx, x: PyObj): G<PyObj | undefined> {
  const { it } = c;
  const r = yield* it.callInstanceDunder(x, '__int__', [], c.frame, c.site);
  if (r) return yield* checkedInt(c, r, '__int__ returned non-int');
  const i = yield* indexHook(c, x);
  if (i || !it.vm.intDelegatesTrunc) return i;
  const t = yield* it.callInstanceDunder(x, '__trunc__', [], c.frame, c.site);
  if (!t) return undefined;
  if (isIntLike(t) || t.kind === 'unknown') return yield* checkedInt(c, t, '__trunc__ returned non-Integral');
  const ti = hasIndexHook(it.b, t) ? yield* indexHook(c, t) : undefined;
  if (!ti && exactBuiltin(t, 'data')) wrongResult(c, t, '__trunc__ returned non-Integral');
  it.heap.decref(t);
  if (ti) return ti;
  it.noteMayRaise();
  return it.b.newInt(undefined, c.pos);
}

/**
 * complex(x): __complex__ (its complex is the result itself; anything else a TypeError), else the
 * real part read as PyFloat_AsDouble reads it (__float__, then __index__).
 */
export function* complexHook(c: HookCtx, x: PyObj): G<PyObj | undefined> {
  const { it } = c;
  const r = yield* it.callInstanceDunder(x, '__complex__', [], c.frame, c.site);
  if (r) {
    if (r.kind === 'complex' || r.kind === 'unknown') return r;
    wrongResult(c, r, '__complex__ returned non-complex');
  }
  const f = yield* floatHook(c, x);
  if (!f) return undefined;
  it.heap.decref(f);
  return it.b.unknown(c.pos.line, c.pos.col);
}

/**
 * math.floor / math.ceil (x not an exact float): the type's __floor__ / __ceil__, its result as it
 * is; without one, the double PyFloat_AsDouble reads, rounded to a new int. math.trunc: __trunc__
 * only (none: TypeError, which the caller's model already answers).
 */
export function* roundingHook(c: HookCtx, fn: 'floor' | 'ceil' | 'trunc', x: PyObj): G<PyObj | undefined> {
  const { it } = c;
  const r = yield* it.callInstanceDunder(x, `__${fn}__`, [], c.frame, c.site);
  if (r || fn === 'trunc') return r;
  const f = yield* floatHook(c, x);
  if (!f) return undefined;
  const v = f.value;
  it.heap.decref(f);
  const n = typeof v === 'number' && Number.isFinite(v) ? BigInt(fn === 'floor' ? Math.floor(v) : Math.ceil(v)) : undefined;
  if (n === undefined) it.noteMayRaise();
  return it.b.newInt(n, c.pos);
}

/**
 * The arguments of a math function that reads doubles, each instance converted in order as
 * PyFloat_AsDouble converts it (a hook that raises stops the call there). The floats made are
 * owned by the caller (`made`), released after the call; other arguments are passed as they are.
 */
export function* asDoubles(c: HookCtx, args: readonly PyObj[], made: PyObj[]): G<PyObj[]> {
  const out: PyObj[] = [];
  for (const a of args) {
    const f = hasNumberHook(c.it, a, ['__float__', '__index__']) ? yield* floatHook(c, a) : undefined;
    if (f) made.push(f);
    out.push(f ?? a);
  }
  return out;
}

/**
 * bytes(x): the type's __bytes__ runs; a bytes (or bytes subclass) it gives is the result itself,
 * anything else is a TypeError. bytearray(x) never calls it.
 */
export function* bytesHook(c: HookCtx, x: PyObj): G<PyObj | undefined> {
  const r = yield* c.it.callInstanceDunder(x, '__bytes__', [], c.frame, c.site);
  if (!r || r.kind === 'bytes') return r;
  if (r.kind === 'unknown') { c.it.noteMayRaise(); return r; }
  wrongResult(c, r, '__bytes__ returned non-bytes');
}

/**
 * What a class's __len__ gave, as len() and the truth test read it (PyObject_Size then
 * PyLong_FromSsize_t): an int >= 0 becomes a new int of that value (the object returned is
 * dropped); a negative one is a ValueError; a value of another builtin type a TypeError.
 * `r` is owned and released here.
 */
export function lenResult(it: Interpreter, r: PyObj, frame: Frame, pos: Pos): PyObj {
  const n = r.kind === 'int' || r.kind === 'bool' ? it.b.num(r) : undefined;
  if (typeof n === 'bigint') {
    it.heap.decref(r);
    if (n < 0n) throw it.raiseObj(it.b.cError('ValueError', pos), frame, true);
    return it.b.newInt(n, pos);
  }
  if (r.kind !== 'int' && r.kind !== 'bool' && exactBuiltin(r)) {
    it.heap.decref(r);
    throw it.raiseObj(typeError(it.b, `'${r.type}' object cannot be interpreted as an integer`, pos), frame, true);
  }
  // (an int of unknown value may be negative; another object goes through its __index__)
  it.noteMayRaise();
  it.heap.decref(r);
  return it.b.newInt(undefined, pos);
}
