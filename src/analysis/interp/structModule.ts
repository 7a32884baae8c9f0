// struct (Modules/_struct.c): formats read here, packing and unpacking
// computed on known content, and the references involved, as measured with
// sys.getrefcount on 3.11-3.13 (the same on all three):
// - The module-level functions (pack, unpack, unpack_from, iter_unpack,
//   calcsize, pack_into) find their Struct in a cache dict keyed by the format
//   object: the first call with a format keeps that object for good (one more
//   reference; an equal format object later finds the entry). The cache is
//   cleared when it would grow past 100 entries.
// - Struct(fmt) keeps a bytes format itself (s_format); a str format is
//   converted to a new bytes and not kept. Its `format` is a new str each time.
//   A Struct is tracked by the collector. The cache's Struct of a bytes format
//   holds the format too: the first call keeps a bytes format twice (measured).
// - _clearcache() empties the cache: its formats and Structs are let go.
// - pack() makes a new bytes (b'' and one byte: the cached singletons);
//   unpack() / unpack_from() a new tuple of new objects (small ints and bools
//   cached, floats and bytes of two or more new).
// - iter_unpack() gives an iterator holding the Struct and the buffer's
//   object until it is exhausted.
// A format this file does not read (half floats, native sizes it does not
// know), a value it cannot pack, a buffer of the wrong size (struct.error) or
// of unknown content is left to the caller's unknown-call path, or gives
// items of unknown value.
import type { Builtins } from './builtins';
import { bytesContent, isBytearray } from './bytesObjects';
import type { Interpreter } from './interpreter';
import { LIMITS } from './limits';
import { isMemoryview, memoryviewContent, memoryviewExporter } from './memoryView';
import { knownText, type PyObj } from './objects';

type Pos = { line: number; col: number };

export const STRUCT = 'struct.Struct';
export const STRUCT_METHODS = ['pack', 'unpack', 'unpack_from', 'iter_unpack', 'pack_into'] as const;
export const STRUCT_FUNCS = ['pack', 'unpack', 'unpack_from', 'iter_unpack', 'calcsize', 'pack_into'] as const;
export const STRUCT_ITER = 'struct.iter_unpack';
const METHOD_SET: ReadonlySet<string> = new Set(STRUCT_METHODS);
/** CPython's MAXCACHE: the format cache is cleared when it would hold more. */
const MAX_CACHE = 100;

/** One item code of a format: its kind, size, byte order, and for s / p the string's length. */
interface Field {
  code: string;
  size: number;
  offset: number;
  little: boolean;
  signed: boolean;
}

interface Layout {
  fields: Field[];
  size: number;
}

const STANDARD: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, f: 4, d: 8 };
/** Native sizes on the 64-bit Linux these versions run on (x86-64, little-endian). */
const NATIVE: Record<string, number> = { ...STANDARD, l: 8, L: 8, n: 8, N: 8, P: 8 };
const SIGNED = new Set(['b', 'h', 'i', 'l', 'q', 'n']);

const layouts = new Map<string, Layout | null>();

/** The layout of a format, or undefined when it is not read here (or is an error). */
export function layoutOf(fmt: string): Layout | undefined {
  const cached = layouts.get(fmt);
  if (cached !== undefined) return cached ?? undefined;
  const r = parseFormat(fmt);
  if (layouts.size < LIMITS.MAX_STRUCT_FORMATS) layouts.set(fmt, r ?? null);
  return r;
}

