// What a format spec does to a str (str.__format__, unicode_format.h): only
// the question the interpreter needs, whether the text comes back unchanged.

/**
 * Whether str.__format__ with `spec` gives `text` back unchanged (and so the
 * exact str itself): its fast path, a spec of fill, align, a width the text
 * already reaches and a precision it does not exceed. Undefined when that
 * depends on a text not known, or on a spec not read here.
 */
export function unchangedBySpec(text: string | undefined, spec: string): boolean | undefined {
  const m = /^(?:.?[<>^])?([1-9]\d*)?(?:\.(\d+))?s?$/u.exec(spec);
  if (!m) return undefined;
  const width = m[1] ? Number(m[1]) : 0;
  const precision = m[2] !== undefined ? Number(m[2]) : undefined;
  if (width <= 1 && precision === undefined) return true;
  if (text === undefined) return undefined;
  const len = [...text].length;
  return len >= width && (precision === undefined || precision >= len);
}

/** A value format() knows the text of: an exact str, int, bool or float with a known value. */
export type Formattable = { t: 'str'; v: string } | { t: 'int'; v: bigint } | { t: 'float'; v: number } | { t: 'bool'; v: boolean };

interface Spec {
  fill: string;
  align?: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  group?: string;
  precision?: number;
  type?: string;
}

// [[fill]align][sign][z][#][0][width][grouping][.precision][type] (the format mini-language).
const SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

function parseSpec(spec: string): Spec | undefined {
  const m = SPEC.exec(spec);
  if (!m || m[4]) return undefined;
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '), align: m[2] ?? (m[6] ? '=' : undefined), sign: m[3] ?? '-', alt: !!m[5], zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0, group: m[8], precision: m[9] !== undefined ? Number(m[9]) : undefined, type: m[10],
  };
}

/** Pads `body` (after an optional sign / prefix) to the width as the alignment says. */
function pad(s: Spec, prefix: string, body: string, defaultAlign: string): string {
  const len = [...prefix].length + [...body].length;
  const n = Math.max(0, s.width - len);
  const align = s.align ?? defaultAlign;
  const fill = s.fill.repeat(n);
  if (align === '<') return prefix + body + fill;
  if (align === '>') return fill + prefix + body;
  if (align === '=') return prefix + fill + body;
  const left = s.fill.repeat(Math.floor(n / 2));
  return left + prefix + body + s.fill.repeat(n - left.length);
}

function groupDigits(digits: string, sep: string, every: number): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** The exact decimal expansion of a finite double, as digits and the count of them after the point. */
function exactDecimal(x: number): { digits: bigint; scale: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const bits = buf.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp = expBits - 1075;
  if (expBits === 0) exp = -1074; else mant |= 1n << 52n;
  if (exp >= 0) return { digits: mant << BigInt(exp), scale: 0 };
  return { digits: mant * 5n ** BigInt(-exp), scale: -exp };
}

/** `x` with `p` digits after the point, rounded half to even on its exact value (as CPython's dtoa does). */
export function fixedText(x: number, p: number): string {
  const { digits, scale } = exactDecimal(x);
  let q: bigint;
  if (scale <= p) q = digits * 10n ** BigInt(p - scale);
  else {
    const div = 10n ** BigInt(scale - p);
    q = digits / div;
    const r = digits % div;
    if (r * 2n > div || (r * 2n === div && q % 2n === 1n)) q += 1n;
  }
  const s = q.toString().padStart(p + 1, '0');
  return p ? `${s.slice(0, s.length - p)}.${s.slice(s.length - p)}` : s;
}

/**
 * format(value, spec) when the text follows from the value (str, int and bool
 * with any spec; floats in 'f' / 'F' / '%' or repr), else undefined. `repr`
 * is the float's repr, for an empty spec.
 */
export function formatText(x: Formattable, spec: string, floatRepr: (v: number) => string): string | undefined {
  const s = parseSpec(spec);
  if (!s) return undefined;
  if (x.t === 'str') {
    if (s.type && s.type !== 's') return undefined;
    if (s.sign !== '-' || s.alt || s.group || s.align === '=') return undefined;
    const chars = [...x.v];
    return pad(s, '', s.precision !== undefined ? chars.slice(0, s.precision).join('') : x.v, '<');
  }
  if (x.t === 'bool' && !spec) return x.v ? 'True' : 'False';
  if (x.t === 'int' || x.t === 'bool') {
    const v = x.t === 'bool' ? (x.v ? 1n : 0n) : x.v;
    const type = s.type ?? 'd';
    if ('eEfFgG%'.includes(type)) return formatText({ t: 'float', v: Number(v) }, spec, floatRepr);
    if (type === 'c') {
      // (the character of that code point; a sign, '#', grouping or precision is a ValueError, a code point out of range an OverflowError)
      if (s.precision !== undefined || s.sign !== '-' || s.alt || s.group || v < 0n || v > 0x10ffffn) return undefined;
      return pad(s, '', String.fromCodePoint(Number(v)), '>');
    }
    if (s.precision !== undefined) return undefined;
    const neg = v < 0n;
    const mag = neg ? -v : v;
    const base = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
    let digits = mag.toString(base);
    if (type === 'X') digits = digits.toUpperCase();
    if (s.group) digits = groupDigits(digits, s.group, base === 10 ? 3 : 4);
    const prefix = (neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '') + (s.alt && base !== 10 ? `0${type}` : '');
    if (s.zero && s.group) return undefined;
    return pad(s, prefix, digits, '>');
  }
  // float
  if (!Number.isFinite(x.v)) return undefined;
  const type = s.type;
  let body: string;
  if (type === undefined && s.precision === undefined) body = floatRepr(Math.abs(x.v));
  else if (type === 'f' || type === 'F') body = fixedText(x.v, s.precision ?? 6);
  else if (type === '%') body = `${fixedText(x.v * 100, s.precision ?? 6)}%`;
  else return undefined;
  if (s.alt || (s.group && !/^\d/.test(body))) return undefined;
  if (s.group) {
    const [int, ...rest] = body.split('.');
    body = [groupDigits(int, s.group, 3), ...rest].join('.');
  }
  const neg = x.v < 0 || Object.is(x.v, -0);
  const prefix = neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
  if (s.zero && s.group) return undefined;
  return pad(s, prefix, body, '>');
}

/**
 * Whether `format(x, spec)` surely raises ValueError for an exact builtin str / int / bool / float
 * `x` ("Unknown format code 'd' for object of type 'str'"): a presentation type its __format__
 * does not take. False for one it takes; undefined for a spec this does not read.
 */
export function specRefused(kind: string, spec: string): boolean | undefined {
  // (the fill may be any character, a newline too)
  const m = /^(?:[\s\S]?[<>=^])?[-+ ]?z?#?0?\d*[_,]?(?:\.\d+)?([bcdeEfFgGnosxX%])?$/.exec(spec);
  // (a spec outside the standard grammar: int, bool, float and str parse it with
  // parse_internal_render_format_spec and refuse it, "Invalid format specifier" (`f"{3:%Y}"`))
  if (!m) return kind === 'int' || kind === 'bool' || kind === 'float' || kind === 'str' ? true : undefined;
  const code = m[1];
  if (!code) return false;
  if (kind === 'str') return code !== 's';
  if (kind === 'int' || kind === 'bool') return code === 's';
  if (kind === 'float') return 'bcdoxXs'.includes(code);
  return undefined;
}
