// io.BytesIO (Modules/_io/bytesio.c) with its content, when known, and the
// one object it may share, as measured with sys.getrefcount on 3.11-3.13 (the
// same on all three):
// - Its buffer is a bytes object. BytesIO(b) of an exact bytes b uses b itself
//   as that buffer (one reference) until something is written; a bytearray or
//   other buffer is copied.
// - getvalue() of two or more bytes hands out the buffer itself (cut to size
//   first) and keeps it: the same object again until the next write, which
//   copies and lets it go. Of zero or one byte, or while exported, a new
//   (for 0 / 1 byte: the cached) bytes.
// - read() of the whole buffer from position 0 is that shared object too;
//   other reads make new bytes.
// - getbuffer() unshares the buffer (lets go of a shared object) and gives a
//   memoryview whose managed buffer holds a small export object holding the
//   BytesIO (one reference while the view lives, memoryView.ts). While one
//   lives, write / truncate / close raise BufferError.
// - close() / __exit__ let go of the buffer.
// A BytesIO handed to code the model does not follow has unknown content.
import type { Builtins } from './builtins';
import { BYTES_IO } from './builtinNames';
import { bytesContent, isBytearray } from './bytesObjects';
import { makeExportView } from './memoryView';
import { ModelState } from './modelState';
import type { PyObj } from './objects';
import { knownInt } from './operators';
import { newMemoryFile } from './stringIO';

type Pos = { line: number; col: number };

// (the name lives in builtinNames.ts, a leaf module the type-name table reads too)
export { BYTES_IO };
export const BYTES_IO_METHODS = ['write', 'writelines', 'getvalue', 'getbuffer', 'read', 'seek', 'tell', 'close', 'flush', '__enter__', '__exit__'] as const;
const METHOD_SET: ReadonlySet<string> = new Set(BYTES_IO_METHODS);

interface BioState {
  /** The whole content, when known. */
  content: string | undefined;
  pos: number | undefined;
  closed: boolean;
  /** The export objects getbuffer() made (alive while a view's managed buffer holds one). */
  exports: PyObj[];
  /** A whole read() may have handed out the buffer object itself (it is shared until the next write). */
  maybeShared?: boolean;
}

const states = new ModelState<BioState>((st) => {
  st.content = undefined;
  st.pos = undefined;
});

export function isBytesIO(o: PyObj | undefined): boolean {
  return !!o && o.builtinName === BYTES_IO && states.has(o);
}

export function isBytesIOMethod(name: string): boolean {
  return METHOD_SET.has(name);
}

/** BytesIO(initial=b''): undefined when the initial value is not a bytes / bytearray (or None). */
export function makeBytesIO(b: Builtins, initial: PyObj | undefined, pos: Pos): PyObj | undefined {
  if (initial && initial.kind !== 'bytes' && initial.kind !== 'none') return undefined;
  const h = b.it.heap;
  const o = newMemoryFile(b, '_io.BytesIO', BYTES_IO, pos);
  const given = initial && initial.kind === 'bytes' ? initial : undefined;
  // (an exact bytes becomes the buffer itself; a bytearray is copied)
  if (given && !isBytearray(given) && !given.cls) o.heldValue = h.incref(given);
  states.set(o, { content: given ? bytesContent(given) : '', pos: 0, closed: false, exports: [] });
  return o;
}

function exported(st: BioState): boolean {
  st.exports = st.exports.filter((x) => x.alive && x.heldValue);
  return st.exports.length > 0;
}

/** Lets go of the shared buffer object (a write copies it first). */
function unshare(b: Builtins, o: PyObj): void {
  const st = states.recorded(o);
  if (st) st.maybeShared = false;
  const held = o.heldValue;
  if (!held) return;
  o.heldValue = undefined;
  b.it.heap.decref(held);
  b.it.recorder.noteStore();
}

export type BioResult = PyObj | 'closed' | 'exported' | undefined;

function write(b: Builtins, o: PyObj, st: BioState, data: PyObj, pos: Pos): BioResult {
  if (data.kind !== 'bytes') return undefined;
  if (exported(st)) return 'exported';
  const v = bytesContent(data);
  // (write_bytes: nothing written, nothing changed)
  if (v === '') return b.smallInt(0n);
  unshare(b, o);
  if (st.content === undefined || st.pos === undefined || v === undefined) {
    st.content = undefined;
    st.pos = undefined;
  } else {
    const c = st.content.length < st.pos ? st.content.padEnd(st.pos, '\0') : st.content;
    st.content = c.slice(0, st.pos) + v + c.slice(st.pos + v.length);
    st.pos += v.length;
  }
  return b.newInt(v === undefined ? undefined : BigInt(v.length), pos);
}

