// Complex numbers at run time (Objects/complexobject.c, 3.11-3.13): every
// result is a new object (complex keeps no cache), except `+c` and complex(c)
// of an exact complex, which give c itself; `.real` / `.imag` make a new float
// per read (T_DOUBLE members). Values are computed when both operands' are
// known (ir/complexMath.ts, the same arithmetic constant folding uses), so
// equality, hashing and the errors complex raises are decided as CPython does.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { PyObj } from './objects';
import { Complex, complexArith, complexRepr, decodeComplex, encodeComplex } from '../ir/complexMath';

type Pos = { line: number; col: number };

/** An exact complex's value, when known. */
export function complexParts(o: PyObj): Complex | undefined {
  return o.kind === 'complex' && typeof o.value === 'string' ? decodeComplex(o.value) : undefined;
}

/**
 * An exact int, bool, float or complex as the pair TO_COMPLEX makes of it; 'unknown' when its value
 * is not known, 'overflow' for an int too large for a double; undefined for anything else (a
 * subclass, an instance: its own methods may answer).
 */
function operand(o: PyObj): Complex | 'unknown' | 'overflow' | undefined {
  if (o.cls || o.pureValue || o.type !== o.kind) return undefined;
  switch (o.kind) {
    case 'complex': return complexParts(o) ?? 'unknown';
    case 'float': return typeof o.value === 'number' ? [o.value, 0] : 'unknown';
    case 'bool': return typeof o.value === 'boolean' ? [o.value ? 1 : 0, 0] : 'unknown';
    case 'int': {
      if (typeof o.value !== 'bigint' || o.fromId) return 'unknown';
      const x = Number(o.value);
      return Number.isFinite(x) ? [x, 0] : 'overflow';
    }
    default: return undefined;
  }
}

export function newComplex(bi: Builtins, c: Complex | undefined, pos: Pos): PyObj {
  const h = bi.it.heap;
  const o = h.alloc('complex', 'complex', h.site(pos.line, pos.col, 'complex', c ? complexRepr(c) : 'complex'));
  if (c) o.value = encodeComplex(c);
  return o;
}

const ARITH: ReadonlySet<string> = new Set(['+', '-', '*', '/', '**']);

/**
 * `l op r` with an exact complex on either side and an exact number on the other: a new complex,
 * or the error complex raises (TypeError for `//`, `%` and the bitwise operators; ZeroDivisionError
 * for a zero divisor or 0 to a negative power; OverflowError for a power out of range or an int too
 * large for a double). Undefined when this is not such a pair.
 */
export function complexBinop(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, pos: Pos): PyObj | undefined {
  if (l.kind !== 'complex' && r.kind !== 'complex') return undefined;
  const a = operand(l);
  const b = operand(r);
  if (a === undefined || b === undefined) return undefined;
  if (!ARITH.has(op)) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  if (a === 'overflow' || b === 'overflow') throw bi.it.raiseObj(bi.cError('OverflowError', pos), frame, true);
  if (a === 'unknown' || b === 'unknown') {
    // (a divisor or base of unknown value may be zero, a power may overflow)
    if (op === '/' || op === '**') bi.it.noteMayRaise();
    return newComplex(bi, undefined, pos);
  }
  const res = complexArith(op, a, b)!;
  if (typeof res === 'string') throw bi.it.raiseObj(bi.cError(res, pos), frame, true);
  return newComplex(bi, res, pos);
}

/** `-c`, `+c`, `~c` of an exact complex (undefined for anything else). */
export function complexUnary(bi: Builtins, op: string, v: PyObj, frame: Frame, pos: Pos): PyObj | undefined {
  if (v.kind !== 'complex' || v.cls || v.type !== 'complex') return undefined;
  // (complex_pos gives an exact complex back itself)
  if (op === '+') return bi.it.heap.incref(v)!;
  if (op === '~') throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  const c = complexParts(v);
  return newComplex(bi, c ? [-c[0], -c[1]] : undefined, pos);
}

