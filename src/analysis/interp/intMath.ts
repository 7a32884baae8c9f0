// math's integer functions (gcd, lcm, factorial, comb, perm, isqrt) on exact ints, computed as
// CPython computes them: a Fraction-like class that reduces with math.gcd in __init__ needs the
// value to know whether two instances compare equal (a set keeps the first of equal keys).

/** Results past this many bits are left unknown (the value is never needed that exactly). */
const MAX_RESULT_BITS = 4096;
const MAX_FACTORIAL_ARG = 400n;

/** The value, 'ValueError' where CPython raises it, or undefined (not computed: left unknown). */
export type IntMathResult = bigint | 'ValueError' | undefined;

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd2(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

function factorial(n: bigint): bigint {
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}

/** n! / (n - k)! */
function fallingFactorial(n: bigint, k: bigint): bigint {
  let r = 1n;
  for (let i = 0n; i < k; i++) r *= n - i;
  return r;
}

/**
 * The integer square root (floor), by Newton's method on bigints from a start above the root
 * (2 ** ceil(bits / 2)), which then decreases to it (a float estimate may be below the root by
 * far more than one past 2**53, and a count up from there does not end).
 */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

const tooBig = (r: bigint): boolean => abs(r).toString(16).length * 4 > MAX_RESULT_BITS;

/** math.<fn>(*args) on exact int arguments (`null`: perm's omitted or None k). */
export function intMath(fn: string, args: (bigint | null)[]): IntMathResult {
  const ints = args.filter((a): a is bigint => a !== null);
  switch (fn) {
    case 'gcd': {
      if (ints.length !== args.length) return undefined;
      let r = 0n;
      for (const a of ints) r = gcd2(r, a);
      return r;
    }
    case 'lcm': {
      if (ints.length !== args.length) return undefined;
      let r = 1n;
      for (const a of ints) {
        if (a === 0n) return 0n;
        r = abs(r * a) / gcd2(r, a);
        if (tooBig(r)) return undefined;
      }
      return r;
    }
    case 'factorial': {
      const [n] = args;
      if (args.length !== 1 || n === null || n === undefined) return undefined;
      if (n < 0n) return 'ValueError';
      return n <= MAX_FACTORIAL_ARG ? factorial(n) : undefined;
    }
    case 'isqrt': {
      const [n] = args;
      if (args.length !== 1 || n === null || n === undefined) return undefined;
      if (n < 0n) return 'ValueError';
      return tooBig(n) ? undefined : isqrt(n);
    }
    case 'comb': case 'perm': {
      const [n, k] = args;
      if (n === null || n === undefined || args.length > 2 || (fn === 'comb' && args.length !== 2)) return undefined;
      if (k === null || k === undefined) {
        // perm(n) / perm(n, None): n!
        if (n < 0n) return 'ValueError';
        return n <= MAX_FACTORIAL_ARG ? factorial(n) : undefined;
      }
      if (n < 0n || k < 0n) return 'ValueError';
      if (k > n) return 0n;
      const kk = fn === 'comb' && n - k < k ? n - k : k;
      if (kk > MAX_FACTORIAL_ARG) return undefined;
      const falling = fallingFactorial(n, kk);
      const r = fn === 'comb' ? falling / factorial(kk) : falling;
      return tooBig(r) ? undefined : r;
    }
  }
  return undefined;
}
