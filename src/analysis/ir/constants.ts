// Literal constants as CPython's compiler builds them: parsing literal text
// into values, folding constant expressions the way the AST optimizer does
// (within its size limits), and the key under which equal constants of one
// file are merged into a single object shared by every code object.
import { ConstValue } from './irTypes';
import { complexArith, complexRepr, cPow, encodeComplex } from './complexMath';
import { LATIN1_CHAR_NAMES } from './latin1Names';

/** CPython's ast_opt.c refuses to fold results larger than these (MAX_INT_SIZE bits, MAX_COLLECTION_SIZE, MAX_STR_SIZE). */
const MAX_INT_BITS = 128n;
const MAX_STR_SIZE = 4096;
const MAX_COLLECTION_SIZE = 256;

export function constKey(c: ConstValue): string {
  switch (c.t) {
    case 'int': return `int:${c.v}`;
    case 'float': return `float:${Object.is(c.v, -0) ? '-0' : String(c.v)}`;
    // (_PyCode_ConstantKey keeps the signs of zero parts apart: `-4j` is (-0-4j), not 0-4j's (0-4j))
    case 'complex': return `complex:${encodeComplex([c.re, c.v])}`;
    case 'str': return `str:${c.v}`;
    case 'bytes': return `bytes:${c.v}`;
    case 'bool': return `bool:${c.v}`;
    case 'none': return 'none';
    case 'ellipsis': return 'ellipsis';
    case 'tuple': return `tuple:(${c.v.map(constKey).join(',')})`;
    case 'frozenset': return `frozenset:(${c.v.map(constKey).join(',')})`;
  }
}

export function constRepr(c: ConstValue): string {
  switch (c.t) {
    case 'int': return String(c.v);
    case 'float': return floatRepr(c.v);
    case 'complex': return complexRepr([c.re, c.v]);
    case 'str': return pyStrRepr(c.v);
    case 'bytes': return `b${pyStrRepr(c.v)}`;
    case 'bool': return c.v ? 'True' : 'False';
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'tuple': return c.v.length === 1 ? `(${constRepr(c.v[0])},)` : `(${c.v.map(constRepr).join(', ')})`;
    case 'frozenset': return `frozenset({${c.v.map(constRepr).join(', ')}})`;
  }
}

