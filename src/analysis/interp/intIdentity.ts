// When CPython's int arithmetic hands back an operand itself (long_long: the same object for an
// exact int, a new copy for a subclass or a bool) instead of a new int. Each rule answers true (the
// operand itself), false (a new or cached int) or undefined (a value the model does not know
// decides it: the result may be either, and the operand's count goes open).
// Ints are arrays of 30-bit digits (PyLong_SHIFT); a "compact" int has at most one.
import type { PyObj } from './objects';

const DIGIT_BITS = 30n;
const DIGIT_BASE = 1n << DIGIT_BITS;

const magnitude = (v: bigint): bigint => (v < 0n ? -v : v);

/** The number of 30-bit digits of |v| (0 for 0). */
export function digitCount(v: bigint): number {
  let x = magnitude(v);
  let n = 0;
  while (x) { x >>= DIGIT_BITS; n++; }
  return n;
}

function topDigit(v: bigint): bigint {
  let x = magnitude(v);
  while (x >= DIGIT_BASE) x >>= DIGIT_BITS;
  return x;
}

/** An exact int (not a bool, not an int subclass instance): long_long returns it itself. */
export function exactInt(o: PyObj | undefined): boolean {
  return !!o && o.kind === 'int' && o.type === 'int' && !o.cls && !o.pureValue;
}

/**
 * `a % b` and divmod(a, b)[1] (l_mod / l_divmod): when both have one digit, the fast path
 * computes a new int; otherwise long_rem / long_divrem take the "|a| < |b|" shortcut when a has
 * fewer digits than b or as many with a smaller top digit, and the remainder is a itself — unless
 * its sign differs from b's (then it is `a + b`, a new int). Equal top digits go the long way.
 */
export function remainderIsLeft(a: bigint | undefined, b: bigint | undefined): boolean | undefined {
  // (a one-digit divisor: a one-digit a takes the fast path, a longer one is not smaller than b;
  // a zero a is the cached 0 either way)
  if (b !== undefined && digitCount(b) <= 1) return false;
  if (a === 0n) return false;
  if (a === undefined || b === undefined) return undefined;
  const da = digitCount(a);
  const db = digitCount(b);
  const shortcut = da < db || (da === db && topDigit(a) < topDigit(b));
  return shortcut && (a < 0n) === (b < 0n);
}

/**
 * `a >> s` (long_rshift1): a shift by 0 of a negative int that is not compact is a itself
 * (the branch that adjusts a negative's shift returns long_long(a)); everything else is new.
 */
export function rshiftIsLeft(a: bigint | undefined, s: bigint | undefined): boolean | undefined {
  if (s !== undefined && s !== 0n) return false;
  if (a !== undefined && (a >= 0n || digitCount(a) <= 1)) return false;
  if (a === undefined || s === undefined) return undefined;
  return true;
}

/**
 * math.comb(n, k) / math.perm(n, k) (perm_comb): with k (for comb, min(k, n - k)) equal to 1 the
 * result is n itself (after PyNumber_Index: an exact int is itself). k = 0 gives 1, k > n gives 0.
 * (k = 1 with n = 0 or 1 gives the cached 0 or 1, which is n too.)
 */
export function combIsN(fn: 'comb' | 'perm', n: bigint | undefined, k: bigint | undefined): boolean | undefined {
  if (k === 1n) return true;
  if (n !== undefined && k !== undefined) return fn === 'comb' && k <= n && n - k === 1n;
  if (fn === 'perm') return k === undefined ? undefined : false;
  // (comb with n unknown: n - k may be 1, an n past the small ints only when k is 256 or more)
  if (k !== undefined) return k >= 255n ? undefined : false;
  return undefined;
}

/** Which argument a result is: surely `arg`, or maybe one of `maybe` (or a new int); neither: new. */
export interface ArgIdentity { arg?: number; maybe: number[] }

const NEW: ArgIdentity = { maybe: [] };
const candidates = (w: ArgIdentity): number[] => (w.arg !== undefined ? [w.arg] : w.maybe);

/** abs(x) (long_abs): a non-negative int is itself (long_long), a negative one a new int. */
function absIdentity(w: ArgIdentity, v: bigint | undefined): ArgIdentity {
  if (v === undefined) return { maybe: candidates(w) };
  return v >= 0n ? w : NEW;
}

function gcdValue(a: bigint, b: bigint): bigint {
  a = magnitude(a);
  b = magnitude(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * math.gcd(*args) / math.lcm(*args) on ints (`exact[i]`: argument i is an exact int; a subclass or a
 * bool is copied by PyNumber_Index / long_abs, so never the result).
 * One argument: abs of it (a non-negative exact int is itself). lcm of several: always new
 * (long_lcm multiplies). gcd folds _PyLong_GCD(res, x) left to right, skipping once res is 1:
 * when both have at most two digits it computes on C longs (new); otherwise, on |res| and |x|
 * (the larger as a, ties keep the order), a zero b returns a itself, an equal b comes back after
 * one Euclidean step (b itself), and a b dividing a may or may not (Lehmer's steps may make a
 * new int of that value first); any other result is new.
 */
export function gcdLcmIdentity(fn: 'gcd' | 'lcm', values: (bigint | undefined)[], exact: boolean[]): ArgIdentity {
  if (values.length === 0) return NEW;
  const own = (i: number): ArgIdentity => (exact[i] ? { arg: i, maybe: [] } : NEW);
  let who = absIdentity(own(0), values[0]);
  if (values.length === 1) return who;
  if (fn === 'lcm') return NEW;
  let val = values[0] === undefined ? undefined : magnitude(values[0]);
  // (an int of at most two digits never comes back from the loop: it works on C longs)
  const long = (v: bigint | undefined): boolean => v === undefined || digitCount(v) > 2;
  for (let i = 1; i < values.length; i++) {
    if (val === 1n) continue;
    const x = values[i];
    const xw = absIdentity(own(i), x);
    if (val === undefined || x === undefined) {
      who = { maybe: [...(long(val) ? candidates(who) : []), ...(long(x) ? candidates(xw) : [])] };
      val = undefined;
      continue;
    }
    const ax = magnitude(x);
    const g = gcdValue(val, ax);
    if (!long(val) && !long(ax)) who = NEW;
    else {
      const [a, aw, b, bw] = val < ax ? [ax, xw, val, who] : [val, who, ax, xw];
      who = b === 0n ? aw : a === b ? bw : g === b ? { maybe: candidates(bw) } : NEW;
    }
    val = g;
  }
  return who;
}

/**
 * sum(items, start) / math.prod(items, start=start) with an exact int start: the C-long fast path
 * takes it only when PyLong_AsLongAndOverflow does not overflow (then the result is a new int from
 * the C total); a start past a C long stays the accumulator, so no items give start itself.
 */
export function startKeptWhenEmpty(start: PyObj | undefined): boolean | undefined {
  if (!exactInt(start)) return false;
  const v = start!.fromId ? undefined : start!.value;
  if (typeof v !== 'bigint') return undefined;
  return v < -(1n << 63n) || v >= (1n << 63n);
}