function parseFormat(fmt: string): Layout | undefined {
  let i = 0;
  let native = true;
  let little = true;
  const order = fmt[0];
  if (order === '@' || order === '=' || order === '<' || order === '>' || order === '!') {
    native = order === '@';
    little = order === '@' || order === '=' || order === '<';
    i = 1;
  }
  const sizes = native ? NATIVE : STANDARD;
  const fields: Field[] = [];
  let offset = 0;
  while (i < fmt.length) {
    if (/\s/.test(fmt[i])) { i++; continue; }
    const m = /^(\d*)(.)/.exec(fmt.slice(i))!;
    i += m[0].length;
    const count = m[1] ? Number(m[1]) : 1;
    const code = m[2];
    if (code === 's' || code === 'p') {
      if (count > LIMITS.MAX_KNOWN_BYTES) return undefined;
      fields.push({ code, size: count, offset, little, signed: false });
      offset += count;
      continue;
    }
    const size = sizes[code];
    if (size === undefined || count > LIMITS.MAX_KNOWN_BYTES) return undefined;
    // Native mode aligns each item to its own size (no padding after the last).
    if (native && size > 1) offset = Math.ceil(offset / size) * size;
    for (let k = 0; k < count; k++) {
      if (code !== 'x') fields.push({ code, size, offset, little, signed: SIGNED.has(code) });
      offset += size;
    }
    if (fields.length > LIMITS.MAX_KNOWN_BYTES) return undefined;
  }
  return { fields, size: offset };
}

const structStates = new WeakMap<PyObj, { fmt: string; layout: Layout }>();
/** The format cache: per format, the format object it keeps and (once iter_unpack showed it) its Struct. */
const caches = new WeakMap<Interpreter, Map<string, { fmt: PyObj; struct?: PyObj }>>();

export function isStruct(o: PyObj): boolean {
  return o.builtinName === STRUCT && structStates.has(o);
}

/** The format text of a str or bytes format argument. */
function formatText(f: PyObj | undefined): string | undefined {
  if (!f) return undefined;
  if (f.kind === 'bytes') return bytesContent(f);
  return knownText(f);
}

/** struct.Struct(fmt): a new Struct (a bytes fmt kept, a str one not); undefined when the format is not read here. */
export function makeStruct(b: Builtins, fmt: PyObj | undefined, pos: Pos): PyObj | undefined {
  const text = formatText(fmt);
  const layout = text === undefined ? undefined : layoutOf(text);
  if (!layout) return undefined;
  const h = b.it.heap;
  const s = h.alloc('builtin', STRUCT, h.site(pos.line, pos.col, STRUCT, 'Struct(…)'));
  s.builtinName = STRUCT;
  s.tracked = true;
  s.acyclic = true;
  // (Struct___init__: `Py_SETREF(self->s_format, format)`, the bytes object itself)
  if (fmt!.kind === 'bytes') s.items = [h.incref(fmt)!];
  structStates.set(s, { fmt: text!, layout });
  return s;
}

/** A module-level function's format: its layout and cache entry, after the cache took its reference to the format object. */
function cachedLayout(b: Builtins, fmt: PyObj | undefined, pos: Pos): { layout: Layout; entry: { fmt: PyObj; struct?: PyObj } } | undefined {
  const text = formatText(fmt);
  const layout = text === undefined ? undefined : layoutOf(text);
  if (!layout) return undefined;
  let cache = caches.get(b.it);
  if (!cache) caches.set(b.it, cache = new Map());
  const key = `${fmt!.kind}:${text}`;
  let entry = cache.get(key);
  if (!entry) {
    if (cache.size >= MAX_CACHE) {
      for (const e of cache.values()) { b.it.heap.decref(e.fmt); b.it.heap.decref(e.struct); }
      cache.clear();
    }
    cache.set(key, entry = { fmt: b.it.heap.incref(fmt)! });
    // (the cache's Struct is made now; it holds a bytes format once more)
    if (fmt!.kind === 'bytes') entry.struct = makeStruct(b, fmt, pos);
  }
  return { layout, entry };
}

/** struct._clearcache(): the cache lets go of its formats and Structs. */
export function clearStructCache(b: Builtins): void {
  const cache = caches.get(b.it);
  if (!cache) return;
  const held = [...cache.values()];
  cache.clear();
  for (const e of held) { b.it.heap.decref(e.fmt); b.it.heap.decref(e.struct); }
}