/** repr(float): the shortest digits that round-trip, fixed from 1e-4 up to 1e16, else with an exponent of two digits or more. */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mant, e] = Math.abs(v).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(e);
  const sign = v < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${int}.${frac || '0'}`;
}

export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(new RegExp(q, 'g'), `\\${q}`);
  return `${q}${body}${q}`;
}

/** Parses an integer literal (`0x1F`, `1_000`, `0o7`, `0b1`). */
export function parseIntLiteral(text: string): bigint | undefined {
  const t = text.replace(/_/g, '').toLowerCase();
  try {
    if (/^0[xob]/.test(t)) return BigInt(t);
    if (/^\d+$/.test(t)) return BigInt(t.replace(/^0+(?=\d)/, ''));
  } catch {
    return undefined;
  }
  return undefined;
}

/** A literal's raw text with CRLF / CR line ends as the tokenizer gives them: "\n". */
export function unifyNewlines(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

// (characters outside Latin-1 named by `\N{...}`: which one is not known here, only that it is one
// character outside Latin-1, the same for the same name; a private-use character stands for each)
const otherNamedChars = new Map<string, string>();

/** The character `\N{name}` gives (names are matched without regard to case, as unicodedata does). */
function namedChar(name: string): string {
  const key = name.toUpperCase();
  const latin1 = LATIN1_CHAR_NAMES.get(key);
  if (latin1 !== undefined) return String.fromCharCode(latin1);
  let c = otherNamedChars.get(key);
  if (c === undefined) {
    c = String.fromCharCode(0xe000 + (otherNamedChars.size % 0x1900));
    otherNamedChars.set(key, c);
  }
  return c;
}

/** Decodes the escapes of a (non-raw) string literal body. */
export function decodeEscapes(body: string, isBytes: boolean): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|\r?\n|.)/g, (_m, e: string) => {
    switch (e[0]) {
      case 'n': return e === 'n' ? '\n' : `\\${e}`;
      case 'N': return e.startsWith('N{') && !isBytes ? namedChar(e.slice(2, -1)) : `\\${e}`;
      case 't': return '\t';
      case 'r': return '\r';
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        return String.fromCharCode(parseInt(e, 8));
      case 'x': return String.fromCharCode(parseInt(e.slice(1), 16));
      case 'u': case 'U': return isBytes ? `\\${e}` : String.fromCodePoint(parseInt(e.slice(1), 16));
      case '\\': return '\\';
      case "'": return "'";
      case '"': return '"';
      case 'a': return '\x07';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case '\n': case '\r': return '';
      default: return `\\${e}`;
    }
  });
}

function isNumber(c: ConstValue): c is { t: 'int'; v: bigint } | { t: 'float'; v: number } | { t: 'bool'; v: boolean } {
  return c.t === 'int' || c.t === 'float' || c.t === 'bool';
}

function asBig(c: ConstValue): bigint | undefined {
  if (c.t === 'int') return c.v;
  if (c.t === 'bool') return c.v ? 1n : 0n;
  return undefined;
}

function asNum(c: ConstValue): number {
  if (c.t === 'int') return Number(c.v);
  if (c.t === 'bool') return c.v ? 1 : 0;
  if (c.t === 'float') return c.v;
  return NaN;
}

function bitLength(v: bigint): bigint {
  return BigInt((v < 0n ? -v : v).toString(2).length);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function pyMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** Folds a unary operator on a constant, or undefined when CPython would not. */
export function foldUnary(op: string, c: ConstValue): ConstValue | undefined {
  if (op === '-' || op === '+') {
    if (c.t === 'int' || c.t === 'bool') return { t: 'int', v: op === '-' ? -asBig(c)! : asBig(c)! };
    if (c.t === 'float') return { t: 'float', v: op === '-' ? -c.v : c.v };
    if (c.t === 'complex') return { t: 'complex', re: op === '-' ? -c.re : c.re, v: op === '-' ? -c.v : c.v };
  }
  if (op === '~' && (c.t === 'int' || c.t === 'bool')) return { t: 'int', v: -asBig(c)! - 1n };
  return undefined;
}

/** Folds a binary operator on two constants within CPython's safe limits. */
export function foldBinary(op: string, a: ConstValue, b: ConstValue): ConstValue | undefined {
  const ai = asBig(a);
  const bi = asBig(b);
  if (ai !== undefined && bi !== undefined) {
    switch (op) {
      case '+': return { t: 'int', v: ai + bi };
      case '-': return { t: 'int', v: ai - bi };
      case '*': {
        if (ai !== 0n && bi !== 0n && bitLength(ai) + bitLength(bi) > MAX_INT_BITS) return undefined;
        return { t: 'int', v: ai * bi };
      }
      case '**': {
        // (0 ** -1 raises ZeroDivisionError: not folded)
        if (bi < 0n) return ai === 0n ? undefined : { t: 'float', v: Math.pow(Number(ai), Number(bi)) };
        if (ai !== 0n && ai !== 1n && ai !== -1n && bitLength(ai) * bi > MAX_INT_BITS) return undefined;
        return { t: 'int', v: ai ** bi };
      }
      case '//': return bi === 0n ? undefined : { t: 'int', v: floorDiv(ai, bi) };
      case '%': return bi === 0n ? undefined : { t: 'int', v: pyMod(ai, bi) };
      case '/': return bi === 0n ? undefined : { t: 'float', v: Number(ai) / Number(bi) };
      case '<<': {
        if (bi < 0n || (ai !== 0n && bitLength(ai) + bi > MAX_INT_BITS)) return undefined;
        return { t: 'int', v: ai << bi };
      }
      case '>>': return bi < 0n ? undefined : { t: 'int', v: ai >> bi };
      case '&': return { t: 'int', v: ai & bi };
      case '|': return { t: 'int', v: ai | bi };
      case '^': return { t: 'int', v: ai ^ bi };
    }
    return undefined;
  }
  if (isNumber(a) && isNumber(b) && a.t !== 'bool' || isNumber(a) && isNumber(b)) {
    const x = asNum(a);
    const y = asNum(b);
    switch (op) {
      case '+': return { t: 'float', v: x + y };
      case '-': return { t: 'float', v: x - y };
      case '*': return { t: 'float', v: x * y };
      case '/': return y === 0 ? undefined : { t: 'float', v: x / y };
      case '**': {
        // (float_pow: a negative base to a fractional power is complex's power, `(-8) ** (1 / 3)`
        // folds to a complex constant; 0.0 to a negative power and an overflow raise: not folded)
        if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) {
          const c = cPow([x, 0], [y, 0]);
          return typeof c === 'string' ? undefined : { t: 'complex', re: c[0], v: c[1] };
        }
        const v = Math.pow(x, y);
        if ((x === 0 && y < 0) || (!Number.isFinite(v) && Number.isFinite(x) && Number.isFinite(y))) return undefined;
        return { t: 'float', v };
      }
      case '//': return y === 0 ? undefined : { t: 'float', v: Math.floor(x / y) };
      case '%': return y === 0 ? undefined : { t: 'float', v: x - y * Math.floor(x / y) };
    }
    return undefined;
  }
  if ((a.t === 'complex' || b.t === 'complex') && (isNumber(a) || a.t === 'complex') && (isNumber(b) || b.t === 'complex')) {
    // (an operation complex refuses — `//`, `%`, a division by zero, an overflowing power — or an
    // int too large for a double raises when folded: the optimizer leaves it to run)
    const pair = (c: ConstValue): [number, number] => (c.t === 'complex' ? [c.re, c.v] : [asNum(c), 0]);
    const [x, y] = [pair(a), pair(b)];
    if ((a.t === 'int' && !Number.isFinite(x[0])) || (b.t === 'int' && !Number.isFinite(y[0]))) return undefined;
    const r = complexArith(op, x, y);
    return r === undefined || typeof r === 'string' ? undefined : { t: 'complex', re: r[0], v: r[1] };
  }
  if ((a.t === 'str' && b.t === 'str') || (a.t === 'bytes' && b.t === 'bytes')) {
    if (op === '+' && a.v.length + b.v.length <= MAX_STR_SIZE) return { t: a.t, v: a.v + b.v };
    return undefined;
  }
  if (op === '*' && (a.t === 'str' || a.t === 'bytes' || a.t === 'tuple') && bi !== undefined) return repeat(a, bi);
  if (op === '*' && (b.t === 'str' || b.t === 'bytes' || b.t === 'tuple') && ai !== undefined) return repeat(b, ai);
  if (op === '+' && a.t === 'tuple' && b.t === 'tuple' && a.v.length + b.v.length <= MAX_COLLECTION_SIZE) {
    return { t: 'tuple', v: [...a.v, ...b.v] };
  }
  return undefined;
}

