// bytes and bytearray (kind 'bytes'; a bytearray has type 'bytearray'). They
// hold no references: their content matters only for what reading them gives.
// Content is kept as a string of code points 0-255 while known. What CPython
// does that counts show (Objects/bytesobject.c, bytearrayobject.c):
// - an item is a small int (cached: immortal from 3.12), so iterating one
//   gives shared objects, never new ones;
// - a bytes of length 0 or 1 is a cached singleton (immortal from 3.12), so a
//   slice or a construction giving one is that object;
// - a full slice (step 1) of an exact bytes is the object itself; a bytearray
//   is mutable, so every slice of it is a new bytearray;
// - a bytearray's content changes in place (methods, item stores, +=).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { LIMITS } from './limits';

type Pos = { line: number; col: number };

/** The known content of a bytes or bytearray (a bytearray others may have changed is not known). */
export function bytesContent(o: PyObj | undefined): string | undefined {
  if (!o || o.kind !== 'bytes' || typeof o.value !== 'string') return undefined;
  return o.type === 'bytearray' && o.fuzzy ? undefined : o.value;
}

/** Whether `o` is a bytearray (mutable; never shared by a slice or a construction). */
export function isBytearray(o: PyObj | undefined): boolean {
  return o?.kind === 'bytes' && o.type === 'bytearray';
}

/** A bytearray's content changed in a way the model does not follow. */
export function bytearrayChanged(o: PyObj): void {
  if (isBytearray(o)) o.value = undefined;
}

/** The small int a byte is (a cached object), or one of unknown value. */
export function byteItem(bi: Builtins, content: string | undefined, i: number): PyObj {
  return content !== undefined && i >= 0 && i < content.length ? bi.smallInt(BigInt(content.charCodeAt(i))) : bi.unknownSmallInt();
}

/**
 * The content of an object bytes(x) / bytearray(x) copies, when the model knows it:
 * another bytes-like object, or an iterable of known ints. `bad` reports a known
 * item out of 0..255 (ValueError in CPython). Consumes what it iterates.
 */
export function* contentFrom(bi: Builtins, src: PyObj, frame: Frame, hint = false): G<{ content?: string; bad?: boolean }> {
  if (src.kind === 'bytes') return { content: bytesContent(src) };
  const before = bi.standIns;
  // (`hint`: bytes' _PyBytes_FromIterator and bytearray.extend ask src's length hint once the iterator exists)
  const items = yield* bi.iterateAll(src, frame, hint);
  let content: string | undefined = '';
  let bad = false;
  for (const x of items) {
    const n = x.kind === 'int' || x.kind === 'bool' ? bi.num(x) : undefined;
    if (typeof n === 'bigint' && (n < 0n || n > 255n)) bad = true;
    if (typeof n !== 'bigint' || x.fromId) content = undefined;
    else if (content !== undefined) content += String.fromCharCode(Number(n));
    bi.it.heap.decref(x);
  }
  // (an iteration that made up items stands for a rest the model does not know)
  if (bi.standIns !== before || (content !== undefined && content.length > LIMITS.MAX_KNOWN_BYTES)) content = undefined;
  return { content, bad };
}

/** obj[idx] for an integer index: the byte's small int; IndexError past the end. */
export function bytesGetItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): PyObj {
  const v = bytesContent(obj);
  const n = bi.num(idx);
  if (v !== undefined && typeof n === 'bigint') {
    const k = Number(n < 0n ? n + BigInt(v.length) : n);
    if (k < 0 || k >= v.length) throw bi.it.raiseObj(bi.cError('IndexError', { line: frame.line, col: 0 }), frame, true);
    return byteItem(bi, v, k);
  }
  // (an index of unknown value, or content not known: any byte, or IndexError)
  bi.it.noteMayRaise();
  return bi.unknownSmallInt();
}

/**
 * obj[a:b:c]. `whole`: the slice keeps everything whatever the length (`[:]`, `[0:]`, `[::1]`);
 * `positions`: what it keeps, when bounds and content are known. An exact bytes kept whole is
 * itself; otherwise the result is a new object of the slice's content (a cached singleton for
 * a bytes of length 0 or 1). Where that is unknown a bytes may be itself: its count goes open.
 */
