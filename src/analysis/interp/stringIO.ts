// io.StringIO (Modules/_io/stringio.c) with its text, when known, and the
// references it keeps, which differ by version (measured on 3.11-3.13):
// - A StringIO made empty starts "accumulating": while every write appends at
//   the end, 3.11 keeps the written str objects themselves (_PyAccu), one
//   reference each; getvalue() then joins them (one piece: that str itself),
//   keeps the result in their place and hands it out again until the next
//   write. 3.12+ copies what is written into a _PyUnicodeWriter: no reference
//   is kept and each getvalue() is a new str.
// - Reading (read, readline, iteration) or writing away from the end turns it
//   into a plain buffer ("realized"): the pieces are let go; getvalue() is then a
//   new str each time. A StringIO made with an initial text starts realized.
// - close() lets go of everything; __exit__ closes.
// Texts the model does not know leave the content unknown (reads give new str
// objects of unknown value and iteration an unknown number of lines).
import type { Builtins } from './builtins';
import type { Interpreter } from './interpreter';
import { STRING_IO } from './builtinNames';
import { ModelState } from './modelState';
import { knownText, type PyObj } from './objects';
import { knownInt } from './operators';

type Pos = { line: number; col: number };

// (the name lives in builtinNames.ts, a leaf module the type-name table reads too)
export { STRING_IO };
export const STRING_IO_METHODS = ['write', 'writelines', 'getvalue', 'read', 'readline', 'readlines', 'seek', 'tell', 'close', 'flush', '__enter__', '__exit__'] as const;
const METHOD_SET: ReadonlySet<string> = new Set(STRING_IO_METHODS);

interface SioState {
  /** The whole text, when known. */
  text: string | undefined;
  pos: number;
  /** The position is at the end (appending), known even when the text is not. */
  atEnd: boolean;
  accumulating: boolean;
  closed: boolean;
  /** Handed to code the model does not follow: what it holds and reads back is not known. */
  escaped?: boolean;
}

const states = new ModelState<SioState>((st) => {
  st.text = undefined;
  st.atEnd = false;
  st.escaped = true;
});

export function isStringIO(o: PyObj): boolean {
  return o.builtinName === STRING_IO && states.has(o);
}

export function isStringIOMethod(name: string): boolean {
  return METHOD_SET.has(name);
}

/** Library code the model does not follow wrote to it (a logging handler's stream): its text is unknown now, its count still known. */
export function stringIOWrittenUnseen(o: PyObj): void {
  states.forget(o);
}

/** A new in-memory file object of `_io` (StringIO, BytesIO: tracked, holding at most strs / bytes). */
export function newMemoryFile(b: Builtins, type: string, builtinName: string, pos: Pos): PyObj {
  const h = b.it.heap;
  const o = h.alloc('builtin', type, h.site(pos.line, pos.col, type, `${type.slice(4)}()`));
  o.builtinName = builtinName;
  o.tracked = true;
  o.acyclic = true;
  return o;
}

/** StringIO(initial=''): undefined when the initial value is not a str (or None). */
export function makeStringIO(b: Builtins, initial: PyObj | undefined, pos: Pos): PyObj | undefined {
  if (initial && initial.kind !== 'str' && initial.kind !== 'none') return undefined;
  const o = newMemoryFile(b, '_io.StringIO', STRING_IO, pos);
  const value = initial && initial.kind === 'str' ? knownText(initial) : '';
  const empty = !initial || initial.kind === 'none' || value === '';
  states.set(o, { text: value, pos: 0, atEnd: empty, accumulating: empty, closed: false });
  if (b.it.vm.stringIOKeepsWrites) o.items = [];
  return o;
}

/** Lets go of the pieces an accumulating 3.11 StringIO keeps. */
function dropPieces(it: Interpreter, o: PyObj): void {
  const held = o.items;
  if (!held?.length) return;
  o.items = [];
  for (const x of held) it.heap.decref(x);
  it.recorder.noteStore();
}

function realize(it: Interpreter, o: PyObj, st: SioState): void {
  if (!st.accumulating) return;
  st.accumulating = false;
  dropPieces(it, o);
}

export type SioResult = PyObj | 'closed' | undefined;

/** write(s): the text goes in at the position (appended while accumulating). */
function write(b: Builtins, o: PyObj, st: SioState, s: PyObj, pos: Pos): SioResult {
  // (an object of unknown kind, what code the model does not follow returned: a str of unknown
  // text, stored as a written str is, or not a str, a TypeError before anything is stored)
  if (s.kind !== 'str' && s.kind !== 'unknown') return undefined;
  const it = b.it;
  if (s.kind === 'unknown') it.noteMayRaise();
  const t = knownText(s);
  // (write_str: accumulating only while appending at the end)
  if (st.accumulating && !st.atEnd) realize(it, o, st);
  if (st.accumulating && o.items) {
    o.items.push(it.heap.incref(s)!);
    b.noteStore(o, s);
  }
  if (st.text === undefined || t === undefined) {
    st.text = undefined;
  } else {
    st.text = st.text.slice(0, st.pos) + t + st.text.slice(st.pos + t.length);
    st.pos += t.length;
    st.atEnd = st.pos === st.text.length;
  }
  return b.newInt(t === undefined ? undefined : BigInt([...t].length), pos);
}