/** An attribute of a Struct: a method to bind, a value, or undefined. */
export function structAttr(b: Builtins, s: PyObj, name: string, pos: Pos): { method: string } | { value: PyObj } | undefined {
  const st = structStates.get(s)!;
  if (METHOD_SET.has(name)) return { method: `${STRUCT}.${name}` };
  if (name === 'size') return { value: b.newInt(BigInt(st.layout.size), pos) };
  if (name === 'format') return { value: b.newStr(st.fmt, pos) };
  return undefined;
}

/** struct.NAME(fmt, …) or Struct.NAME(…): the result (owned), or undefined when not followed. */
export function structCall(b: Builtins, name: string, args: PyObj[], pos: Pos): PyObj | undefined {
  let layout: Layout | undefined;
  let owner: PyObj | undefined;
  let entry: { fmt: PyObj; struct?: PyObj } | undefined;
  let rest: PyObj[];
  if (name.startsWith(`${STRUCT}.`)) {
    owner = args[0];
    layout = structStates.get(owner)?.layout;
    rest = args.slice(1);
    name = name.slice(STRUCT.length + 1);
  } else {
    const cached = cachedLayout(b, args[0], pos);
    layout = cached?.layout;
    entry = cached?.entry;
    rest = args.slice(1);
    name = name.slice('struct.'.length);
  }
  if (!layout) return undefined;
  switch (name) {
    case 'calcsize': return rest.length ? undefined : b.newInt(BigInt(layout.size), pos);
    case 'pack': {
      const bytes = pack(b, layout, rest);
      return bytes === undefined ? undefined : b.newBytes(pos, bytes === null ? undefined : bytes);
    }
    case 'unpack': case 'unpack_from': {
      const buf = rest[0];
      const offset = name === 'unpack_from' ? intArg(b, rest[1]) : 0;
      if (!buf || offset === undefined || rest.length > (name === 'unpack' ? 1 : 2)) return undefined;
      const content = bufferContent(buf);
      if (content === 'not a buffer') return undefined;
      if (content !== undefined) {
        const off = offset < 0 ? offset + content.length : offset;
        if (off < 0 || (name === 'unpack' ? content.length !== layout.size : content.length - off < layout.size)) return undefined;
        return b.newSeq('tuple', unpackItems(b, layout, content, off, pos), pos);
      }
      return b.newSeq('tuple', unpackItems(b, layout, undefined, 0, pos), pos);
    }
    case 'iter_unpack': {
      const buf = rest[0];
      const content = buf && rest.length === 1 ? bufferContent(buf) : 'not a buffer';
      if (content === 'not a buffer' || !layout.size || (content !== undefined && content.length % layout.size)) return undefined;
      // (the module-level function's Struct is the cache's, kept there for good: it outlives the
      // iterator, and a later call with that format shares it; measured 3.11-3.13)
      if (!owner && entry) owner = entry.struct ??= makeStruct(b, entry.fmt, pos)!;
      return iterUnpack(b, owner!, buf, content, layout, pos);
    }
    case 'pack_into': {
      const [buf, off] = rest;
      const offset = intArg(b, off);
      if (!buf || offset === undefined || !(isBytearray(buf) || isMemoryview(buf))) return undefined;
      const bytes = pack(b, layout, rest.slice(2));
      if (bytes === undefined) return undefined;
      writeInto(buf, offset, bytes, layout.size);
      return b.none;
    }
  }
  return undefined;
}

/** An int argument's value (a missing one: 0); undefined when not known. */
function intArg(b: Builtins, o: PyObj | undefined): number | undefined {
  if (!o) return 0;
  const n = o.kind === 'int' && !o.fromId ? b.num(o) : undefined;
  return typeof n === 'bigint' && n > -(2n ** 31n) && n < 2n ** 31n ? Number(n) : undefined;
}