export function bytesSlice(bi: Builtins, obj: PyObj, positions: number[] | undefined, whole: boolean, frame: Frame): PyObj {
  const pos = { line: frame.line, col: 0 };
  const v = bytesContent(obj);
  const type = isBytearray(obj) ? 'bytearray' : 'bytes';
  const exactBytes = obj.type === 'bytes' && !obj.cls;
  const all = whole || (v !== undefined && !!positions && positions.length === v.length && positions.every((p, i) => p === i));
  if (exactBytes && all) return bi.it.heap.incref(obj)!;
  if (v !== undefined && positions) return bi.newBytes(pos, positions.map((i) => v[i]).join(''), type);
  if (exactBytes) return bi.maybeSame(obj, pos);
  return bi.newBytes(pos, undefined, type);
}

/**
 * `l + r` with a bytes-like left operand: a new object of l's type (a bytearray stays one);
 * an exact bytes plus an empty one is the other exact bytes itself (bytes_concat).
 * In place on a bytearray: l itself, extended.
 */
export function bytesConcat(bi: Builtins, l: PyObj, r: PyObj, inplace: boolean, pos: Pos): PyObj {
  const h = bi.it.heap;
  const lv = bytesContent(l);
  const rv = bytesContent(r);
  const v = lv === undefined || rv === undefined || lv.length + rv.length > LIMITS.MAX_KNOWN_BYTES ? undefined : lv + rv;
  if (isBytearray(l)) {
    if (!inplace) return bi.newBytes(pos, v, 'bytearray');
    l.value = v;
    return h.incref(l)!;
  }
  const exact = (o: PyObj): boolean => o.type === 'bytes' && !o.cls;
  if (rv === '' && exact(l) && exact(r)) return h.incref(l)!;
  if (lv === '' && exact(l) && exact(r)) return h.incref(r)!;
  return bi.newBytes(pos, v, 'bytes');
}

/**
 * `b * n`: an exact bytes times 1 is itself (bytes_repeat); otherwise a new object of l's type
 * (a bytes of length 0 or 1 a singleton). In place on a bytearray: b itself, repeated.
 */
export function bytesRepeat(bi: Builtins, b: PyObj, n: number | bigint | undefined, inplace: boolean, pos: Pos): PyObj {
  const h = bi.it.heap;
  const v = bytesContent(b);
  const count = typeof n === 'bigint' ? (n < 0n ? 0 : n > BigInt(LIMITS.MAX_KNOWN_BYTES) ? undefined : Number(n)) : undefined;
  const r = v !== undefined && count !== undefined && v.length * count <= LIMITS.MAX_KNOWN_BYTES ? v.repeat(count) : undefined;
  if (isBytearray(b)) {
    if (!inplace) return bi.newBytes(pos, r, 'bytearray');
    b.value = r;
    return h.incref(b)!;
  }
  // (bytes_repeat: a result as long as b is b itself, an exact one — `b * 1`, `b"" * n` —; any
  // other is a new object, even b'' or one byte: `b"ab" * 0` is no cached singleton)
  if ((count === 1 || (v === '' && count !== undefined)) && b.type === 'bytes' && !b.cls) return h.incref(b)!;
  // (a count of unknown value may be 1: the result may be b itself)
  if (n === undefined) return bi.maybeSame(b, pos);
  if (r === '') {
    const o = h.alloc('bytes', 'bytes', h.site(pos.line, pos.col, 'bytes', "b''"));
    o.value = '';
    return o;
  }
  return bi.newBytesFresh(pos, r, 'bytes');
}

/** The managed buffers (memoryView.ts) made over each bytearray: while one holds it, it cannot be resized. */
const exports = new WeakMap<PyObj, PyObj[]>();

export function noteExport(ba: PyObj, mbuf: PyObj): void {
  const l = (exports.get(ba) ?? []).filter((m) => m.alive && m.heldValue === ba);
  l.push(mbuf);
  exports.set(ba, l);
}

/** Whether a memoryview's buffer still holds `ba` (resizing it raises BufferError). */
export function hasExports(ba: PyObj): boolean {
  return !!exports.get(ba)?.some((m) => m.alive && m.heldValue === ba);
}

