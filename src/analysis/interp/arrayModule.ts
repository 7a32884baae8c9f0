// array.array (Modules/arraymodule.c), as measured with sys.getrefcount on
// 3.11-3.13 (the same on all three):
// - An array stores raw machine numbers and holds no reference to anything:
//   what it was built from (a list, a generator's items, bytes) is only read.
// - Reading an item (a[i], iteration, tolist(), pop()) makes a new int / float
//   (small ints are the cached ones); a slice is a new array; tobytes() a new
//   bytes.
// - iter(a) holds a until it is exhausted.
// - While a memoryview's managed buffer holds it (memoryView.ts), every change
//   of its size (append, extend, frombytes, pop, ...) raises BufferError.
// Values are followed for the integer and 'f' / 'd' type codes; anything else
// (unicode arrays, values out of range) is left to the unknown-call path.
import type { Builtins } from './builtins';
import { bytesContent, hasExports } from './bytesObjects';
import type { Frame } from './frame';
import type { G } from './interpreter';
import { LIMITS } from './limits';
import type { PyObj } from './objects';
import { CODES, type Num, isArray, newArrayObj, stateOf, states } from './arrayState';
import { slicePositions } from './subscripts';

export { ARRAY, isArray } from './arrayState';

type Pos = { line: number; col: number };

export const ARRAY_ITER = 'array.iterator';
export const ARRAY_METHODS = ['append', 'extend', 'frombytes', 'fromlist', 'tobytes', 'tolist', 'pop', 'insert', 'reverse', 'count', 'index', 'buffer_info', '__len__'] as const;
const METHOD_SET: ReadonlySet<string> = new Set(ARRAY_METHODS);
/** Methods that change the size: BufferError while exported (array_resize). */
const RESIZERS: ReadonlySet<string> = new Set(['append', 'extend', 'frombytes', 'fromlist', 'pop', 'insert']);

export function isArrayMethod(name: string): boolean {
  return METHOD_SET.has(name);
}

/** The type code of an array (the format of a view over it). */
export function arrayTypecode(o: PyObj): string {
  return states.get(o)?.code ?? 'B';
}

/** x converted for type code `code`, or undefined (a TypeError / OverflowError the model leaves open). */
function convert(code: string, x: PyObj): Num | undefined | 'unknown' {
  const c = CODES[code];
  if (c.float) {
    if (x.kind !== 'float' && x.kind !== 'int' && x.kind !== 'bool') return undefined;
    if (x.value === undefined) return 'unknown';
    const v = Number(x.value);
    return code === 'f' ? Math.fround(v) : v;
  }
  if (x.kind !== 'int' && x.kind !== 'bool') return undefined;
  if (x.value === undefined || x.fromId) return 'unknown';
  const v = typeof x.value === 'boolean' ? (x.value ? 1n : 0n) : (x.value as bigint);
  return fits(code, v) ? v : undefined;
}

/** Whether an integer array of type code `code` can hold v. */
function fits(code: string, v: bigint): boolean {
  const c = CODES[code];
  const bits = BigInt(c.size * 8);
  const lo = c.signed ? -(1n << (bits - 1n)) : 0n;
  const hi = c.signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  return v >= lo && v <= hi;
}

/** Values kept only up to a bound (limits.ts): past it, not known. */
function capped(values: Num[] | undefined): Num[] | undefined {
  return values && values.length <= LIMITS.MAX_KNOWN_BYTES ? values : undefined;
}

/** The values of items (or 'bad' for one the model does not convert). */
function valuesOf(code: string, items: PyObj[]): Num[] | undefined | 'bad' {
  let out: Num[] | undefined = [];
  for (const x of items) {
    const v = convert(code, x);
    if (v === undefined) return 'bad';
    if (v === 'unknown') out = undefined;
    else out?.push(v);
  }
  return out;
}

/** The values packed in native little-endian bytes, or undefined. */
function fromBytes(code: string, content: string | undefined): Num[] | undefined | 'bad' {
  if (content === undefined) return undefined;
  const c = CODES[code];
  if (content.length % c.size) return 'bad';
  const dv = new DataView(Uint8Array.from(content, (ch) => ch.charCodeAt(0)).buffer);
  const out: Num[] = [];
  for (let off = 0; off < content.length; off += c.size) {
    if (c.float) out.push(c.size === 4 ? dv.getFloat32(off, true) : dv.getFloat64(off, true));
    else if (c.size === 8) out.push(c.signed ? dv.getBigInt64(off, true) : dv.getBigUint64(off, true));
    else {
      let u = 0n;
      for (let j = c.size - 1; j >= 0; j--) u = (u << 8n) | BigInt(dv.getUint8(off + j));
      if (c.signed && u >= 1n << BigInt(c.size * 8 - 1)) u -= 1n << BigInt(c.size * 8);
      out.push(u);
    }
  }
  return out;
}

