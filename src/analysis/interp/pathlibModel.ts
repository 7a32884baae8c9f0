// pathlib's pure operations on POSIX paths (PurePosixPath, PurePath, Path / PosixPath made from
// known strs), as Lib/pathlib runs them, with the references each path keeps:
// - 3.12+ keep the argument strs in `_raw_paths` (a path argument's raw strs are copied over)
//   and parse lazily; 3.11 parses at once into `_parts` (`pathlibRawPaths`).
// - Parsing splits the text on '/' and interns each part (sys.intern). A part that is an
//   argument str itself (a text without '/': str.split hands the str back) is interned in place
//   and kept: immortal on 3.12, mortal with the interned table's references uncounted on 3.11 /
//   3.13 — its count is opened then. Other parts are interned strs the model does not count
//   (shared with any equal interned str, whose count is open anyway).
// - `str(p)` is cached in `_str`; parent / with_name / with_suffix make a path from the parsed
//   parts whose text, on 3.12+, is kept twice (`_raw_paths` and `_str`); `.parts` is a new
//   tuple (3.12+) or cached in `_pparts` (3.11); name / stem / suffix are the interned part or
//   new slices. `p / x` and joinpath make a new path (3.12+: the raw strs of both).
// Anything else (comparisons, hashing, file system methods) is not followed: the path escapes.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { ModelAttr } from './objectModels';
import { exactStrText, type PyObj } from './objects';
import { ModelState } from './modelState';

type Pos = { line: number; col: number };

/** The bound-method prefix of a path's followed methods. */
const PATH = 'pathlib.PurePath';
const METHODS: ReadonlySet<string> = new Set(['with_suffix', 'with_name', 'joinpath', 'relative_to', '__truediv__', '__rtruediv__', '__str__', '__fspath__']);
/** The constructors followed, with the class they make on POSIX. */
const CLASSES: ReadonlyMap<string, string> = new Map([
  ['pathlib.PurePosixPath', 'PurePosixPath'], ['pathlib.PurePath', 'PurePosixPath'],
  ['pathlib.Path', 'PosixPath'], ['pathlib.PosixPath', 'PosixPath'],
]);

interface PathState {
  /** The raw texts (joined as posixpath.join does). */
  texts: string[];
  root: string;
  tail: string[];
  /** The argument str that is the one part itself (interned in place: count opened). */
  partObj?: PyObj;
  parsed: boolean;
  /** Unfollowed code had the path: what it caches is not known. */
  lost: boolean;
}

const states = new ModelState<PathState>((st) => { st.lost = true; });

export function isPurePath(o: PyObj): boolean {
  return o.builtinName === PATH && states.has(o);
}

/** A path the model still follows. */
function stateOf(o: PyObj | undefined): PathState | undefined {
  const st = o && isPurePath(o) ? states.get(o) : undefined;
  return st && !st.lost ? st : undefined;
}


/** posixpath.join of the texts. */
function joinTexts(texts: string[]): string {
  if (!texts.length) return '';
  let path = texts[0];
  for (const t of texts.slice(1)) {
    if (t.startsWith('/')) path = t;
    else if (!path || path.endsWith('/')) path += t;
    else path += `/${t}`;
  }
  return path;
}

/** posixpath.splitroot and the parts pathlib keeps (empty and '.' dropped). */
function parseText(text: string): { root: string; tail: string[] } {
  let root = '';
  let rel = text;
  if (text.startsWith('/')) {
    if (text[1] !== '/' || text[2] === '/') { root = '/'; rel = text.replace(/^\/+/, ''); } else { root = '//'; rel = text.slice(2); }
  }
  return { root, tail: rel.split('/').filter((x) => x && x !== '.') };
}

const formatted = (root: string, tail: string[]): string => root + tail.join('/');

/** A new path object of `type` holding `held` under the slot names given. */
function newPath(b: Builtins, type: string, st: PathState, held: [string, PyObj][], pos: Pos): PyObj {
  const h = b.it.heap;
  const o = h.alloc('unknown', type, h.site(pos.line, pos.col, type, `${type}(…)`));
  o.builtinName = PATH;
  o.tracked = true;
  o.acyclic = true;
  o.slots = new Map(held);
  states.set(o, st);
  return o;
}

/**
 * Parsing as `_parse_path` / 3.11's parse_parts does it: an argument str that is the one part
 * itself is kept interned (count opened); a str the program interned with a part's text may be
 * the part (opened too).
 */