/** The buffer object handed out (getvalue, a whole read): kept shared by the BytesIO. */
function shared(b: Builtins, o: PyObj, st: BioState, pos: Pos): PyObj {
  const h = b.it.heap;
  if (!o.heldValue) {
    o.heldValue = b.newBytes(pos, st.content, 'bytes');
    b.it.recorder.noteStore();
  }
  return h.incref(o.heldValue)!;
}

function getvalue(b: Builtins, o: PyObj, st: BioState, pos: Pos): PyObj {
  if (st.content === undefined || st.maybeShared && st.content.length > 1) {
    // (the shared object or a new one: which is not known)
    if (o.heldValue) b.it.heap.escape(o.heldValue);
    const r = b.newBytes(pos, undefined, 'bytes');
    b.it.heap.escape(r);
    return r;
  }
  if (st.content.length <= 1 || exported(st)) return b.newBytes(pos, st.content, 'bytes');
  return shared(b, o, st, pos);
}

function read(b: Builtins, o: PyObj, st: BioState, args: PyObj[], pos: Pos): PyObj | undefined {
  const limit = args[0] && args[0].kind !== 'none' ? knownInt(args[0]) : -1n;
  if (args.length > 1 || limit === undefined || st.content === undefined || st.pos === undefined) {
    if (o.heldValue) b.it.heap.escape(o.heldValue);
    st.pos = undefined;
    const r = b.newBytes(pos, undefined, 'bytes');
    b.it.heap.escape(r);
    return r;
  }
  const c = st.content;
  const start = Math.min(st.pos, c.length);
  const end = limit < 0n ? c.length : Math.min(c.length, start + Number(limit));
  st.pos = Math.max(st.pos, end);
  // (read_bytes: the whole buffer from 0, not exported, is the buffer object itself when the
  // buffer has exactly that size: known for the object it shares; after writes it is
  // over-allocated unless later writes filled it up, which the model does not follow)
  if (start === 0 && end === c.length && c.length > 1 && !exported(st)) {
    if (o.heldValue) return shared(b, o, st, pos);
    const r = b.newBytes(pos, c, 'bytes');
    b.it.heap.escape(r);
    st.maybeShared = true;
    return r;
  }
  return b.newBytes(pos, c.slice(start, end), 'bytes');
}

/** getbuffer(): a view over an export object holding the BytesIO; the shared buffer is let go. */
function getbuffer(b: Builtins, o: PyObj, st: BioState, pos: Pos): PyObj {
  const h = b.it.heap;
  unshare(b, o);
  const buf = h.alloc('builtin', '_io._BytesIOBuffer', h.site(pos.line, pos.col, '_io._BytesIOBuffer', 'BytesIO buffer'));
  buf.tracked = true;
  buf.acyclic = true;
  buf.heldValue = h.incref(o);
  st.exports.push(buf);
  const view = makeExportView(b, buf, pos);
  h.decref(buf);
  return view;
}

/**
 * A method of a BytesIO (self borrowed): its result (owned), 'closed' (ValueError),
 * 'exported' (BufferError), or undefined when not followed.
 */
export function bytesIOMethod(b: Builtins, o: PyObj, name: string, args: PyObj[], pos: Pos): BioResult {
  const st = states.get(o);
  if (!st) return undefined;
  const h = b.it.heap;
  if (name === 'close' || name === '__exit__') {
    if (exported(st)) return 'exported';
    st.closed = true;
    unshare(b, o);
    return name === '__exit__' ? h.incref(b.falseObj)! : h.incref(b.none)!;
  }
  if (st.closed) return 'closed';
  switch (name) {
    case '__enter__': return h.incref(o)!;
    case 'flush': return h.incref(b.none)!;
    case 'write': return args.length === 1 ? write(b, o, st, args[0], pos) : undefined;
    case 'writelines': {
      const src = args[0];
      if (!src || (src.kind !== 'list' && src.kind !== 'tuple') || src.fuzzy) return undefined;
      for (const s of src.items!) {
        const n = write(b, o, st, s, pos);
        if (!n || typeof n === 'string') return n;
        h.decref(n);
      }
      return h.incref(b.none)!;
    }
    case 'getvalue': return args.length ? undefined : getvalue(b, o, st, pos);
    case 'getbuffer': return args.length ? undefined : getbuffer(b, o, st, pos);
    case 'read': return read(b, o, st, args, pos);
    case 'tell': return b.newInt(st.pos === undefined ? undefined : BigInt(st.pos), pos);
    case 'seek': {
      const n = args[0] ? knownInt(args[0]) : undefined;
      if (n === undefined || n < 0n || args.length > 1) return undefined;
      st.pos = Number(n);
      return b.newInt(n, pos);
    }
    default: return undefined;
  }
}
