// Decimal arithmetic of known values under a known context (the General Decimal Arithmetic
// specification that _decimal / libmpdec implement): + - * / // % of two Decimals (or a Decimal
// and an int, converted exactly), unary - + abs, quantize. Each result is the exact one rounded
// to the context's precision with its rounding; the result's exponent follows the specification
// (the smaller exponent for + - and %, the sum for *, the ideal e1 - e2 kept as close as an exact
// quotient allows for /, 0 for //). Whatever would signal a trapped condition (division by zero,
// InvalidOperation from // or % or quantize needing more digits than the precision, overflow) or
// leave the normal range (subnormal results) is not computed: undefined.
// Which context is in force is decimalContext.ts's question. Pure computation.

import type { DecimalData } from './decimalValues';

export type DecimalContext = { prec: number; rounding: string };

/** Exponents and lengths beyond this are not followed (the numbers get huge). */
const MAX_SCALE = 4000;
const EMAX = 999_999;
const EMIN = -999_999;

const digits = (c: bigint): number => (c === 0n ? 1 : c.toString().length);
const pow10 = (n: number): bigint => 10n ** BigInt(n);
const dec = (neg: boolean, c: bigint, e: number): DecimalData => ({ t: 'decimal', neg, c, e });

/** Whether a value is small enough to compute with. */
const usable = (v: DecimalData): boolean => Math.abs(v.e) <= MAX_SCALE && digits(v.c) <= MAX_SCALE;

/** Whether dropping `rem` (out of `unit`, `sticky`: more nonzero digits below) from q rounds q up in magnitude. */
function roundsUp(rounding: string, neg: boolean, q: bigint, rem: bigint, unit: bigint, sticky: boolean): boolean | undefined {
  const inexact = rem > 0n || sticky;
  const twice = 2n * rem;
  const half = twice === unit ? (sticky ? 1 : 0) : twice > unit ? 1 : -1;
  switch (rounding) {
    case 'ROUND_HALF_EVEN': return half > 0 || (half === 0 && q % 2n === 1n);
    case 'ROUND_HALF_UP': return half >= 0;
    case 'ROUND_HALF_DOWN': return half > 0;
    case 'ROUND_DOWN': return false;
    case 'ROUND_UP': return inexact;
    case 'ROUND_CEILING': return inexact && !neg;
    case 'ROUND_FLOOR': return inexact && neg;
    case 'ROUND_05UP': return inexact && (q % 5n === 0n);
    default: return undefined;
  }
}

/** The exact value neg·c·10^e (with `sticky`: a little more in magnitude) rounded to the context: undefined outside the normal range. */
function finish(neg: boolean, c: bigint, e: number, ctx: DecimalContext, sticky = false): DecimalData | undefined {
  const n = digits(c);
  if (n > ctx.prec) {
    const drop = n - ctx.prec;
    const unit = pow10(drop);
    let q = c / unit;
    const up = roundsUp(ctx.rounding, neg, q, c % unit, unit, sticky);
    if (up === undefined) return undefined;
    if (up) q += 1n;
    e += drop;
    // (a carry to one digit more: 999.5 → 1000 at three digits is 1.00E+3)
    if (digits(q) > ctx.prec) { q /= 10n; e += 1; }
    c = q;
  } else if (sticky) return undefined;
  const adjusted = e + digits(c) - 1;
  // (zeros clamp their exponent and other values may be subnormal or overflow: not followed)
  if (adjusted > EMAX || adjusted < EMIN || Math.abs(e) > MAX_SCALE) return undefined;
  return dec(neg, c, e);
}

const signed = (v: DecimalData): bigint => (v.neg ? -v.c : v.c);

function add(x: DecimalData, y: DecimalData, ctx: DecimalContext): DecimalData | undefined {
  const e = Math.min(x.e, y.e);
  const s = signed(x) * pow10(x.e - e) + signed(y) * pow10(y.e - e);
  // An exact zero sum is negative only from two negative operands, or unlike signs under ROUND_FLOOR.
  const neg = s === 0n ? (x.neg && y.neg) || (x.neg !== y.neg && ctx.rounding === 'ROUND_FLOOR') : s < 0n;
  return finish(neg, neg ? -s : s, e, ctx);
}