function parse(b: Builtins, st: PathState, candidates: PyObj[]): void {
  if (st.parsed) return;
  st.parsed = true;
  for (const a of candidates) {
    const t = exactStrText(a);
    if (t === undefined) continue;
    // (3.11 parses each argument on its own; 3.12+ the joined text, which is a raw str only when the rest are '')
    const alone = b.it.vm.pathlibRawPaths ? st.root === '' && st.tail.length === 1 && t === st.tail[0] : !t.includes('/') && t !== '' && t !== '.';
    if (!alone) continue;
    b.it.heap.escape(a);
    if (st.tail.length === 1 && t === st.tail[0]) st.partObj = a;
  }
  for (const t of st.tail) {
    const earlier = b.runtimeInterned.get(t);
    if (earlier?.alive) b.it.heap.escape(earlier);
  }
}

/** The raw str objects a 3.12+ path keeps. */
const rawObjs = (o: PyObj): PyObj[] => [...(o.slots ?? new Map()).entries()].filter(([k]) => k.startsWith('_raw_paths')).map(([, v]) => v);

/** PurePath(*args) of known strs and followed paths (owned), or undefined. */
function construct(b: Builtins, type: string, args: PyObj[], pos: Pos): PyObj | undefined {
  const texts: string[] = [];
  const raw: PyObj[] = [];
  const strArgs: PyObj[] = [];
  for (const a of args) {
    const st = stateOf(a);
    if (st) { texts.push(...st.texts); raw.push(...rawObjs(a)); continue; }
    const t = exactStrText(a);
    if (t === undefined) return undefined;
    texts.push(t);
    raw.push(a);
    strArgs.push(a);
  }
  // (a path argument of 3.11 gave its parts: what it kept is opened already)
  const st: PathState = { texts, ...parseText(joinTexts(texts)), parsed: false, lost: false };
  const h = b.it.heap;
  const held: [string, PyObj][] = b.it.vm.pathlibRawPaths ? raw.map((r, i) => [`_raw_paths[${i}]`, h.incref(r)!]) : [];
  const p = newPath(b, type, st, held, pos);
  if (!b.it.vm.pathlibRawPaths) parse(b, st, strArgs);
  return p;
}

/** The path's parsed state (parsing it now, as a 3.12+ path's first read of its parts does). */
function parsedState(b: Builtins, o: PyObj): PathState | undefined {
  const st = stateOf(o);
  if (st) parse(b, st, rawObjs(o));
  return st;
}

/** The object of a part's text: the argument str kept as the one part, else the interned str. */
function partObject(b: Builtins, st: PathState, text: string): PyObj {
  if (st.partObj && st.tail.length === 1 && text === st.tail[0]) return b.it.heap.incref(st.partObj)!;
  return b.newStrImmortal(text);
}

/** The str of root and parts as `_format_parsed_parts` makes it (owned): '.' for none. */
function formattedObject(b: Builtins, st: PathState, root: string, tail: string[], pos: Pos): PyObj {
  if (!root && tail.length === 1) return partObject(b, st, tail[0]);
  // ('' + '/' is the '/' singleton; '' or '.' cached too)
  const text = formatted(root, tail) || '.';
  return text.length <= 1 ? b.newStr(text, pos) : b.newStrFresh(text, pos);
}

/**
 * A path made from parsed parts (parent, with_name, with_suffix): 3.12+ keep its text as raw path
 * and `_str`. `lastObj`: the str object that is its last part when the model knows it (with_name's
 * argument), else the part is an interned str or one the model does not count.
 */
function fromParts(b: Builtins, o: PyObj, st: PathState, tail: string[], pos: Pos, lastObj?: PyObj): PyObj {
  const text = formatted(st.root, tail);
  const nst: PathState = { texts: [text], root: st.root, tail, parsed: true, lost: false };
  if (lastObj && tail.length === 1) nst.partObj = lastObj;
  if (!b.it.vm.pathlibRawPaths) return newPath(b, o.type, nst, [], pos);
  const s = text === '' ? b.newStr('', pos) : formattedObject(b, nst, st.root, tail, pos);
  const shown = text === '' ? b.newStr('.', pos) : b.it.heap.incref(s)!;
  return newPath(b, o.type, nst, [['_raw_paths[0]', s], ['_str', shown]], pos);
}

/** str(p) of a path of this model (owned): the cached `_str`, made on the first call. */
export function pathStr(b: Builtins, o: PyObj, pos: Pos): PyObj {
  const st = parsedState(b, o);
  // (code not followed had the path: `_str` may be cached already, its count is open)
  if (!st) return b.maybeCachedStr(pos);
  let s = o.slots!.get('_str');
  if (!s) {
    s = formattedObject(b, st, st.root, st.tail, pos);
    o.slots!.set('_str', s);
    b.noteStore(o, s);
  }
  return b.it.heap.incref(s)!;
}

const VALUES: ReadonlySet<string> = new Set(['name', 'suffix', 'stem', 'parent', 'parts']);