/** The bytes a buffer argument holds: its text, undefined when unknown, or 'not a buffer'. */
function bufferContent(buf: PyObj): string | undefined | 'not a buffer' {
  if (isMemoryview(buf)) return memoryviewContent(buf);
  if (buf.kind === 'bytes') return bytesContent(buf);
  return 'not a buffer';
}

/** pack_into: the bytearray's content (or the view's exporter's) is known only when the write is simple. */
function writeInto(buf: PyObj, offset: number, bytes: string | null, size: number): void {
  if (isBytearray(buf)) {
    const v = bytesContent(buf);
    const off = offset < 0 && v !== undefined ? offset + v.length : offset;
    buf.value = v !== undefined && bytes !== null && off >= 0 && off + size <= v.length ? v.slice(0, off) + bytes + v.slice(off + size) : undefined;
    return;
  }
  // (through a memoryview: what it writes is not followed)
  const exporter = memoryviewExporter(buf);
  if (exporter && isBytearray(exporter)) exporter.value = undefined;
}

/**
 * The packed bytes: their text, null when a value is of a right kind but not known, or
 * undefined when packing is not followed (a value of another kind, a wrong count: struct.error).
 */
function pack(b: Builtins, layout: Layout, values: PyObj[]): string | null | undefined {
  if (values.length !== layout.fields.length) return undefined;
  const out = new Uint8Array(layout.size);
  let known = true;
  for (let k = 0; k < values.length; k++) {
    const f = layout.fields[k];
    const v = values[k];
    if (f.code === 's' || f.code === 'p') {
      if (v.kind !== 'bytes') return undefined;
      const t = bytesContent(v);
      if (t === undefined) { known = false; continue; }
      const n = f.code === 'p' ? Math.min(t.length, f.size - 1, 255) : Math.min(t.length, f.size);
      const start = f.code === 'p' && f.size > 0 ? 1 : 0;
      if (f.code === 'p' && f.size > 0) out[f.offset] = n;
      for (let j = 0; j < n; j++) out[f.offset + start + j] = t.charCodeAt(j);
      continue;
    }
    if (f.code === 'c') {
      const t = v.kind === 'bytes' ? bytesContent(v) : undefined;
      if (v.kind !== 'bytes' || (t !== undefined && t.length !== 1)) return undefined;
      if (t === undefined) { known = false; continue; }
      out[f.offset] = t.charCodeAt(0);
      continue;
    }
    if (f.code === '?') {
      if (v.kind !== 'bool' && v.kind !== 'int' && v.kind !== 'none') return undefined;
      const t = v.kind === 'none' ? false : v.value === undefined ? undefined : v.kind === 'bool' ? !!v.value : v.value !== 0n;
      if (t === undefined) { known = false; continue; }
      out[f.offset] = t ? 1 : 0;
      continue;
    }
    if (f.code === 'f' || f.code === 'd') {
      if (v.kind !== 'float' && v.kind !== 'int' && v.kind !== 'bool') return undefined;
      const x = v.kind === 'float' ? (typeof v.value === 'number' ? v.value : undefined) : typeof b.num(v) === 'bigint' ? Number(b.num(v)) : undefined;
      if (x === undefined) { known = false; continue; }
      const dv = new DataView(out.buffer, f.offset, f.size);
      if (f.size === 4) {
        if (Number.isFinite(x) && Math.abs(x) > 3.4028234663852886e38) return undefined; // OverflowError
        dv.setFloat32(0, x, f.little);
      } else dv.setFloat64(0, x, f.little);
      continue;
    }
    // An integer code: an int (or bool); out of range is struct.error.
    if (v.kind !== 'int' && v.kind !== 'bool') return undefined;
    const n = v.kind === 'bool' ? (v.value === undefined ? undefined : v.value ? 1n : 0n) : v.fromId ? undefined : b.num(v);
    if (typeof n !== 'bigint') { known = false; continue; }
    const bits = BigInt(f.size * 8);
    const lo = f.signed ? -(1n << (bits - 1n)) : 0n;
    const hi = f.signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
    if (n < lo || n > hi) return undefined;
    let u = n < 0n ? n + (1n << bits) : n;
    for (let j = 0; j < f.size; j++) {
      out[f.offset + (f.little ? j : f.size - 1 - j)] = Number(u & 0xffn);
      u >>= 8n;
    }
  }
  return known ? String.fromCharCode(...out) : null;
}

