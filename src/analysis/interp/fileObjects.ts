// Files from open() (Modules/_io): in text mode a TextIOWrapper over a
// BufferedReader / BufferedWriter / BufferedRandom over a FileIO; in binary
// mode the buffered object; with buffering=0 the FileIO itself. What they
// keep, measured on 3.11-3.13 (the same on each):
// - The `file` argument: FileIO stores it as its `name`, so an open file holds
//   one reference to the path (or descriptor) it was opened with, closed or
//   not, until the file object is freed.
// - A text file's write(s) of an ASCII str keeps s itself (textiowrapper_write
//   with an ASCII-compatible encoder: pending_bytes is the str object) until
//   the pending text reaches chunk_size (8192) or flush() / close() / the
//   file's end; text with other characters is encoded, and nothing of it is
//   kept. Binary writes copy into the buffer.
// - Reads give new str / bytes objects whose content the model does not know,
//   and iterating over the lines runs an unknown number of rounds.
// - No Python code runs (an `opener=` callable would: not followed).
import type { Builtins } from './builtins';
import type { Interpreter } from './interpreter';
import { ModelState } from './modelState';
import { knownText, type PyObj } from './objects';
import { utf8Length } from './stdoutBuffer';

type Pos = { line: number; col: number };

export const FILE_OBJECT = 'io.open.file';
export const FILE_METHODS = ['read', 'readline', 'readlines', 'write', 'writelines', 'close', 'flush', '__enter__', '__exit__',
  'seek', 'tell', 'fileno', 'readable', 'writable', 'seekable', 'truncate', '__next__', '__iter__'] as const;
const METHOD_SET: ReadonlySet<string> = new Set(FILE_METHODS);

/** TextIOWrapper's default chunk_size: pending text reaching it is written out. */
const CHUNK_SIZE = 8192;

interface FileState {
  text: boolean;
  readable: boolean;
  writable: boolean;
  closed: boolean;
  /**
   * Characters of pending ASCII text (o.items holds those strs); undefined when
   * not known (text of unknown content, an encoder the model does not know, the
   * file handed to code not followed): a write may then keep its str or not.
   */
  pending: number | undefined;
  /** Whether ASCII text is kept as is (an ASCII-compatible encoder: utf-8, ascii, latin-1). */
  keepsAscii: boolean | undefined;
  /** buffering=1: a text with a newline writes everything out. */
  lineBuffered: boolean;
  /** newline='\r' or '\r\n': a text with '\n' is replaced by a translated copy. */
  translates: boolean;
}

const states = new ModelState<FileState>((st) => { st.pending = undefined; });

export function isFileObject(o: PyObj): boolean {
  return o.builtinName === FILE_OBJECT && states.has(o);
}

/** Codec names whose encoder TextIOWrapper writes ASCII text through unchanged (is_asciicompat_encoding). */
const ASCII_COMPATIBLE = new Set(['utf-8', 'utf8', 'utf_8', 'ascii', 'us-ascii', 'latin-1', 'latin1', 'latin_1', 'iso-8859-1', 'iso8859-1', 'l1']);

export interface OpenArgs {
  file: PyObj;
  mode: PyObj | undefined;
  buffering: PyObj | undefined;
  encoding: PyObj | undefined;
  errors: PyObj | undefined;
  newline: PyObj | undefined;
}

/**
 * open(file, mode, buffering, encoding, errors, newline): a new file object holding `file`
 * (borrowed: a reference of its own is taken), or undefined when the call is not followed
 * (a mode or option the model does not read, an object that is not a path or descriptor).
 */
export function openFile(b: Builtins, a: OpenArgs, pos: Pos): PyObj | undefined {
  const h = b.it.heap;
  const f = a.file;
  // (a path-like object of unknown type: kept as the name as if it were the path; a pathlib path
  // or an object with its own __fspath__ comes here as the path its hook gave: openImpl)
  if (f.kind !== 'str' && f.kind !== 'bytes' && f.kind !== 'int' && f.kind !== 'unknown') return undefined;
  const mode = a.mode === undefined ? 'r' : knownText(a.mode);
  if (mode === undefined || !/^[rwxabt+]+$/.test(mode) || (mode.includes('b') && mode.includes('t'))) return undefined;
  if ([...'rwxa'].filter((c) => mode.includes(c)).length !== 1) return undefined;
  const text = !mode.includes('b');
  const plus = mode.includes('+');
  const buffering = a.buffering === undefined || a.buffering.kind === 'none' ? -1 : a.buffering.kind === 'int' && a.buffering.value !== undefined ? Number(a.buffering.value) : undefined;
  if (buffering === undefined || (text && buffering === 0)) return undefined;
  const encoding = a.encoding === undefined || a.encoding.kind === 'none' ? 'utf-8' : knownText(a.encoding)?.toLowerCase();
  const newline = a.newline === undefined || a.newline.kind === 'none' ? undefined : knownText(a.newline);
  if (a.newline && a.newline.kind !== 'none' && (newline === undefined || !['', '\n', '\r', '\r\n'].includes(newline))) return undefined;
  const type = text ? '_io.TextIOWrapper' : buffering === 0 ? '_io.FileIO' : plus ? '_io.BufferedRandom' : mode.includes('r') ? '_io.BufferedReader' : '_io.BufferedWriter';
  const o = h.alloc('builtin', type, h.site(pos.line, pos.col, type, 'open()'));
  o.builtinName = FILE_OBJECT;
  // (the wrapper and its buffer are tracked containers with a __dict__)
  o.tracked = true;
  o.attrs = new Map([['name', h.incref(f)!]]);
  b.noteStore(o, f);
  o.items = [];
  const unknownEncoder = encoding === undefined || (a.errors !== undefined && a.errors.kind !== 'none');
  states.set(o, {
    text,
    readable: mode.includes('r') || plus,
    writable: !mode.includes('r') || plus,
    closed: false,
    pending: text ? (unknownEncoder ? undefined : 0) : 0,
    keepsAscii: text ? (unknownEncoder ? undefined : ASCII_COMPATIBLE.has(encoding!)) : false,
    lineBuffered: text && buffering === 1,
    translates: newline === '\r' || newline === '\r\n',
  });
  return o;
}

