// memoryview (Objects/memoryobject.c) over bytes and bytearray objects, as
// measured with sys.getrefcount on 3.11-3.13 (the same on all three):
// - memoryview(x) gets x's buffer once, into a new managed buffer (an mbuf, an
//   internal object) that holds the one reference to x; the view holds the mbuf.
//   Slices, cast(), toreadonly() and memoryview(view) are new views sharing that
//   mbuf: x's count does not move. A second memoryview(x) is a second mbuf.
// - The mbuf lets go of x when the last of its views is released (release(),
//   the end of a `with` block) or freed, even while released views still hold
//   the mbuf itself. The model drops a released view's hold on its mbuf at once,
//   so the mbuf dies at exactly that moment (no count of it is ever shown).
// - While an mbuf holds a bytearray, resizing the bytearray raises BufferError.
// - A released view raises ValueError for anything but release() and __exit__.
// - Reads make new objects: tobytes() and bytes(view) a new bytes, tolist() a
//   list of (cached) small ints, view[i] a small int; view.obj is x itself.
// - Over an array.array (arrayModule.ts) or a BytesIO's export object
//   (bytesIO.ts) the same holds; the model does not follow their bytes, so reads
//   give new objects of unknown value (floats for a 'd' / 'f' format), and
//   cast() to any format is a view sharing the mbuf.
// A view holds only its mbuf, which holds only bytes: never part of a cycle.
import { arrayTypecode, isArray } from './arrayModule';
import type { Builtins } from './builtins';
import { byteItem, bytesContent, bytearrayChanged, isBytearray, noteExport } from './bytesObjects';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { maybeRunHook, runIndex, runSliceIndexes } from './slotHooks';
import { slicePositions } from './subscripts';

type Pos = { line: number; col: number };

export const MEMORYVIEW = 'memoryview';
export const MEMORYVIEW_METHODS = ['release', 'tobytes', 'tolist', 'hex', 'cast', 'toreadonly', '__enter__', '__exit__'] as const;
const METHOD_SET: ReadonlySet<string> = new Set(MEMORYVIEW_METHODS);
/** Attributes that are plain values of the buffer (new ints, bools, a str or tuples of ints). */
const VALUE_ATTRS = new Set(['nbytes', 'itemsize', 'ndim', 'readonly', 'format', 'shape', 'strides', 'suboffsets', 'contiguous', 'c_contiguous', 'f_contiguous']);

interface ViewState {
  /** The exporter (a bytes or bytearray): read through, not a reference of the view's. */
  exporter: PyObj;
  /** The exporter's bytes this view shows, in order; undefined when not known. */
  positions: number[] | undefined;
  readonly: boolean;
  released: boolean;
  /** The item format when not bytes ('B'): items of an array or a cast view. */
  format?: string;
}

const views = new WeakMap<PyObj, ViewState>();

export function isMemoryview(o: PyObj | undefined): boolean {
  return !!o && o.builtinName === MEMORYVIEW && views.has(o);
}

/**
 * memoryview(x) for a bytes or bytearray x (a new mbuf), or for a view (a view sharing its mbuf);
 * 'released' for a released view (ValueError); undefined for another object.
 */
export function makeMemoryview(b: Builtins, src: PyObj | undefined, pos: Pos): PyObj | 'released' | undefined {
  if (!src) return undefined;
  const st = views.get(src);
  if (st && src.builtinName === MEMORYVIEW) {
    if (st.released) return 'released';
    return newView(b, src.heldValue!, { ...st, positions: st.positions?.slice() }, pos);
  }
  if (isArray(src)) return makeExportView(b, src, pos, arrayTypecode(src));
  if (src.kind !== 'bytes') return undefined;
  const content = bytesContent(src);
  return viewOfNewBuffer(b, src, isBytearray(src),
    { exporter: src, positions: content === undefined ? undefined : [...content].map((_, i) => i), readonly: !isBytearray(src), released: false }, pos);
}