/** getvalue(): see the file comment for which object it is. */
function getvalue(b: Builtins, o: PyObj, st: SioState, pos: Pos): PyObj {
  const h = b.it.heap;
  if (st.escaped && o.items) {
    // (3.11: the result may be a str it keeps, which code not followed wrote)
    const r = b.newStr(undefined, pos);
    h.escape(r);
    return r;
  }
  if (st.accumulating && o.items) {
    const pieces = o.items;
    if (pieces.length === 1 && pieces[0].kind === 'str' && pieces[0].type === 'str') return h.incref(pieces[0])!;
    // The pieces are joined (_PyAccu_Finish) and the result kept in their place.
    const joined = b.newStr(st.text, pos);
    dropPieces(b.it, o);
    if (joined.kind === 'str' && !joined.immortal) {
      o.items!.push(h.incref(joined)!);
      b.noteStore(o, joined);
    }
    return joined;
  }
  return textOrUnknown(b, st, st.text, pos);
}

/**
 * A new str of `text`. After code the model does not follow had the buffer, an unknown text may
 * be '' or one character (a cached object, immortal on 3.12+): its count is open then.
 */
function textOrUnknown(b: Builtins, st: SioState, text: string | undefined, pos: Pos): PyObj {
  return text === undefined && st.escaped ? b.maybeCachedStr(pos) : b.newStr(text, pos);
}

/** readline(): up to and with the next '\n' ('' at the end); undefined text when not known. */
function readline(st: SioState): string | undefined {
  if (st.text === undefined) return undefined;
  const nl = st.text.indexOf('\n', st.pos);
  const end = nl < 0 ? st.text.length : nl + 1;
  const line = st.text.slice(st.pos, end);
  st.pos = end;
  st.atEnd = end === st.text.length;
  return line;
}

/**
 * A method of a StringIO (self borrowed): its result (owned), 'closed' for the ValueError of a
 * closed file, or undefined when not followed.
 */
export function stringIOMethod(b: Builtins, o: PyObj, name: string, args: PyObj[], pos: Pos): SioResult {
  const st = states.get(o);
  if (!st) return undefined;
  const it = b.it;
  const h = it.heap;
  if (name === 'close' || name === '__exit__') {
    st.closed = true;
    dropPieces(it, o);
    st.text = st.text === undefined ? undefined : '';
    return name === '__exit__' ? h.incref(b.falseObj)! : h.incref(b.none)!;
  }
  if (st.closed) return 'closed';
  switch (name) {
    case '__enter__': return h.incref(o)!;
    case 'flush': return h.incref(b.none)!;
    case 'write': return args[0] ? write(b, o, st, args[0], pos) : undefined;
    case 'writelines': {
      const src = args[0];
      if (!src || (src.kind !== 'list' && src.kind !== 'tuple') || src.fuzzy) return undefined;
      for (const s of src.items!) {
        const n = write(b, o, st, s, pos);
        if (!n || n === 'closed') return n;
        h.decref(n);
      }
      return h.incref(b.none)!;
    }
    case 'getvalue': return getvalue(b, o, st, pos);
    case 'tell': return b.newInt(st.text === undefined ? undefined : BigInt(st.pos), pos);
    case 'seek': {
      const n = args[0] ? knownInt(args[0]) : undefined;
      if (n === undefined || n < 0n || args.length > 1) return undefined;
      // (seeking does not realize; a write away from the end will)
      st.pos = Number(n);
      st.atEnd = st.text !== undefined && st.pos >= st.text.length;
      if (st.text !== undefined) st.pos = Math.min(st.pos, st.text.length);
      return b.newInt(n, pos);
    }
    case 'read': case 'readline': {
      realize(it, o, st);
      const limit = args[0] && args[0].kind !== 'none' ? knownInt(args[0]) : -1n;
      if (limit === undefined) { st.text = undefined; st.atEnd = false; return textOrUnknown(b, st, undefined, pos); }
      if (st.text === undefined) return textOrUnknown(b, st, undefined, pos);
      let t: string;
      if (name === 'read') {
        const end = limit < 0n ? st.text.length : Math.min(st.text.length, st.pos + Number(limit));
        t = st.text.slice(st.pos, end);
        st.pos = Math.max(st.pos, end);
        st.atEnd = st.pos === st.text.length;
      } else {
        const line = readline(st)!;
        t = limit < 0n || line.length <= Number(limit) ? line : line.slice(0, Number(limit));
        if (t.length < line.length) { st.pos -= line.length - t.length; st.atEnd = false; }
      }
      return b.newStr(t, pos);
    }
    case 'readlines': {
      realize(it, o, st);
      if (st.text === undefined || args.length) return undefined;
      const lines: PyObj[] = [];
      for (let line = readline(st)!; line !== ''; line = readline(st)!) lines.push(b.newStr(line, pos));
      return b.newSeq('list', lines, pos);
    }
    default: return undefined;
  }
}

/** next(stringio): the next line (owned), undefined at the end, 'unknown' when the content is not known. */
export function stringIONext(b: Builtins, o: PyObj, pos: Pos): PyObj | 'unknown' | 'closed' | undefined {
  const st = states.get(o);
  if (!st) return 'unknown';
  if (st.closed) return 'closed';
  realize(b.it, o, st);
  if (st.text === undefined) return 'unknown';
  const line = readline(st)!;
  return line === '' ? undefined : b.newStr(line, pos);
}