function toBytes(code: string, values: Num[] | undefined): string | undefined {
  const c = CODES[code];
  if (!values || values.length * c.size > LIMITS.MAX_KNOWN_BYTES) return undefined;
  const dv = new DataView(new ArrayBuffer(values.length * c.size));
  values.forEach((v, i) => {
    const off = i * c.size;
    if (c.float) { if (c.size === 4) dv.setFloat32(off, Number(v), true); else dv.setFloat64(off, Number(v), true); return; }
    let u = BigInt(v);
    for (let j = 0; j < c.size; j++) { dv.setUint8(off + j, Number(u & 0xffn)); u >>= 8n; }
  });
  return String.fromCharCode(...new Uint8Array(dv.buffer));
}

/** A new array of type code `code` (holding nothing). */
function newArray(b: Builtins, code: string, values: Num[] | undefined, pos: Pos): PyObj {
  return newArrayObj(b, code, capped(values), pos);
}

/** A new object for an item read out (small ints cached). */
function itemObj(b: Builtins, code: string, v: Num | undefined, pos: Pos): PyObj {
  if (CODES[code].float) return b.newFloat(v === undefined ? undefined : Number(v), pos);
  return b.newInt(v === undefined ? undefined : BigInt(v), pos);
}

/**
 * The values an initializer / extend argument gives: a list, tuple or array read directly,
 * another iterable run to its end (a generator's items are released once read).
 */
function* valuesFrom(b: Builtins, code: string, src: PyObj, frame: Frame): G<Num[] | undefined | 'bad'> {
  const other = states.get(src);
  if (other && isArray(src)) {
    // (item by item: a float into an integer array is a TypeError, a value out of range an OverflowError)
    if (CODES[other.code].float && !CODES[code].float) return 'bad';
    const vals = stateOf(src)!.values;
    if (!vals) return undefined;
    return vals.every((v) => CODES[code].float || fits(code, BigInt(v))) ? vals.map((v) => (CODES[code].float ? (code === 'f' ? Math.fround(Number(v)) : Number(v)) : v)) : 'bad';
  }
  if (src.kind === 'bytes' || src.kind === 'str') return 'bad';
  const items = yield* b.iterateAll(src, frame);
  const r = src.fuzzy ? (items.some((x) => convert(code, x) === undefined) ? 'bad' : undefined) : valuesOf(code, items);
  for (const x of items) b.it.heap.decref(x);
  return r;
}

/** array(typecode[, initializer]): undefined when not followed. */
export function* makeArray(b: Builtins, args: PyObj[], frame: Frame, pos: Pos): G<PyObj | undefined> {
  const tc = args[0];
  if (!tc || tc.kind !== 'str' || typeof tc.value !== 'string' || !CODES[tc.value] || args.length > 2) return undefined;
  const code = tc.value;
  const init = args[1];
  if (!init) return newArray(b, code, [], pos);
  if (init.kind === 'bytes') {
    const v = fromBytes(code, bytesContent(init));
    return v === 'bad' ? undefined : newArray(b, code, v, pos);
  }
  const v = yield* valuesFrom(b, code, init, frame);
  return v === 'bad' ? undefined : newArray(b, code, v, pos);
}

export type ArrayResult = PyObj | 'exported' | undefined;

/** A method of an array (self borrowed): the result (owned), 'exported' (BufferError), or undefined when not followed. */
export function* arrayMethod(b: Builtins, o: PyObj, name: string, args: PyObj[], frame: Frame, pos: Pos): G<ArrayResult> {
  const st = stateOf(o);
  if (!st) return undefined;
  if (RESIZERS.has(name) && hasExports(o)) return 'exported';
  const h = b.it.heap;
  const vals = st.values;
  switch (name) {
    case 'append': {
      const v = args.length === 1 ? convert(st.code, args[0]) : undefined;
      if (v === undefined) return undefined;
      if (v === 'unknown') st.values = undefined;
      else { vals?.push(v); st.values = capped(vals); }
      return h.incref(b.none)!;
    }
    case 'extend': case 'fromlist': {
      if (args.length !== 1) return undefined;
      if (name === 'fromlist' && args[0].kind !== 'list') return undefined;
      const v = yield* valuesFrom(b, st.code, args[0], frame);
      if (v === 'bad') return undefined;
      st.values = capped(vals && v ? [...vals, ...v] : undefined);
      return h.incref(b.none)!;
    }
    case 'frombytes': {
      if (args.length !== 1 || args[0].kind !== 'bytes') return undefined;
      const v = fromBytes(st.code, bytesContent(args[0]));
      if (v === 'bad') return undefined;
      st.values = capped(vals && v ? [...vals, ...v] : undefined);
      return h.incref(b.none)!;
    }
    case 'tobytes': return args.length ? undefined : b.newBytes(pos, toBytes(st.code, vals), 'bytes');
    case 'tolist': {
      if (args.length) return undefined;
      if (!vals) { const l = b.newSeq('list', [], pos); b.fuzzContent(l); return l; }
      return b.newSeq('list', vals.map((v) => itemObj(b, st.code, v, pos)), pos);
    }
    case 'reverse':
      if (args.length) return undefined;
      vals?.reverse();
      return h.incref(b.none)!;
    case 'pop': {
      if (args.length || !vals) return undefined;
      if (!vals.length) return undefined;
      return itemObj(b, st.code, vals.pop(), pos);
    }
    case '__len__': return b.newInt(vals ? BigInt(vals.length) : undefined, pos);
    default: return undefined;
  }
}