/**
 * A view over a new managed buffer holding `src` (the view owns the buffer's one reference);
 * `exported`: a resize of src raises BufferError while the buffer lives.
 */
function viewOfNewBuffer(b: Builtins, src: PyObj, exported: boolean, state: ViewState, pos: Pos): PyObj {
  const h = b.it.heap;
  const mbuf = h.alloc('builtin', 'managedbuffer', h.site(pos.line, pos.col, 'managedbuffer', 'managed buffer'));
  mbuf.tracked = true;
  mbuf.acyclic = true;
  mbuf.heldValue = h.incref(src);
  if (exported) noteExport(src, mbuf);
  const view = newView(b, mbuf, state, pos);
  h.decref(mbuf);
  return view;
}

/**
 * A writable view of an exporter whose bytes the model does not follow (an array, a
 * BytesIO's export object): a new mbuf holding it; resizing it raises BufferError meanwhile.
 */
export function makeExportView(b: Builtins, src: PyObj, pos: Pos, format = 'B'): PyObj {
  return viewOfNewBuffer(b, src, true, { exporter: src, positions: undefined, readonly: false, released: false, format: format === 'B' ? undefined : format }, pos);
}

/** An item of unknown value in a view's format: a cached small int for bytes, else a new number. */
function unknownItem(b: Builtins, st: ViewState, pos: Pos): PyObj {
  const f = st.format;
  if (!f || f === 'B' || f === 'b') return b.unknownSmallInt();
  if (f === 'd' || f === 'f') return b.newFloat(undefined, pos);
  const n = b.unknown(pos.line, pos.col);
  n.acyclic = true;
  return n;
}

/** A new view holding `mbuf` (one more reference to it). */
function newView(b: Builtins, mbuf: PyObj, st: ViewState, pos: Pos): PyObj {
  const h = b.it.heap;
  const v = h.alloc('builtin', MEMORYVIEW, h.site(pos.line, pos.col, MEMORYVIEW, 'memoryview'));
  v.builtinName = MEMORYVIEW;
  v.tracked = true;
  v.acyclic = true;
  v.heldValue = h.incref(mbuf);
  views.set(v, st);
  return v;
}

/** The bytes a view shows, when known. */
export function memoryviewContent(o: PyObj): string | undefined {
  const st = views.get(o);
  const all = st && !st.released ? bytesContent(st.exporter) : undefined;
  if (all === undefined || !st!.positions || st!.positions.some((i) => i >= all.length)) return undefined;
  return st!.positions.map((i) => all[i]).join('');
}

/**
 * The next item of iter(view) (owned): a cached small int of known bytes, undefined at the end
 * (where the iterator lets go of the view, measured), 'unknown' when the items are not known.
 */
export function memoryviewIterNext(b: Builtins, itr: PyObj): PyObj | undefined | 'unknown' {
  const view = itr.iterSource;
  if (!view) return undefined;
  const v = views.get(view)?.format ? undefined : memoryviewContent(view);
  if (v === undefined) return 'unknown';
  const i = itr.iterIndex ?? 0;
  if (i >= v.length) {
    itr.iterSource = undefined;
    b.it.heap.decref(view);
    b.it.recorder.noteStore();
    return undefined;
  }
  itr.iterIndex = i + 1;
  return byteItem(b, v, i);
}

/** An item of unknown value in the view's format (owned), or undefined once released. */
export function memoryviewItemOfUnknownValue(b: Builtins, view: PyObj, pos: Pos): PyObj | undefined {
  const st = views.get(view);
  return st && !st.released ? unknownItem(b, st, pos) : undefined;
}

/** The object a view (not released) shows. */
export function memoryviewExporter(o: PyObj): PyObj | undefined {
  const st = views.get(o);
  return st && !st.released ? st.exporter : undefined;
}

export function isReleased(o: PyObj): boolean {
  return !!views.get(o)?.released;
}