/**
 * `l op r` comparing an exact complex with an exact number: `==` / `!=` by value (True / False,
 * an unknown bool when a value is not known); an order is not supported, TypeError. Undefined
 * when this is not such a pair.
 */
export function complexCompare(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, pos: Pos): PyObj | undefined {
  if (l.kind !== 'complex' && r.kind !== 'complex') return undefined;
  const a = operand(l);
  const b = operand(r);
  if (a === undefined || b === undefined) return undefined;
  if (op !== '==' && op !== '!=') throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  if (typeof a === 'string' || typeof b === 'string') return bi.unknownBool(pos.line, pos.col);
  const eq = a[0] === b[0] && a[1] === b[1];
  return bi.bool(eq === (op === '=='));
}

/** The model's hash key of an exact complex of known value: that of its real part when the imaginary one is 0 (3+0j == 3). */
export function complexKey(o: PyObj): string | undefined {
  const c = complexParts(o);
  if (!c) return undefined;
  if (c[1] === 0) return Number.isInteger(c[0]) ? `n:${c[0]}` : `f:${c[0]}`;
  return `c:${c[0] === 0 ? 0 : c[0]},${c[1]}`;
}

/** Truth of an exact complex: nonzero in either part. */
export function complexTruth(o: PyObj): boolean | undefined {
  const c = complexParts(o);
  return c ? c[0] !== 0 || c[1] !== 0 : undefined;
}

/** `.real` / `.imag` of an exact complex: a new float each read. */
export function complexAttr(bi: Builtins, o: PyObj, name: string, pos: Pos): PyObj | undefined {
  if (o.kind !== 'complex' || (name !== 'real' && name !== 'imag')) return undefined;
  const c = complexParts(o);
  return bi.newFloat(c ? c[name === 'real' ? 0 : 1] : undefined, pos);
}

/** c.conjugate(): a new complex. */
export function complexConjugate(bi: Builtins, o: PyObj, pos: Pos): PyObj {
  const c = complexParts(o);
  return newComplex(bi, c ? [c[0], -c[1]] : undefined, pos);
}

/** abs(c) of an exact complex: a new float, hypot of the parts (undefined when that overflows: OverflowError, left to the caller). */
export function complexAbs(bi: Builtins, o: PyObj, pos: Pos): PyObj | undefined {
  if (o.kind !== 'complex' || o.cls || o.type !== 'complex') return undefined;
  const c = complexParts(o);
  const v = c ? Math.hypot(c[0], c[1]) : undefined;
  if (c && v !== undefined && !Number.isFinite(v) && c.every((x) => Number.isFinite(x))) return undefined;
  return bi.newFloat(v, pos);
}

/**
 * complex(), complex(x), complex(x, y) of exact numbers (complex_new_impl): an exact complex alone
 * is given back itself; otherwise a new complex, real = x.real - y.imag, imag = y.real + x.imag.
 * Undefined for other arguments (a str, an object with __complex__ …).
 */
export function complexCall(bi: Builtins, args: PyObj[], frame: Frame, pos: Pos): PyObj | undefined {
  if (args.length === 0) return newComplex(bi, [0, 0], pos);
  if (args.length > 2) return undefined;
  if (args.length === 1 && args[0].kind === 'complex' && args[0].type === 'complex' && !args[0].cls) return bi.it.heap.incref(args[0])!;
  const ops = args.map(operand);
  if (ops.some((x) => x === undefined)) return undefined;
  if (ops.includes('overflow')) throw bi.it.raiseObj(bi.cError('OverflowError', pos), frame, true);
  if (ops.includes('unknown')) return newComplex(bi, undefined, pos);
  const [cr, ci] = ops as Complex[];
  if (!ci) return newComplex(bi, [cr[0], cr[1]], pos);
  const re = args[1].kind === 'complex' ? cr[0] - ci[1] : cr[0];
  const im = args[0].kind === 'complex' ? ci[0] + cr[1] : ci[0];
  return newComplex(bi, [re, im], pos);
}