function divide(x: DecimalData, y: DecimalData, ctx: DecimalContext): DecimalData | undefined {
  if (y.c === 0n) return undefined; // (DivisionByZero or DivisionUndefined: trapped)
  const neg = x.neg !== y.neg;
  const ideal = x.e - y.e;
  if (x.c === 0n) return finish(neg, 0n, ideal, ctx);
  // An exact quotient: the fewest digits that hold it, its exponent no greater than the ideal one.
  let k = 0;
  for (; k <= ctx.prec + digits(y.c) + 1; k++) {
    const scaled = x.c * pow10(k);
    if (scaled % y.c === 0n) {
      let q = scaled / y.c;
      let e = ideal - k;
      while (e < ideal && q % 10n === 0n) { q /= 10n; e += 1; }
      return finish(neg, q, e, ctx);
    }
  }
  // Inexact: at least prec + 1 digits of the quotient, what is left below them sticky.
  const shift = Math.max(0, ctx.prec + 1 + digits(y.c) - digits(x.c));
  const scaled = x.c * pow10(shift);
  return finish(neg, scaled / y.c, ideal - shift, ctx, scaled % y.c !== 0n);
}

/** divide-integer's quotient magnitude and the remainder's, aligned at the smaller exponent; undefined for a zero divisor. */
function divInt(x: DecimalData, y: DecimalData, ctx: DecimalContext): { q: bigint; r: bigint; e: number } | undefined {
  if (y.c === 0n) return undefined;
  const e = Math.min(x.e, y.e);
  const a = x.c * pow10(x.e - e);
  const b = y.c * pow10(y.e - e);
  const q = a / b;
  // (a quotient longer than the precision: DivisionImpossible, trapped as InvalidOperation)
  return digits(q) > ctx.prec ? undefined : { q, r: a % b, e };
}

/** `x op y` of two known Decimals under `ctx`; undefined when not computed (see the file's comment). */
export function decimalBinop(op: string, x: DecimalData, y: DecimalData, ctx: DecimalContext): DecimalData | undefined {
  if (!usable(x) || !usable(y)) return undefined;
  switch (op) {
    case '+': return add(x, y, ctx);
    case '-': return add(x, { ...y, neg: !y.neg }, ctx);
    case '*': return finish(x.neg !== y.neg, x.c * y.c, x.e + y.e, ctx);
    case '/': return divide(x, y, ctx);
    case '//': { const d = divInt(x, y, ctx); return d && dec(x.neg !== y.neg, d.q, 0); }
    case '%': { const d = divInt(x, y, ctx); return d && finish(x.neg, d.r, d.e, ctx); }
    default: return undefined;
  }
}

/** `-x`, `+x`, `abs(x)` under `ctx` (a zero comes out positive, except under ROUND_FLOOR where - flips and + keeps its sign). */
export function decimalUnary(op: string, x: DecimalData, ctx: DecimalContext): DecimalData | undefined {
  if (!usable(x)) return undefined;
  const zeroSign = (neg: boolean): boolean => (x.c === 0n ? neg && ctx.rounding === 'ROUND_FLOOR' : neg);
  if (op === '-') return finish(zeroSign(!x.neg), x.c, x.e, ctx);
  if (op === '+') return finish(zeroSign(x.neg), x.c, x.e, ctx);
  if (op === 'abs') return finish(false, x.c, x.e, ctx);
  return undefined;
}

/** `x.quantize(exp, rounding=...)`: x at exp's exponent, rounded with `rounding` (else the context's); undefined when it needs more digits than the precision. */
export function decimalQuantize(x: DecimalData, exp: DecimalData, ctx: DecimalContext, rounding?: string): DecimalData | undefined {
  if (!usable(x) || !usable(exp) || exp.e > EMAX || exp.e < EMIN - ctx.prec + 1) return undefined;
  let c: bigint;
  if (x.e >= exp.e) c = x.c * pow10(x.e - exp.e);
  else {
    const unit = pow10(exp.e - x.e);
    c = x.c / unit;
    const up = roundsUp(rounding ?? ctx.rounding, x.neg, c, x.c % unit, unit, false);
    if (up === undefined) return undefined;
    if (up) c += 1n;
  }
  if (digits(c) > ctx.prec) return undefined;
  return dec(x.neg, c, exp.e);
}

/** `round(x)`: the nearest int, halves to even (whatever the context). */
export function decimalRoundInt(x: DecimalData): bigint | undefined {
  if (!usable(x)) return undefined;
  const q = decimalQuantize(x, dec(false, 1n, 0), { prec: MAX_SCALE * 2, rounding: 'ROUND_HALF_EVEN' });
  return q && signed(q);
}