/** An attribute of an array that is not a method: typecode (a cached one-character str), itemsize. */
export function arrayAttr(b: Builtins, o: PyObj, name: string): PyObj | undefined {
  const st = states.get(o)!;
  if (name === 'typecode') return b.newStr(st.code, { line: 0, col: 0 });
  if (name === 'itemsize') return b.smallInt(BigInt(CODES[st.code].size));
  return undefined;
}

/** len(a), when known. */
export function arrayLen(o: PyObj): number | undefined {
  return stateOf(o)?.values?.length;
}

/** a[i] (a new number; IndexError out of range) or a[i:j:k] (a new array). */
export function arrayGetItem(b: Builtins, o: PyObj, idx: PyObj, frame: Frame): PyObj {
  const st = stateOf(o)!;
  const pos = { line: frame.line, col: 0 };
  const vals = st.values;
  if (idx.kind === 'slice') {
    const keep = vals ? slicePositions(b, vals.length, idx) : undefined;
    return newArray(b, st.code, keep?.map((i) => vals![i]), pos);
  }
  const n = idx.kind === 'int' && !idx.fromId && typeof idx.value === 'bigint' ? idx.value : undefined;
  if (n !== undefined && vals) {
    const k = Number(n < 0n ? n + BigInt(vals.length) : n);
    if (k < 0 || k >= vals.length) throw b.it.raiseObj(b.cError('IndexError', pos), frame, true);
    return itemObj(b, st.code, vals[k], pos);
  }
  b.it.noteMayRaise();
  return itemObj(b, st.code, undefined, pos);
}

/** a[i] = v: the value is converted and stored (nothing kept); its content is then not known unless the index is. */
export function arraySetItem(b: Builtins, o: PyObj, idx: PyObj, value: PyObj): void {
  const st = stateOf(o)!;
  const vals = st.values;
  const v = convert(st.code, value);
  const n = idx.kind === 'int' && !idx.fromId && typeof idx.value === 'bigint' ? idx.value : undefined;
  b.it.heap.decref(value);
  if (vals && n !== undefined && typeof v !== 'string' && v !== undefined) {
    const k = Number(n < 0n ? n + BigInt(vals.length) : n);
    if (k >= 0 && k < vals.length) { vals[k] = v; return; }
  }
  b.it.noteMayRaise();
  st.values = undefined;
}

const iters = new WeakMap<PyObj, number>();

/** iter(a): an iterator holding the array until it is exhausted. */
export function arrayIter(b: Builtins, o: PyObj, pos: Pos): PyObj {
  const h = b.it.heap;
  const itr = h.alloc('iterator', 'arrayiterator', h.site(pos.line, pos.col, 'arrayiterator', 'iter(array)'));
  itr.iterKind = ARRAY_ITER;
  itr.tracked = true;
  itr.acyclic = true;
  itr.heldValue = h.incref(o);
  iters.set(itr, 0);
  return itr;
}

/** The next item (owned), undefined at the end (the array let go), 'unknown' when the values are not known. */
export function arrayIterNext(b: Builtins, itr: PyObj, pos: Pos): PyObj | undefined | 'unknown' {
  const o = itr.heldValue;
  if (!o) return undefined;
  const st = stateOf(o);
  if (!st?.values) return 'unknown';
  const i = iters.get(itr) ?? 0;
  if (i >= st.values.length) {
    itr.heldValue = undefined;
    b.it.heap.decref(o);
    b.it.recorder.noteStore();
    return undefined;
  }
  iters.set(itr, i + 1);
  return itemObj(b, st.code, st.values[i], pos);
}
