// math.*: the functions the model computes (CPython's math module on doubles, intMath.ts on ints),
// with an instance argument converted first the way the module converts it (numberHooks.ts).
import { intMath } from './intMath';
import { combIsN, exactInt, gcdLcmIdentity, startKeptWhenEmpty } from './intIdentity';
import { knownInt } from './operators';
import { asDoubles, roundingHook } from './numberHooks';
import type { BuiltinCall } from './builtinCalls';
import type { G } from './interpreter';
import type { PyObj } from './objects';

const INT_MATH = new Set(['gcd', 'lcm', 'factorial', 'comb', 'perm', 'isqrt']);

/**
 * Functions whose every argument is read as a double (PyFloat_AsDouble: an instance's __float__,
 * else its __index__). Not ldexp (its exponent is an int) nor log with an int (read as an int).
 */
const DOUBLE_ARGS: ReadonlySet<string> = new Set(['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan',
  'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'pow', 'hypot', 'copysign', 'fmod',
  'remainder', 'degrees', 'radians', 'erf', 'erfc', 'gamma', 'lgamma', 'cbrt', 'isnan', 'isinf', 'isfinite', 'isclose', 'frexp',
  'modf', 'nextafter', 'ulp']);

/** math.NAME(args): an instance argument converted by its hooks first, then the value computed where the model can. */
export function* mathCall(call: BuiltinCall): G<PyObj> {
  const fn = call.name.slice(5);
  const x = call.args[0];
  if ((fn === 'floor' || fn === 'ceil' || fn === 'trunc') && call.args.length === 1 && x.kind === 'instance') {
    const r = yield* roundingHook(call, fn, x);
    if (r) return r;
  }
  if (fn === 'prod') {
    // prod(items, start=x): no items leave an int start past a C long as the answer itself
    // (intIdentity.ts); items of unknown content may be none.
    const start = call.kw.get('start');
    const keep = startKeptWhenEmpty(start);
    const empty = x && !x.fuzzy && (x.kind === 'list' || x.kind === 'tuple') && !x.cls ? x.items?.length === 0 : undefined;
    if (keep && empty) return call.it.heap.incref(start)!;
    if (keep !== false && empty !== false) call.it.heap.escape(start);
  }
  if (!DOUBLE_ARGS.has(fn) || !call.args.some((a) => a.kind === 'instance')) return mathOnValues(call, fn, call.args);
  const made: PyObj[] = [];
  try {
    return mathOnValues(call, fn, yield* asDoubles(call, call.args, made));
  } finally {
    for (const m of made) call.it.heap.decref(m);
  }
}

/**
 * The argument gcd / lcm / comb / perm of int arguments hands back as its result (intIdentity.ts),
 * or those it may; undefined: not ints, or a new int.
 */
function resultArgument(fn: string, args: readonly PyObj[]): { arg?: PyObj; maybe: PyObj[] } | undefined {
  if (!args.every((a) => (a.kind === 'int' || a.kind === 'bool' || (fn === 'perm' && a.kind === 'none')) && !a.pureValue)) return undefined;
  const value = (a: PyObj | undefined): bigint | undefined => (a && !a.fuzzyValue ? knownInt(a) ?? (a.kind === 'bool' && a.value !== undefined ? BigInt(a.value as boolean) : undefined) : undefined);
  if (fn === 'gcd' || fn === 'lcm') {
    const w = gcdLcmIdentity(fn, args.map(value), args.map(exactInt));
    return { arg: w.arg === undefined ? undefined : args[w.arg], maybe: w.maybe.map((i) => args[i]) };
  }
  if ((fn === 'comb' || fn === 'perm') && args.length === 2 && args[1].kind !== 'none' && exactInt(args[0])) {
    const same = combIsN(fn, value(args[0]), value(args[1]));
    return same ? { arg: args[0], maybe: [] } : same === undefined ? { maybe: [args[0]] } : undefined;
  }
  return undefined;
}

