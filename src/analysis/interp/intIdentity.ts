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