/** bytearray methods that change its size: BufferError while exported (bytearray_resize_lock_held). */
const BYTEARRAY_RESIZERS = new Set(['append', 'extend', 'insert', 'pop', 'remove', 'clear', '__iadd__', '__imul__', '__delitem__']);

/** Methods of bytearray that change it in place (their results hold nothing of it). */
const BYTEARRAY_MUTATORS = new Set(['append', 'extend', 'insert', 'pop', 'remove', 'clear', 'reverse', '__setitem__', '__delitem__', '__iadd__', '__imul__']);

/**
 * A bytearray method the model does not read: the ones that change it leave its content
 * unknown (ints in, None or an int out: no references kept); the rest give new objects,
 * never the bytearray itself. Undefined: not one of these.
 */
export function* bytearrayMethod(bi: Builtins, self: PyObj, method: string, args: PyObj[], frame: Frame, pos: Pos): G<PyObj | undefined> {
  if (BYTEARRAY_RESIZERS.has(method) && hasExports(self)) throw bi.it.raiseObj(bi.cError('BufferError', pos), frame, true);
  if (BYTEARRAY_MUTATORS.has(method)) {
    // extend takes any iterable of ints (a generator runs to its end), asking its length hint
    // once the iterator exists, as bytes() does.
    if (method === 'extend' && args[1]) {
      const { content, bad } = yield* contentFrom(bi, args[1], frame, true);
      if (bad) throw bi.it.raiseObj(bi.cError('ValueError', pos), frame, true);
      const v = bytesContent(self);
      self.value = v !== undefined && content !== undefined ? v + content : undefined;
      return bi.none;
    }
    const r = knownChange(bi, self, method, args);
    if (r) return r;
    bi.it.noteMayRaise();
    bytearrayChanged(self);
    return method === 'pop' ? bi.unknownSmallInt() : bi.none;
  }
  if (method === 'copy') return bi.newBytes(pos, bytesContent(self), 'bytearray');
  return undefined;
}

/** append / insert / pop / remove / clear / reverse on known content with known arguments that cannot fail. */
function knownChange(bi: Builtins, self: PyObj, method: string, args: PyObj[]): PyObj | undefined {
  const v = bytesContent(self);
  const ints = args.slice(1).map((a) => (a.kind === 'int' && !a.fromId ? a.value as bigint | undefined : undefined));
  if (v === undefined || ints.some((n) => n === undefined)) return undefined;
  const [a, b] = ints as bigint[];
  const byte = (n: bigint | undefined): boolean => n !== undefined && n >= 0n && n <= 255n;
  const at = (n: bigint, len: number): number => Math.min(Math.max(Number(n < 0n ? n + BigInt(len) : n), 0), len);
  switch (method) {
    case 'append': if (args.length !== 2 || !byte(a) || v.length >= LIMITS.MAX_KNOWN_BYTES) return undefined; self.value = v + String.fromCharCode(Number(a)); return bi.none;
    case 'insert': {
      if (args.length !== 3 || !byte(b) || v.length >= LIMITS.MAX_KNOWN_BYTES) return undefined;
      const i = at(a, v.length);
      self.value = v.slice(0, i) + String.fromCharCode(Number(b)) + v.slice(i);
      return bi.none;
    }
    case 'pop': {
      const i = args.length === 1 ? v.length - 1 : Number(a < 0n ? a + BigInt(v.length) : a);
      if (args.length > 2 || i < 0 || i >= v.length) return undefined;
      self.value = v.slice(0, i) + v.slice(i + 1);
      return bi.smallInt(BigInt(v.charCodeAt(i)));
    }
    case 'remove': {
      const i = args.length === 2 && byte(a) ? v.indexOf(String.fromCharCode(Number(a))) : -1;
      if (i < 0) return undefined;
      self.value = v.slice(0, i) + v.slice(i + 1);
      return bi.none;
    }
    case 'clear': if (args.length !== 1) return undefined; self.value = ''; return bi.none;
    case 'reverse': if (args.length !== 1) return undefined; self.value = [...v].reverse().join(''); return bi.none;
  }
  return undefined;
}