/** The function on arguments that are (or stand for) numbers. */
function mathOnValues(call: BuiltinCall, fn: string, args: readonly PyObj[]): PyObj {
  const { b, it, kw, frame, pos } = call;
  const nums = args.map((a) => (a.kind === 'int' || a.kind === 'float' || a.kind === 'bool') && a.value !== undefined ? Number(a.value) : undefined);
  const ok = nums.every((x) => x !== undefined);
  const f = (Math as unknown as Record<string, (...x: number[]) => number>)[fn];
  // int.__floor__ / __ceil__ / __trunc__ of an exact int give the int itself.
  if ((fn === 'floor' || fn === 'ceil' || fn === 'trunc') && args[0]?.kind === 'int' && args[0].type === 'int') return (it.heap.incref(args[0])!);
  if (INT_MATH.has(fn) && !kw.size) {
    // (exact ints, and perm's k given as None: CPython's integer arithmetic, intMath.ts)
    const ints = args.map((a) => a.kind === 'none' && fn === 'perm' ? null : (a.kind === 'int' || a.kind === 'bool') && !a.fuzzyValue && a.value !== undefined ? BigInt(a.value as bigint | number | boolean) : undefined);
    const known = ints.every((x) => x !== undefined);
    const r = known ? intMath(fn, ints as (bigint | null)[]) : undefined;
    if (r === 'ValueError') throw it.raiseObj(b.cError('ValueError', pos), frame, true);
    const same = resultArgument(fn, args);
    if (same) {
      if (same.arg) {
        // (comb / perm of a value the model does not know may raise: a negative n)
        if (!known) it.noteMayRaise();
        return it.heap.incref(same.arg)!;
      }
      // (the result may be one of these arguments or a new int of that value: their counts go open)
      for (const m of same.maybe) it.heap.escape(m);
      if (same.maybe.length) {
        if (r === undefined) it.noteMayRaise();
        const o = b.newInt(r, pos);
        it.heap.fuzz(o);
        return o;
      }
    }
    if (r !== undefined) return (b.newInt(r, pos));
  }
  if (['floor', 'ceil', 'trunc', 'gcd', 'factorial', 'comb', 'perm', 'isqrt', 'lcm'].includes(fn)) {
    const v = ok && fn !== 'gcd' && fn !== 'factorial' && fn !== 'comb' && fn !== 'perm' && fn !== 'lcm' ? (fn === 'isqrt' ? Math.floor(Math.sqrt(nums[0]!)) : (Math as unknown as Record<string, (x: number) => number>)[fn](nums[0]!)) : undefined;
    // (an unknown argument may be an infinity or NaN, a negative factorial / comb / perm raises)
    if ((v === undefined || !Number.isFinite(v)) && !(ok && (fn === 'gcd' || fn === 'lcm'))) it.noteMayRaise();
    return (b.newInt(v !== undefined && Number.isFinite(v) ? BigInt(v) : undefined, pos));
  }
  if (['isclose', 'isfinite', 'isnan', 'isinf'].includes(fn)) return (b.unknown(pos.line, pos.col));
  // (math.log's second argument is the base)
  const v = !ok || typeof f !== 'function' ? undefined : fn === 'log' && nums.length === 2 ? Math.log(nums[0]!) / Math.log(nums[1]!) : f(...(nums as number[]));
  // Finite arguments and no finite result: math_1 / math_2 raise instead (a NaN is a domain error,
  // ValueError; an infinity is a range error, OverflowError, except log(0) and pow(0, -1), ValueError).
  if (v !== undefined && !Number.isFinite(v) && nums.every((x) => Number.isFinite(x))) {
    const cls = fn === 'log' && nums[1] === 1 ? 'ZeroDivisionError' : Number.isNaN(v) || fn.startsWith('log') || fn === 'pow' ? 'ValueError' : 'OverflowError';
    throw it.raiseObj(b.cError(cls, pos), frame, true);
  }
  // (an argument of unknown value may be out of the function's domain, or not a number)
  if (v === undefined || !Number.isFinite(v)) it.noteMayRaise();
  return (b.newFloat(v !== undefined && Number.isFinite(v) ? v : undefined, pos));
}
