// Complex arithmetic as Objects/complexobject.c computes it (3.11-3.13), on
// [real, imag] pairs of doubles. Shared by constant folding (the AST optimizer
// folds `3 + 4j` into one constant) and the interpreter (a complex value the
// program computes), so both agree on the value a constant key and an
// equality test see. Pure functions, no engine imports.

export type Complex = readonly [number, number];

/** What an operation that CPython refuses sets (complex_div's EDOM, complex_pow's EDOM / ERANGE). */
export type ComplexError = 'ZeroDivisionError' | 'OverflowError';

export const cSum = (a: Complex, b: Complex): Complex => [a[0] + b[0], a[1] + b[1]];
export const cDiff = (a: Complex, b: Complex): Complex => [a[0] - b[0], a[1] - b[1]];
export const cProd = (a: Complex, b: Complex): Complex => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];

/** _Py_c_quot: Smith's method, the larger part of the divisor first; a zero divisor is EDOM. */
export function cQuot(a: Complex, b: Complex): Complex | ComplexError {
  const absBr = Math.abs(b[0]);
  const absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return 'ZeroDivisionError';
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** c_powu: square and multiply over the exponent's bits. */
function cPowu(x: Complex, n: number): Complex {
  let r: Complex = [1, 0];
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** _Py_c_pow: polar form, for exponents that are not small integers. */
function cPowGeneral(a: Complex, b: Complex): Complex | ComplexError {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) return b[1] !== 0 || b[0] < 0 ? 'ZeroDivisionError' : [0, 0];
  const vabs = Math.hypot(a[0], a[1]);
  let len = Math.pow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

/**
 * complex_pow: an exponent that is a whole number of at most 100 in size goes through c_powi
 * (repeated products; a negative one is 1 / x**-n), any other through _Py_c_pow; an infinite part
 * is ERANGE, OverflowError ("complex exponentiation").
 */
export function cPow(a: Complex, b: Complex): Complex | ComplexError {
  let p: Complex | ComplexError;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    p = b[0] >= 0 ? cPowu(a, b[0]) : cQuot([1, 0], cPowu(a, -b[0]));
  } else p = cPowGeneral(a, b);
  if (typeof p === 'string') return p;
  return [p[0], p[1]].some((x) => x === Infinity || x === -Infinity) ? 'OverflowError' : p;
}

/** The four operators complex defines (+ - * / and **); anything else is a TypeError. */
export function complexArith(op: string, a: Complex, b: Complex): Complex | ComplexError | undefined {
  switch (op) {
    case '+': return cSum(a, b);
    case '-': return cDiff(a, b);
    case '*': return cProd(a, b);
    case '/': return cQuot(a, b);
    case '**': return cPow(a, b);
    default: return undefined;
  }
}

const signed = (x: number): string => (Object.is(x, -0) ? '-0' : String(x));

/** A pair as a string that keeps every double (the sign of a zero too): the model's value of a complex. */
export function encodeComplex(c: Complex): string {
  return `${signed(c[0])},${signed(c[1])}`;
}

export function decodeComplex(s: string): Complex | undefined {
  const parts = s.split(',').map(Number);
  return parts.length === 2 ? [parts[0], parts[1]] : undefined;
}

/** repr of a part: float's repr without a trailing `.0` (complex_repr formats with 'r', no ADD_DOT_0). */
function partRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Object.is(x, -0)) return '-0';
  const s = String(x);
  return s.includes('e') ? s.replace(/e([+-])(\d)$/, 'e$10$2') : s;
}

/** repr(complex): `4j` when the real part is +0, else `(3+4j)`. */
export function complexRepr(c: Complex): string {
  const im = partRepr(c[1]);
  if (c[0] === 0 && !Object.is(c[0], -0)) return `${im}j`;
  const sign = im.startsWith('-') ? '' : '+';
  return `(${partRepr(c[0])}${sign}${im}j)`;
}