/** release(): the view lets go of its mbuf (which lets go of the exporter when no other view holds it). */
function release(b: Builtins, o: PyObj): void {
  const st = views.get(o)!;
  if (st.released) return;
  st.released = true;
  const mbuf = o.heldValue;
  o.heldValue = undefined;
  b.it.heap.decref(mbuf);
  b.it.recorder.noteStore();
}

/** An attribute of a view: a method to bind, a value, 'released' (ValueError), or undefined (not followed). */
export function memoryviewAttr(b: Builtins, o: PyObj, name: string, pos: Pos): { method: string } | { value: PyObj } | 'released' | undefined {
  const st = views.get(o)!;
  if (METHOD_SET.has(name)) return { method: `${MEMORYVIEW}.${name}` };
  if (name !== 'obj' && !VALUE_ATTRS.has(name)) return undefined;
  if (st.released) return 'released';
  if (name === 'obj') return { value: b.it.heap.incref(st.exporter)! };
  // (an exporter not followed byte by byte: sizes and format are new values the model does not know)
  if (st.exporter.kind !== 'bytes' && name !== 'readonly') {
    const t = b.unknown(pos.line, pos.col);
    t.acyclic = true;
    return { value: t };
  }
  if (name === 'readonly') return { value: b.bool(st.readonly) };
  if (name === 'nbytes') return { value: b.newInt(st.positions ? BigInt(st.positions.length) : undefined, pos) };
  if (name === 'itemsize' || name === 'ndim') return { value: b.smallInt(1n) };
  if (name === 'format') return { value: b.newStr(st.format ?? 'B', pos) };
  if (name === 'contiguous' || name === 'c_contiguous' || name === 'f_contiguous') {
    // (one dimension: contiguous unless a step other than 1 sliced it)
    const p = st.positions;
    return p ? { value: b.bool(p.every((x, i) => i === 0 || x === p[i - 1] + 1)) } : undefined;
  }
  // (shape, strides, suboffsets: new tuples of ints)
  const t = b.unknown(pos.line, pos.col);
  t.acyclic = true;
  return { value: t };
}

/**
 * A method of a view (args[0] is the view): the result (owned), 'released' for
 * ValueError, or undefined when not followed.
 */
export function memoryviewMethod(b: Builtins, o: PyObj, name: string, args: PyObj[], pos: Pos): PyObj | 'released' | undefined {
  const st = views.get(o);
  if (!st) return undefined;
  const h = b.it.heap;
  if (name === 'release' || name === '__exit__') {
    release(b, o);
    return b.none;
  }
  if (st.released) return 'released';
  switch (name) {
    case '__enter__': return h.incref(o)!;
    case 'tobytes': return args.length ? undefined : b.newBytes(pos, memoryviewContent(o), 'bytes');
    case 'hex': return args.length ? undefined : b.newStr(hexOf(memoryviewContent(o)), pos);
    case 'tolist': {
      const v = memoryviewContent(o);
      if (args.length) return undefined;
      if (v === undefined) {
        // (new numbers of values not followed: a new list of unknown content)
        const l = b.newSeq('list', [], pos);
        b.fuzzContent(l);
        return l;
      }
      return b.newSeq('list', [...v].map((_, i) => byteItem(b, v, i)), pos);
    }
    case 'toreadonly': return newView(b, o.heldValue!, { ...st, positions: st.positions?.slice(), readonly: true }, pos);
    case 'cast': {
      // Only to bytes again ('B' / 'c'-less): another format changes what items are.
      const f = args[0];
      if (args.length !== 1 || f.kind !== 'str' || typeof f.value !== 'string') return undefined;
      // (an exporter not followed byte by byte: any format, items of unknown value)
      if (st.exporter.kind !== 'bytes') return newView(b, o.heldValue!, { ...st, positions: undefined, format: f.value === 'B' ? undefined : f.value }, pos);
      if (f.value !== 'B' && f.value !== 'b' && f.value !== 'c') return undefined;
      return newView(b, o.heldValue!, { ...st, positions: st.positions?.slice(), format: f.value === 'B' ? undefined : f.value }, pos);
    }
  }
  return undefined;
}