/** name, stem, suffix, parent, parts of a followed path (owned), or undefined. */
function pathValue(b: Builtins, o: PyObj, name: string, pos: Pos): PyObj | undefined {
  if (!VALUES.has(name)) return undefined;
  const st = parsedState(b, o);
  if (!st || st.root === '//') return undefined;
  const h = b.it.heap;
  const last = st.tail.length ? st.tail[st.tail.length - 1] : undefined;
  const dot = last === undefined ? -1 : last.lastIndexOf('.');
  const split = last !== undefined && dot > 0 && dot < last.length - 1;
  switch (name) {
    case 'name': return last === undefined ? b.newStr('', pos) : partObject(b, st, last);
    case 'suffix': return split ? b.newStrFresh(last!.slice(dot), pos) : b.newStr('', pos);
    case 'stem':
      if (last === undefined) return b.newStr('', pos);
      return split ? b.newStr(last.slice(0, dot), pos) : partObject(b, st, last);
    case 'parent':
      // (the path itself for an anchor or '.'; 3.11 makes a new '.' path for a relative one)
      if (!st.tail.length && (st.root || b.it.vm.pathlibRawPaths)) return h.incref(o)!;
      return fromParts(b, o, st, st.tail.slice(0, -1), pos);
    case 'parts': {
      const cached = o.slots!.get('_pparts');
      if (cached) return h.incref(cached)!;
      const items = [...(st.root ? [b.newStr(st.root, pos)] : []), ...st.tail.map((t) => partObject(b, st, t))];
      const t = b.newSeq('tuple', items, pos);
      // (3.11 caches the tuple in `_pparts`)
      if (!b.it.vm.pathlibRawPaths) { o.slots!.set('_pparts', h.incref(t)!); b.noteStore(o, t); }
      return t;
    }
    default: return undefined;
  }
}

/** An attribute of a followed path: a method, a value, or not followed. */
export function pathAttr(b: Builtins, o: PyObj, name: string, pos: Pos): ModelAttr {
  if (!stateOf(o)) return undefined;
  if (METHODS.has(name)) return { method: `${PATH}.${name}` };
  const v = pathValue(b, o, name, pos);
  return v ? { value: v } : undefined;
}

/** `l / r` with a followed path on either side (owned), or undefined. */
export function pathDivide(b: Builtins, l: PyObj, r: PyObj, pos: Pos): PyObj | undefined {
  const left = stateOf(l);
  const right = stateOf(r);
  if (!left && !right) return undefined;
  // (__truediv__ makes the left path's class, __rtruediv__ the right one's)
  return construct(b, left ? l.type : r.type, [l, r], pos);
}

/** with_name(name) / with_suffix(suffix) (owned), or undefined where they would raise or the argument is not known. */
function withPart(b: Builtins, o: PyObj, method: string, arg: PyObj, pos: Pos): PyObj | undefined {
  const st = parsedState(b, o);
  const t = exactStrText(arg);
  if (!st || t === undefined || st.root === '//' || !st.tail.length) return undefined;
  const last = st.tail[st.tail.length - 1];
  let part: string;
  if (method === 'with_name') {
    if (!t || t.includes('/') || t === '.') return undefined;
    // (the name str itself becomes the last part, uninterned: its count is opened)
    b.it.heap.escape(arg);
    part = t;
  } else {
    if (!t.startsWith('.') || t.length < 2 || t.includes('/')) return undefined;
    const dot = last.lastIndexOf('.');
    part = (dot > 0 && dot < last.length - 1 ? last.slice(0, dot) : last) + t;
  }
  const tail = [...st.tail.slice(0, -1), part];
  return fromParts(b, o, st, tail, pos, method === 'with_name' ? arg : undefined);
}

/**
 * `p.relative_to(other)` where other (a str or a followed path) names a non-empty prefix of p's
 * parts (owned), or undefined (ValueError, walk_up, several arguments: not followed).
 * - 3.11 parses other's arguments (`_parse_args`: a one-part str is interned) and compares the
 *   part lists: p keeps nothing; the result is `_from_parsed_parts` of the remaining parts.
 * - 3.12 makes `other = with_segments(other)` (parsed: the same interning), then
 *   is_relative_to's `with_segments(other) == p` caches `_str_normcase` on p; the result is
 *   `with_segments(*remaining parts)`: the part strs are its raw paths, parsed later.
 * - 3.13 takes a path argument as it is (`path == p` caches its `_str_normcase` too, as p's);
 *   the result is `_from_parsed_parts('', '', parts)`, its text kept as raw path and `_str`.
 */