/** The items of one record at `off` of `content` (new objects; unknown values when the content is not known). */
function unpackItems(b: Builtins, layout: Layout, content: string | undefined, off: number, pos: Pos): PyObj[] {
  const bytes = content === undefined ? undefined : Uint8Array.from(content.slice(off, off + layout.size), (c) => c.charCodeAt(0));
  return layout.fields.map((f) => {
    if (f.code === 's' || f.code === 'p') {
      if (!bytes) return f.size >= (f.code === 'p' ? 3 : 2) ? b.newBytes(pos, undefined) : b.unknown(pos.line, pos.col);
      const raw = bytes.slice(f.offset, f.offset + f.size);
      const n = f.code === 'p' && f.size > 0 ? Math.min(raw[0], f.size - 1) : raw.length;
      const body = f.code === 'p' && f.size > 0 ? raw.slice(1, 1 + n) : raw;
      return b.newBytes(pos, String.fromCharCode(...body));
    }
    if (f.code === 'c') return bytes ? b.newBytes(pos, String.fromCharCode(bytes[f.offset])) : b.unknown(pos.line, pos.col);
    if (f.code === '?') return bytes ? b.bool(bytes[f.offset] !== 0) : b.unknown(pos.line, pos.col);
    if (f.code === 'f' || f.code === 'd') {
      if (!bytes) return b.newFloat(undefined, pos);
      const dv = new DataView(bytes.buffer, f.offset, f.size);
      return b.newFloat(f.size === 4 ? dv.getFloat32(0, f.little) : dv.getFloat64(0, f.little), pos);
    }
    if (!bytes) return b.newInt(undefined, pos);
    let u = 0n;
    for (let j = f.size - 1; j >= 0; j--) u = (u << 8n) | BigInt(bytes[f.offset + (f.little ? j : f.size - 1 - j)]);
    const bits = BigInt(f.size * 8);
    if (f.signed && u >= 1n << (bits - 1n)) u -= 1n << bits;
    return b.newInt(u, pos);
  });
}

const iterStates = new WeakMap<PyObj, { content: string | undefined; layout: Layout; next: number }>();

/** iter_unpack: an iterator holding the Struct and the buffer's object until it is exhausted. */
function iterUnpack(b: Builtins, s: PyObj, buf: PyObj, content: string | undefined, layout: Layout, pos: Pos): PyObj {
  const h = b.it.heap;
  const itr = h.alloc('iterator', 'unpack_iterator', h.site(pos.line, pos.col, 'unpack_iterator', 'iter_unpack(…)'));
  itr.iterKind = STRUCT_ITER;
  itr.tracked = true;
  itr.acyclic = true;
  itr.attrs = new Map([['struct', h.incref(s)!], ['buffer', h.incref(buf)!]]);
  iterStates.set(itr, { content, layout, next: 0 });
  return itr;
}

/** The next record of an iter_unpack iterator (owned), or undefined at its end, where it lets go of both. */
export function structIterNext(b: Builtins, itr: PyObj, pos: Pos): PyObj | undefined | 'unknown' {
  const st = iterStates.get(itr);
  const attrs = itr.attrs;
  if (!st || !attrs) return undefined;
  if (st.content === undefined) return 'unknown';
  const off = st.next * st.layout.size;
  if (off >= st.content.length) {
    itr.attrs = undefined;
    for (const v of attrs.values()) b.it.heap.decref(v);
    return undefined;
  }
  st.next++;
  return b.newSeq('tuple', unpackItems(b, st.layout, st.content, off, pos), pos);
}