function repeat(c: ConstValue & { t: 'str' | 'bytes' | 'tuple' }, n: bigint): ConstValue | undefined {
  const count = n < 0n ? 0 : Number(n);
  if (c.t === 'tuple') {
    if (c.v.length * count > MAX_COLLECTION_SIZE) return undefined;
    const out: ConstValue[] = [];
    for (let i = 0; i < count; i++) out.push(...c.v);
    return { t: 'tuple', v: out };
  }
  if (c.v.length * count > MAX_STR_SIZE) return undefined;
  // (bytes_repeat of non-empty bytes by 0 allocates an empty bytes object: no cached b'')
  if (c.t === 'bytes' && c.v.length > 0 && count === 0) return { t: 'bytes', v: '', fresh: true };
  return { t: c.t, v: c.v.repeat(count) };
}

/** The truth of a constant (what `not c` folds to). */
export function constTruth(c: ConstValue): boolean | undefined {
  switch (c.t) {
    case 'int': return c.v !== 0n;
    case 'float': return c.v !== 0;
    case 'complex': return c.re !== 0 || c.v !== 0;
    case 'bool': return c.v;
    case 'str': case 'bytes': case 'tuple': case 'frozenset': return c.v.length > 0;
    case 'none': return false;
    case 'ellipsis': return true;
  }
}

/**
 * Which operand's own object folding `a op b` gives back (so its literal's arena reference stays
 * on the constant), if one: a str, bytes or tuple repeated once (unicode_repeat / bytes_repeat /
 * tuple_repeat return an exact one itself) or concatenated with an empty one of its kind.
 */
export function foldGivesOperand(op: string, a: ConstValue, b: ConstValue): 'left' | 'right' | undefined {
  const seq = (c: ConstValue): boolean => c.t === 'str' || c.t === 'bytes' || c.t === 'tuple';
  const one = (c: ConstValue): boolean => (c.t === 'int' && c.v === 1n) || (c.t === 'bool' && c.v);
  const empty = (c: ConstValue): boolean => seq(c) && (c as { v: unknown[] | string }).v.length === 0;
  if (op === '*') return seq(a) && one(b) && !empty(a) ? 'left' : seq(b) && one(a) && !empty(b) ? 'right' : undefined;
  if (op === '+' && seq(a) && a.t === b.t && empty(a) !== empty(b)) return empty(b) ? 'left' : 'right';
  return undefined;
}

/**
 * fold_subscr: `c[i]` of a constant tuple (the item: the same object, which the tuple left in the
 * arena also holds), str or bytes (a new character / int) by a constant int in range; undefined
 * where the lookup fails or the optimizer would not fold.
 */
export function foldSubscript(obj: ConstValue, idx: ConstValue): { value: ConstValue; origin: 'item' | 'folded' } | undefined {
  const i = idx.t === 'int' ? idx.v : idx.t === 'bool' ? (idx.v ? 1n : 0n) : undefined;
  if (i === undefined) return undefined;
  const items: readonly unknown[] | undefined = obj.t === 'tuple' ? obj.v : obj.t === 'str' ? Array.from(obj.v) : obj.t === 'bytes' ? Array.from(obj.v) : undefined;
  if (!items) return undefined;
  const n = BigInt(items.length);
  const j = i < 0n ? i + n : i;
  if (j < 0n || j >= n) return undefined;
  if (obj.t === 'tuple') return { value: obj.v[Number(j)], origin: 'item' };
  if (obj.t === 'str') return { value: { t: 'str', v: items[Number(j)] as string }, origin: 'folded' };
  return { value: { t: 'int', v: BigInt((items[Number(j)] as string).charCodeAt(0)) }, origin: 'folded' };
}