function relativeTo(b: Builtins, o: PyObj, arg: PyObj, pos: Pos): PyObj | undefined {
  const st = parsedState(b, o);
  if (!st || st.root === '//') return undefined;
  const given = stateOf(arg);
  const other = given ? arg : construct(b, o.type, [arg], pos);
  if (!other) return undefined;
  const ost = parsedState(b, other)!;
  const n = ost.tail.length;
  const prefix = n > 0 && ost.root === st.root && n <= st.tail.length && ost.tail.every((t, i) => t === st.tail[i]);
  if (!given) b.it.heap.decref(other);
  if (!prefix) return undefined;
  const tail = st.tail.slice(n);
  const rel: PathState = { ...st, root: '', tail, texts: tail, partObj: undefined };
  if (!b.it.vm.pathlibRawPaths) return fromParts(b, o, rel, tail, pos);
  pathNormcased(b, o, pos);
  if (given && b.it.vm.relativeToKeepsPathArgument) pathNormcased(b, arg, pos);
  if (b.it.vm.relativeToFromParsedParts) return fromParts(b, o, rel, tail, pos);
  const held = tail.map((t, i): [string, PyObj] => [`_raw_paths[${i}]`, partObject(b, st, t)]);
  return newPath(b, o.type, { texts: tail, root: '', tail, parsed: false, lost: false }, held, pos);
}

function pathMethodImpl(call: BuiltinCall): PyObj {
  const { b, name, args, kwargs, pos, unknownCall } = call;
  const o = args[0];
  if (!o || !stateOf(o) || kwargs.length) return unknownCall();
  const method = name.slice(PATH.length + 1);
  let r: PyObj | undefined;
  switch (method) {
    case 'joinpath': case '__truediv__': r = construct(b, o.type, args, pos); break;
    case '__rtruediv__': r = args.length === 2 ? construct(b, o.type, [args[1], o], pos) : undefined; break;
    case '__str__': case '__fspath__': r = args.length === 1 ? pathStr(b, o, pos) : undefined; break;
    case 'with_name': case 'with_suffix': r = args.length === 2 ? withPart(b, o, method, args[1], pos) : undefined; break;
    case 'relative_to': r = args.length === 2 ? relativeTo(b, o, args[1], pos) : undefined; break;
  }
  return r ?? unknownCall();
}

function constructImpl(call: BuiltinCall): PyObj {
  const { b, name, args, kwargs, pos, unknownCall } = call;
  if (kwargs.length) return unknownCall();
  return construct(b, CLASSES.get(name)!, args, pos) ?? unknownCall();
}

export const PATHLIB_IMPLS: [string, BuiltinImpl][] = [
  ...[...CLASSES.keys()].map((n): [string, BuiltinImpl] => [n, constructImpl]),
  ...[...METHODS].map((m): [string, BuiltinImpl] => [`${PATH}.${m}`, pathMethodImpl]),
];

/**
 * What hashing or comparing a path keeps: 3.12+ cache `_str_normcase` (on POSIX `str(self)`, one
 * more reference to the `_str` object); 3.11 hashes and compares its parts list (the same list as
 * `_cparts`), keeping nothing of the program's.
 */
export function pathNormcased(b: Builtins, o: PyObj, pos: Pos): void {
  if (!b.it.vm.pathlibRawPaths || !stateOf(o) || o.slots!.has('_str_normcase_cached')) return;
  const s = pathStr(b, o, pos);
  o.slots!.set('_str_normcase_cached', s);
  b.noteStore(o, s);
}

/**
 * `l op r` with a path on one side (PurePath's rich comparisons): two followed paths compare
 * their normalized texts (`==` / `!=` known; the order left unknown); against an exact builtin
 * value the path declines (NotImplemented) and keeps nothing; against any other object it may be
 * a path whose comparison caches `_str_normcase`: the path escapes. Undefined: no path involved.
 */
export function pathCompared(b: Builtins, op: string, l: PyObj, r: PyObj, plain: (o: PyObj) => boolean, pos: Pos): PyObj | undefined {
  const lp = isPurePath(l);
  const rp = isPurePath(r);
  if (!lp && !rp) return undefined;
  const ls = stateOf(l);
  const rs = stateOf(r);
  if (ls && rs) {
    pathNormcased(b, l, pos);
    pathNormcased(b, r, pos);
    if (op !== '==' && op !== '!=') return b.unknown(pos.line, pos.col);
    return b.bool((formatted(ls.root, ls.tail) === formatted(rs.root, rs.tail)) === (op === '=='));
  }
  const other = lp ? r : l;
  if (plain(other) && (op === '==' || op === '!=')) return b.bool(op === '!=');
  for (const o of [l, r]) if (isPurePath(o)) b.it.heap.escape(o);
  return undefined;
}