function hexOf(v: string | undefined): string | undefined {
  return v === undefined ? undefined : [...v].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/** view[i] (a small int) or view[a:b:c] (a new view sharing the mbuf). */
export function memoryviewGetItem(b: Builtins, o: PyObj, idx: PyObj, frame: Frame): PyObj {
  const st = views.get(o)!;
  const pos = { line: frame.line, col: 0 };
  if (st.released) throw b.it.raiseObj(b.cError('ValueError', pos), frame, true);
  if (idx.kind === 'slice') {
    const keep = st.positions ? slicePositions(b, st.positions.length, idx) : undefined;
    return newView(b, o.heldValue!, { ...st, positions: keep?.map((i) => st.positions![i]) }, pos);
  }
  const n = idx.kind === 'int' && !idx.fromId ? b.num(idx) : undefined;
  const v = memoryviewContent(o);
  if (typeof n === 'bigint' && v !== undefined) {
    const k = Number(n < 0n ? n + BigInt(v.length) : n);
    if (k < 0 || k >= v.length) throw b.it.raiseObj(b.cError('IndexError', pos), frame, true);
    return byteItem(b, v, k);
  }
  b.it.noteMayRaise();
  return unknownItem(b, st, pos);
}

/**
 * view[i] = v / view[a:b] = data as memory_ass_sub runs it: ValueError once released, TypeError on a
 * read-only view (of a bytes); then for an index its `__index__` (PyNumber_AsSsize_t), the bounds
 * (IndexError) and, for an integer format, the value's `__index__` (pack_single: PyNumber_Index);
 * for a slice the value's buffer first, then the slice's parts. The write goes into the exporter
 * (its content is then not known here). Takes `value`'s reference.
 */
export function* memoryviewSetItem(b: Builtins, o: PyObj, idx: PyObj, value: PyObj, frame: Frame): G<void> {
  const st = views.get(o)!;
  const pos = { line: frame.line, col: 0 };
  const h = b.it.heap;
  let conv: PyObj | undefined;
  try {
    if (st.released) throw b.it.raiseObj(b.cError('ValueError', pos), frame, true);
    if (st.readonly) throw b.it.raiseObj(b.cError('TypeError', pos), frame, true);
    if (idx.kind === 'slice') {
      // (a value that is no buffer is refused before the slice is read: its hooks run only on a maybe)
      if (value.kind === 'bytes' || isMemoryview(value)) conv = yield* runSliceIndexes(b, idx, frame);
      else for (const p of idx.sliceParts ?? []) if (p) maybeRunHook(b, p, '__index__', frame, { line: frame.line, col: 0, key: `${frame.line}:0:index` });
    } else {
      conv = yield* runIndex(b, idx, frame);
      const n = b.num(conv ?? idx);
      // (the view's length stays while it holds the buffer: the exporter cannot be resized)
      const len = st.positions?.length;
      const inRange = typeof n === 'bigint' && len !== undefined ? n < BigInt(len) && n >= -BigInt(len) : undefined;
      if (inRange === false) throw b.it.raiseObj(b.cError('IndexError', pos), frame, true);
      if (st.format && !INTEGER_FORMATS.has(st.format.replace(/^@/, ''))) b.it.noteMayRaise();
      else if (inRange) h.decref(yield* runIndex(b, value, frame));
      else maybeRunHook(b, value, '__index__', frame, { line: frame.line, col: 0, key: `${frame.line}:0:index` });
    }
  } finally {
    h.decref(conv);
    h.decref(value);
  }
  b.it.noteMayRaise();
  bytearrayChanged(st.exporter);
}

/** struct formats pack_single packs from PyNumber_Index of the value. */
const INTEGER_FORMATS: ReadonlySet<string> = new Set([...'bBhHiIlLqQnNP']);