/** Writes out the pending text (_textiowrapper_writeflush): the strs it kept are let go. */
function writeFlush(it: Interpreter, o: PyObj, st: FileState): void {
  const held = o.items;
  st.pending = 0;
  if (!held?.length) return;
  o.items = [];
  for (const x of held) it.heap.decref(x);
  it.recorder.noteStore();
}

/** A text file's write(s): the str kept in the pending list or not (see the file comment); the count of characters. */
function writeText(b: Builtins, o: PyObj, st: FileState, s: PyObj, pos: Pos): PyObj | undefined {
  if (s.kind !== 'str') return undefined;
  const it = b.it;
  const t = knownText(s);
  const chars = t === undefined ? undefined : [...t].length;
  if (t === undefined || st.pending === undefined || st.keepsAscii === undefined) {
    // Kept or not, written out or not: the str's count stays open, and so does what is pending.
    it.heap.escape(s);
    st.pending = undefined;
    return b.newInt(chars === undefined ? undefined : BigInt(chars), pos);
  }
  const ascii = /^[\x00-\x7f]*$/.test(t);
  const translated = st.translates && t.includes('\n');
  // (the length pending_bytes_count adds: the str's own length, or its encoding's bytes)
  const bytes = ascii ? t.length : utf8Length(t);
  if (!ascii && st.keepsAscii === false) st.pending = undefined;
  if (st.pending !== undefined && st.pending + bytes > CHUNK_SIZE) writeFlush(it, o, st);
  const kept = ascii && st.keepsAscii && !translated;
  if (kept) {
    o.items!.push(it.heap.incref(s)!);
    b.noteStore(o, s);
  }
  if (st.pending !== undefined) {
    st.pending += bytes;
    const hasNewline = t.includes('\n') || t.includes('\r');
    if (st.pending >= CHUNK_SIZE || (st.lineBuffered && hasNewline)) writeFlush(it, o, st);
  }
  return b.newInt(BigInt(chars!), pos);
}

export type FileResult = PyObj | 'closed' | undefined;

/**
 * A method of a file object (self borrowed): its result (owned), 'closed' for the ValueError of a
 * closed file, or undefined when not followed.
 */
export function fileMethod(b: Builtins, o: PyObj, name: string, args: PyObj[], pos: Pos): FileResult {
  const st = states.get(o);
  if (!st) return undefined;
  const it = b.it;
  const h = it.heap;
  if (name === 'close' || name === '__exit__') {
    writeFlush(it, o, st);
    st.closed = true;
    return h.incref(b.none)!;
  }
  if (st.closed) return o.fuzzy ? undefined : 'closed';
  switch (name) {
    case '__enter__': case '__iter__': return h.incref(o)!;
    case 'flush': writeFlush(it, o, st); return h.incref(b.none)!;
    case 'readable': return h.incref(b.bool(st.readable))!;
    case 'writable': return h.incref(b.bool(st.writable))!;
    case 'write': {
      if (!st.writable || !args[0] || args.length !== 1) return undefined;
      if (st.text) return writeText(b, o, st, args[0], pos);
      // (the buffered writer copies the bytes)
      const n = args[0].kind === 'bytes' && typeof args[0].value === 'string' ? BigInt(args[0].value.length) : undefined;
      return args[0].kind === 'bytes' ? b.newInt(n, pos) : undefined;
    }
    case 'writelines': {
      const src = args[0];
      if (!st.writable || !src || (src.kind !== 'list' && src.kind !== 'tuple') || src.fuzzy) return undefined;
      for (const s of src.items!) {
        const n = st.text ? writeText(b, o, st, s, pos) : s.kind === 'bytes' ? b.newInt(undefined, pos) : undefined;
        if (!n) return undefined;
        h.decref(n);
      }
      return h.incref(b.none)!;
    }
    case 'read': case 'readline': case '__next__':
      if (!st.readable) return undefined;
      return st.text ? b.newStr(undefined, pos) : b.newBytes(pos);
    case 'readlines': {
      if (!st.readable) return undefined;
      const l = b.newSeq('list', [], pos);
      b.fuzzContent(l);
      return l;
    }
    case 'seek': case 'tell': case 'fileno': case 'truncate':
      if (st.text && name !== 'fileno') writeFlush(it, o, st);
      return b.newInt(undefined, pos);
    case 'seekable': return b.unknown(pos.line, pos.col);
    default: return undefined;
  }
}

/** An attribute of a file object: a method, its `name` (the path it holds), `closed`, or a value the model does not know. */
export function fileAttr(b: Builtins, o: PyObj, name: string, pos: Pos): { method: string } | { value: PyObj } {
  const st = states.recorded(o)!;
  if (METHOD_SET.has(name)) return { method: `${FILE_OBJECT}.${name}` };
  if (name === 'name') return { value: b.it.heap.incref(o.attrs!.get('name'))! };
  if (name === 'closed' && !o.fuzzy) return { value: b.it.heap.incref(b.bool(st.closed))! };
  return { value: b.unknown(pos.line, pos.col) };
}

/** next(file) in a for loop: a new line of unknown content, 'unknown' (rounds not known), or 'closed'. */
export function fileNext(o: PyObj): 'unknown' | 'closed' {
  const st = states.get(o);
  return st?.closed && !o.fuzzy ? 'closed' : 'unknown';
}
