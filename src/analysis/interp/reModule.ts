// The re module (Lib/re/__init__.py over Modules/_sre) on patterns and texts
// the model knows: what a match finds decides which objects exist and which
// branch runs, so the match itself is computed (regexTranslate.ts gives the
// pattern to JavaScript's engine; only ASCII text, and only patterns it
// translates faithfully).
//
// References, as _sre.c keeps them:
// - re.compile (and every module-level function, through re._compile) keeps the
//   Pattern in the module's cache: one dict on 3.11 (`_cache`), two from 3.12
//   (`_cache` and `_cache2`, sharing one key tuple). The key tuple
//   `(type(p), p, flags)` holds the pattern text. Both last until re.purge().
//   A second compile of an equal text and flags returns the cached Pattern.
// - A Pattern holds its text (`.pattern`), its groupindex dict (names → numbers)
//   and the indexgroup tuple (numbers → the same name strings).
// - A Match holds the Pattern and the searched string. Its groups are slices of
//   that string, made when asked for (PyUnicode_Substring: the string itself
//   when the slice is all of it, the cached '' or one-character string, else new).
// - finditer is iter(scanner.search, None): the iterator holds the scanner,
//   which holds the Pattern and the string, until it reaches its end.
// - sub / subn with a replacement containing a backslash compile it once per
//   (Pattern, text) through an lru_cache whose key holds both.
// - A replacement function is called with a new Match, held by _sre meanwhile.
//
// What the model does not know (a text of unknown content, a pattern it does
// not translate, flags it cannot read) goes the unknown-call way: the result is
// unknown and what it was given escapes.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import { LIMITS } from './limits';
import { knownInt, knownText, type PyObj } from './objects';
import { reEscape, RE_FLAG_BITS, translateRegex, type TranslatedRegex } from './regexTranslate';

type Pos = { line: number; col: number };
type Span = [number, number] | undefined;

export const RE_PATTERN = 're.Pattern';
export const RE_MATCH = 're.Match';
/** iterKind of re.finditer's iterator. */
export const RE_FINDITER = 're.finditer';
export const RE_MODULE_FUNCS = ['compile', 'match', 'fullmatch', 'search', 'findall', 'finditer', 'sub', 'subn', 'split', 'escape', 'purge'] as const;
export const RE_PATTERN_METHODS = ['match', 'fullmatch', 'search', 'findall', 'finditer', 'sub', 'subn', 'split'] as const;
export const RE_MATCH_METHODS = ['group', 'groups', 'groupdict', 'start', 'end', 'span', '__getitem__'] as const;
const PATTERN_METHOD_SET: ReadonlySet<string> = new Set(RE_PATTERN_METHODS);
const MATCH_METHOD_SET: ReadonlySet<string> = new Set(RE_MATCH_METHODS);

/** The module's flag constants (RegexFlag members, read as their int values). */
export const RE_FLAG_NAMES: Record<string, number> = {
  NOFLAG: 0, I: 2, IGNORECASE: 2, L: 4, LOCALE: 4, M: 8, MULTILINE: 8, S: 16, DOTALL: 16,
  U: 32, UNICODE: 32, X: 64, VERBOSE: 64, A: 256, ASCII: 256, DEBUG: 128,
};

interface PatternState {
  text: string;
  tr: TranslatedRegex;
  /** Group name strings by group number (groupindex's keys, which groupdict() and lastgroup hand out). */
  names: Map<number, PyObj>;
  search?: RegExp;
  sticky?: RegExp;
  full?: RegExp;
}

interface MatchState {
  spans: Span[];
  pos: number;
  endpos: number;
}

interface FinditerState {
  matches: Span[][];
  next: number;
  pos: number;
  endpos: number;
}

/** Per analysis: the module's caches. */
interface ReCaches {
  /** `${flags}:${text}` → the cached Pattern. */
  patterns: Map<string, { pattern: PyObj; keyText: PyObj }>;
  /** The replacement templates compiled (lru_cache keys): `${pattern id}:${repl}` → the objects the key holds. */
  templates: Map<string, [PyObj, PyObj]>;
}

const patternStates = new WeakMap<PyObj, PatternState>();
const matchStates = new WeakMap<PyObj, MatchState>();
const finditerStates = new WeakMap<PyObj, FinditerState>();
const cachesOf = new WeakMap<Interpreter, ReCaches>();

function caches(it: Interpreter): ReCaches {
  let c = cachesOf.get(it);
  if (!c) cachesOf.set(it, (c = { patterns: new Map(), templates: new Map() }));
  return c;
}

export function isRePattern(o: PyObj): boolean {
  return o.builtinName === RE_PATTERN && patternStates.has(o);
}

export function isReMatch(o: PyObj): boolean {
  return o.builtinName === RE_MATCH && matchStates.has(o);
}

/** A flags argument: its int value, 0 when absent, undefined when not known. */
function flagsOf(o: PyObj | undefined): number | undefined {
  if (!o) return 0;
  const v = knownInt(o);
  return v === undefined || v < 0n || v > 0xffffn ? undefined : Number(v);
}

/** Adds `n` references the module's caches hold (not objects of the model: hiddenHolders). */
function holdHidden(it: Interpreter, o: PyObj, n: number, why: string): void {
  for (let k = 0; k < n; k++) it.heap.incref(o);
  if (o.immortal) return;
  o.hiddenHolders += n;
  o.hiddenWhy ??= why;
}

function releaseHidden(it: Interpreter, o: PyObj, n: number): void {
  if (!o.immortal) o.hiddenHolders -= n;
  for (let k = 0; k < n; k++) it.heap.decref(o);
}

/**
 * re._compile(pattern, flags): a Pattern (owned), the cached one for an equal text and flags;
 * undefined when the model cannot tell what compiling gives.
 */
export function reCompile(b: Builtins, it: Interpreter, pattern: PyObj | undefined, flagsObj: PyObj | undefined, pos: Pos): PyObj | undefined {
  if (!pattern) return undefined;
  const flags = flagsOf(flagsObj);
  if (flags === undefined) return undefined;
  if (isRePattern(pattern)) return flags === 0 ? it.heap.incref(pattern) : undefined; // (ValueError with flags)
  const text = knownText(pattern);
  if (text === undefined) return undefined;
  const c = caches(it);
  const key = `${flags}:${text}`;
  const cached = c.patterns.get(key);
  if (cached) return it.heap.incref(cached.pattern)!;
  // Past re's cache sizes (256 on 3.12+) entries are dropped: not followed.
  if (c.patterns.size >= LIMITS.MAX_REGEX_PATTERNS) return undefined;
  const tr = translateRegex(text, flags);
  if (!tr) return undefined;
  const h = it.heap;
  const p = h.alloc('builtin', 're.Pattern', h.site(pos.line, pos.col, 're.Pattern', `re.compile(${JSON.stringify(text.length > 20 ? text.slice(0, 19) + '…' : text)})`));
  p.builtinName = RE_PATTERN;
  p.tracked = true;
  p.acyclic = true;
  p.attrs = new Map([['pattern', h.incref(pattern)!]]);
  const names = new Map<number, PyObj>();
  if (tr.names.length) {
    const gi = b.newDict(pos);
    for (const [name, n] of tr.names) {
      const k = b.newStrFresh(name, pos);
      // (also held by the Pattern's indexgroup tuple, number → name, which lastgroup reads)
      holdHidden(it, k, 1, "the Pattern's indexgroup");
      names.set(n, k);
      b.dictSet(gi, k, b.newInt(BigInt(n), pos));
    }
    p.attrs.set('groupindex', gi);
  }
  patternStates.set(p, { text, tr, names });
  holdHidden(it, p, it.vm.reCacheHolders, "re's pattern cache");
  holdHidden(it, pattern, 1, "re's pattern cache key");
  c.patterns.set(key, { pattern: p, keyText: pattern });
  return p;
}

/** re.purge(): both caches and the template cache are cleared. */
export function rePurge(it: Interpreter): void {
  const c = caches(it);
  const entries = [...c.patterns.values()];
  const templates = [...c.templates.values()];
  c.patterns.clear();
  c.templates.clear();
  for (const e of entries) {
    releaseHidden(it, e.keyText, 1);
    releaseHidden(it, e.pattern, it.vm.reCacheHolders);
  }
  for (const [p, r] of templates) {
    releaseHidden(it, r, 1);
    releaseHidden(it, p, 1);
  }
}

// ---- matching ----

function regexOf(st: PatternState, mode: 'search' | 'match' | 'fullmatch'): RegExp {
  const i = st.tr.ignoreCase ? 'i' : '';
  if (mode === 'search') return (st.search ??= new RegExp(st.tr.source, `dg${i}`));
  if (mode === 'match') return (st.sticky ??= new RegExp(st.tr.source, `dy${i}`));
  return (st.full ??= new RegExp(`(?:${st.tr.source})(?![\\s\\S])`, `dy${i}`));
}

/** The spans of one match starting the search at `pos` in text[:endpos], or null for no match. */
function execAt(st: PatternState, text: string, pos: number, endpos: number, mode: 'search' | 'match' | 'fullmatch'): Span[] | null {
  if (pos > endpos) return null;
  const re = regexOf(st, mode);
  re.lastIndex = pos;
  const m = re.exec(endpos < text.length ? text.slice(0, endpos) : text);
  if (!m || !m.indices) return null;
  const spans: Span[] = [];
  for (let g = 0; g <= st.tr.groups; g++) {
    const x = m.indices[g];
    spans.push(x ? [x[0], x[1]] : undefined);
  }
  return spans;
}

/**
 * Every match from `pos` as the scanner finds them (finditer, findall, sub, split): after an
 * empty match the next may not be empty at the same place (SRE's must_advance). Undefined where
 * Python would retry that place for a non-empty match the JavaScript search cannot be asked for.
 */
function allMatches(st: PatternState, text: string, pos: number, endpos: number, limit: number): Span[][] | undefined {
  const out: Span[][] = [];
  let p = pos;
  let mustAdvance = false;
  while (out.length < limit && p <= endpos) {
    let m = execAt(st, text, p, endpos, 'search');
    if (!m) break;
    if (mustAdvance && m[0]![0] === p && m[0]![1] === p) {
      if (st.tr.mayPreferEmpty) return undefined;
      m = p + 1 <= endpos ? execAt(st, text, p + 1, endpos, 'search') : null;
      if (!m) break;
    }
    out.push(m);
    mustAdvance = m[0]![0] === m[0]![1];
    p = m[0]![1];
    if (out.length > LIMITS.MAX_REGEX_MATCHES) return undefined;
  }
  return out;
}

/** Python's pos / endpos clamped to the text (state_init). */
function bounds(text: string, posObj: PyObj | undefined, endObj: PyObj | undefined): [number, number] | undefined {
  const pv = posObj ? knownInt(posObj) : 0n;
  const ev = endObj ? knownInt(endObj) : BigInt(text.length);
  if (pv === undefined || ev === undefined) return undefined;
  const n = text.length;
  const pos = Math.min(Math.max(Number(pv), 0), n);
  const endpos = Math.min(Math.max(Number(ev), 0), n);
  return [pos, endpos];
}

/** getslice(): the string itself when the slice is all of an exact str, else a new (or cached) str. */
function sliceOf(b: Builtins, subject: PyObj, a: number, e: number, pos: Pos): PyObj {
  const text = String(subject.value);
  if (a === 0 && e === text.length && subject.type === 'str' && !subject.cls) return b.it.heap.incref(subject)!;
  return b.newStr(text.slice(a, e), pos);
}

function newMatch(b: Builtins, it: Interpreter, pattern: PyObj, subject: PyObj, spans: Span[], pos: number, endpos: number, at: Pos): PyObj {
  const h = it.heap;
  const m = h.alloc('builtin', 're.Match', h.site(at.line, at.col, 're.Match', 're.Match'));
  m.builtinName = RE_MATCH;
  m.tracked = true;
  m.acyclic = true;
  m.attrs = new Map([['re', h.incref(pattern)!], ['string', h.incref(subject)!]]);
  matchStates.set(m, { spans, pos, endpos });
  return m;
}

// ---- arguments ----

/** Positional argument `i` or keyword `name`. */
function arg(args: PyObj[], kw: Map<string, PyObj>, i: number, name: string): PyObj | undefined {
  return args[i] ?? kw.get(name);
}

/** A count / maxsplit: 0 (all) when absent. */
function limitOf(o: PyObj | undefined): number | undefined {
  if (!o) return Infinity;
  const v = knownInt(o);
  // (a negative count or maxsplit: not followed)
  if (v === undefined || v < 0n) return undefined;
  return v === 0n ? Infinity : Number(v);
}

export interface ReCall {
  b: Builtins;
  it: Interpreter;
  args: PyObj[];
  kw: Map<string, PyObj>;
  frame: Frame;
  site: CallSite;
  pos: Pos;
}

/**
 * re.<name>(...) at module level: compile (cached) then the Pattern method, with the method's
 * result (owned); undefined when not followed (the caller makes it an unknown call).
 */
export function* reModuleCall(c: ReCall, name: string): G<PyObj | undefined> {
  const { b, it, args, kw, pos } = c;
  if (name === 'purge') { rePurge(it); return b.none; }
  if (name === 'escape') {
    const t = knownText(args[0] ?? kw.get('pattern'));
    return t === undefined ? undefined : b.newStr(reEscape(t), pos);
  }
  const pattern = arg(args, kw, 0, 'pattern');
  // (flags is the last parameter: re.sub(pattern, repl, string, count=0, flags=0))
  const flagsAt = name === 'sub' || name === 'subn' ? 4 : name === 'split' ? 3 : name === 'compile' ? 1 : 2;
  const p = reCompile(b, it, pattern, arg(args, kw, flagsAt, 'flags'), pos);
  if (!p || name === 'compile') return p;
  try {
    const rest = new Map(kw);
    rest.delete('pattern');
    rest.delete('flags');
    const margs = [p, ...args.slice(1, flagsAt)];
    return yield* patternMethod({ ...c, args: margs, kw: rest }, name);
  } finally {
    it.heap.decref(p);
  }
}

/** Pattern.<name>(...) with args[0] the Pattern: the result (owned), or undefined when not followed. */
export function* patternMethod(c: ReCall, name: string): G<PyObj | undefined> {
  const { b, it, args, kw, pos } = c;
  const p = args[0];
  const st = patternStates.get(p);
  if (!st) return undefined;
  if (name === 'sub' || name === 'subn') {
    const repl = arg(args, kw, 1, 'repl');
    const subject = arg(args, kw, 2, 'string');
    const limit = limitOf(arg(args, kw, 3, 'count'));
    if (!repl || !subject || limit === undefined) return undefined;
    return yield* substitute(c, p, st, repl, subject, limit, name === 'subn');
  }
  const subject = arg(args, kw, 1, 'string');
  const text = knownText(subject);
  if (!subject || text === undefined || text.length > LIMITS.MAX_REGEX_TEXT || !/^[\x00-\x7f]*$/.test(text)) return undefined;
  if (name === 'split') {
    const limit = limitOf(arg(args, kw, 2, 'maxsplit'));
    if (limit === undefined) return undefined;
    const ms = allMatches(st, text, 0, text.length, limit);
    if (!ms) return undefined;
    const items: PyObj[] = [];
    let last = 0;
    for (const m of ms) {
      items.push(sliceOf(b, subject, last, m[0]![0], pos));
      for (let g = 1; g <= st.tr.groups; g++) items.push(m[g] ? sliceOf(b, subject, m[g]![0], m[g]![1], pos) : it.heap.incref(b.none)!);
      last = m[0]![1];
    }
    items.push(sliceOf(b, subject, last, text.length, pos));
    return b.newSeq('list', items, pos);
  }
  const bnd = bounds(text, arg(args, kw, 2, 'pos'), arg(args, kw, 3, 'endpos'));
  if (!bnd) return undefined;
  const [from, to] = bnd;
  if (name === 'match' || name === 'search' || name === 'fullmatch') {
    const spans = execAt(st, text, from, to, name);
    return spans ? newMatch(b, it, p, subject, spans, from, to, pos) : b.none;
  }
  const ms = allMatches(st, text, from, to, Infinity);
  if (!ms) return undefined;
  if (name === 'findall') {
    // No group: the whole match; one: that group ('' when it did not take part); more: a tuple of them.
    const piece = (s: Span): PyObj => (s ? sliceOf(b, subject, s[0], s[1], pos) : b.newStr('', pos));
    const items = ms.map((m) => st.tr.groups === 0 ? piece(m[0]) : st.tr.groups === 1 ? piece(m[1]) : b.newSeq('tuple', m.slice(1).map(piece), pos));
    return b.newSeq('list', items, pos);
  }
  if (name === 'finditer') {
    const h = it.heap;
    const itr = h.alloc('iterator', 'callable_iterator', h.site(pos.line, pos.col, 'callable_iterator', 'finditer(…)'));
    itr.iterKind = RE_FINDITER;
    itr.tracked = true;
    // PyCallIter_New(scanner.search, None): the iterator holds the bound method (a tracked
    // builtin_function_or_method), which holds the SRE_Scanner (tracked), which holds the Pattern
    // and the string: three GC objects a collection of the iterator finds (measured 3.11-3.13).
    const scanner = h.alloc('builtin', 'SRE_Scanner', h.site(pos.line, pos.col, 'SRE_Scanner', 'scanner'));
    scanner.tracked = true;
    scanner.attrs = new Map([['re', h.incref(p)!], ['string', h.incref(subject)!]]);
    const search = h.alloc('builtin', 'builtin_function_or_method', h.site(pos.line, pos.col, 'builtin_function_or_method', 'scanner.search'));
    search.tracked = true;
    search.methodSelf = scanner;
    itr.attrs = new Map([['callable', search]]);
    finditerStates.set(itr, { matches: ms, next: 0, pos: from, endpos: to });
    return itr;
  }
  return undefined;
}

/** The next Match of a finditer iterator (owned), or undefined at its end, where it lets go of the scanner. */
export function finditerNext(b: Builtins, itr: PyObj, frame: Frame): PyObj | undefined {
  const st = finditerStates.get(itr);
  const attrs = itr.attrs;
  const scanner = attrs?.get('callable')?.methodSelf?.attrs;
  if (!st || !attrs || !scanner) return undefined;
  const m = st.matches[st.next];
  if (!m) {
    // (calliter_iternext lets go of the callable, and so of the scanner, at the sentinel)
    itr.attrs = undefined;
    for (const v of attrs.values()) b.it.heap.decref(v);
    return undefined;
  }
  st.next++;
  return newMatch(b, b.it, scanner.get('re')!, scanner.get('string')!, m, st.pos, st.endpos, { line: frame.line, col: 0 });
}

// ---- sub ----

type TemplatePart = { lit: string } | { group: number };

/** The replacement template as re._parser.parse_template reads it; undefined where it is not read here (or an error). */
function parseTemplate(repl: string, st: PatternState): TemplatePart[] | undefined {
  const parts: TemplatePart[] = [];
  let lit = '';
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c !== '\\') { lit += c; continue; }
    const d = repl[i + 1];
    if (d === undefined) return undefined;
    let group: number | undefined;
    if (d === 'g') {
      const m = /^<([^>]*)>/.exec(repl.slice(i + 2));
      if (!m) return undefined;
      const name = m[1];
      if (/^\d+$/.test(name)) group = Number(name);
      else group = st.tr.names.find(([n]) => n === name)?.[1];
      if (group === undefined || group > st.tr.groups) return undefined;
      i += 2 + m[0].length - 1;
    } else if (d >= '1' && d <= '9') {
      const m = /^\d\d?/.exec(repl.slice(i + 1))!;
      if (/^[0-7]{3}/.test(repl.slice(i + 1))) return undefined; // (an octal escape)
      group = Number(m[0]);
      if (group > st.tr.groups) return undefined;
      i += m[0].length;
    } else if (d in simple) {
      lit += simple[d];
      i++;
      continue;
    } else if (/[A-Za-z0-9]/.test(d)) {
      return undefined; // \0 octal, \x, unknown letter escapes (an error)
    } else {
      lit += '\\' + d;
      i++;
      continue;
    }
    if (lit) { parts.push({ lit }); lit = ''; }
    parts.push({ group });
  }
  if (lit) parts.push({ lit });
  return parts;
}

function* substitute(c: ReCall, p: PyObj, st: PatternState, repl: PyObj, subject: PyObj, limit: number, withCount: boolean): G<PyObj | undefined> {
  const { b, it, frame, site, pos } = c;
  const h = it.heap;
  const text = knownText(subject);
  if (text === undefined || text.length > LIMITS.MAX_REGEX_TEXT || !/^[\x00-\x7f]*$/.test(text)) return undefined;
  const replText = knownText(repl);
  const callable = replText === undefined && (repl.kind === 'function' || repl.kind === 'method' || repl.kind === 'builtin' || repl.kind === 'instance' || repl.kind === 'class');
  if (replText === undefined && !callable) return undefined;
  const template = replText !== undefined && replText.includes('\\') ? parseTemplate(replText, st) : undefined;
  if (replText !== undefined && replText.includes('\\') && !template) return undefined;
  const ms = allMatches(st, text, 0, text.length, limit);
  if (!ms) return undefined;
  if (template) {
    // re._compile_template / _compile_repl: an lru_cache entry whose key holds the pattern and the text.
    const key = `${p.id}:${replText}`;
    const t = caches(it).templates;
    if (!t.has(key)) {
      t.set(key, [p, repl]);
      holdHidden(it, p, 1, "re's pattern cache");
      holdHidden(it, repl, 1, "re's template cache key");
    }
  }
  const pieces: PyObj[] = [];
  let value: string | undefined = '';
  let last = 0;
  try {
    for (const m of ms) {
      const [a, e] = m[0]!;
      if (last < a) { pieces.push(sliceOf(b, subject, last, a, pos)); value = value === undefined ? undefined : value + text.slice(last, a); }
      if (template) {
        const s = template.map((t) => ('lit' in t ? t.lit : m[t.group] ? text.slice(m[t.group]![0], m[t.group]![1]) : '')).join('');
        pieces.push(b.newStrFresh(s, pos));
        value = value === undefined ? undefined : value + s;
      } else if (replText !== undefined) {
        pieces.push(h.incref(repl)!);
        value = value === undefined ? undefined : value + replText;
      } else {
        // The function gets a new Match (held by _sre while it runs) and returns a str.
        const mo = newMatch(b, it, p, subject, m, 0, text.length, pos);
        let r: PyObj;
        try {
          r = yield* it.callFromC(repl, [mo], frame, site);
        } finally {
          h.decref(mo);
        }
        // (a str subclass or anything else: not followed further, the text is unknown)
        if (r.kind !== 'str') {
          h.escape(r);
          value = undefined;
        } else value = value === undefined || typeof r.value !== 'string' ? undefined : value + r.value;
        pieces.push(r);
      }
      last = e;
    }
    if (last < text.length) { pieces.push(sliceOf(b, subject, last, text.length, pos)); value = value === undefined ? undefined : value + text.slice(last); }
    const result = b.joinedStr(pieces, value, pos);
    if (!withCount) return result;
    return b.newSeq('tuple', [result, b.newInt(BigInt(ms.length), pos)], pos);
  } finally {
    for (const x of pieces) h.decref(x);
  }
}

// ---- Match methods and attributes ----

/** A group argument: its number, or undefined when unknown; -1 for "no such group" (IndexError). */
function groupIndex(st: PatternState, g: PyObj | undefined): number | undefined {
  if (!g) return 0;
  const v = knownInt(g);
  if (v !== undefined) return v >= 0n && v <= BigInt(st.tr.groups) ? Number(v) : -1;
  const t = knownText(g);
  if (t !== undefined) return st.tr.names.find(([n]) => n === t)?.[1] ?? -1;
  return undefined;
}

export class NoSuchGroup {}

/** Match.<name>(...) with args[0] the Match: the result (owned); NoSuchGroup for IndexError; undefined when not followed. */
export function matchMethod(c: ReCall, name: string): PyObj | NoSuchGroup | undefined {
  const { b, it, args, kw, pos } = c;
  const m = args[0];
  const ms = matchStates.get(m);
  const p = m.attrs?.get('re');
  const subject = m.attrs?.get('string');
  const st = p && patternStates.get(p);
  if (!ms || !st || !subject) return undefined;
  const h = it.heap;
  const slice = (g: number, dflt: PyObj): PyObj => {
    const s = ms.spans[g];
    return s ? sliceOf(b, subject, s[0], s[1], pos) : h.incref(dflt)!;
  };
  switch (name) {
    case 'group': case '__getitem__': {
      const gs = args.length > 1 ? args.slice(1) : [undefined];
      const idx = gs.map((g) => groupIndex(st, g));
      if (idx.some((g) => g === undefined)) return undefined;
      if (idx.some((g) => g === -1)) return new NoSuchGroup();
      if (idx.length === 1) return slice(idx[0]!, b.none);
      return b.newSeq('tuple', idx.map((g) => slice(g!, b.none)), pos);
    }
    case 'groups': {
      const dflt = arg(args, kw, 1, 'default') ?? b.none;
      const items: PyObj[] = [];
      for (let g = 1; g <= st.tr.groups; g++) items.push(slice(g, dflt));
      return b.newSeq('tuple', items, pos);
    }
    case 'groupdict': {
      const dflt = arg(args, kw, 1, 'default') ?? b.none;
      const d = b.newDict(pos);
      for (const [, n] of st.tr.names) b.dictSet(d, h.incref(st.names.get(n))!, slice(n, dflt));
      return d;
    }
    case 'start': case 'end': case 'span': {
      const g = groupIndex(st, args[1]);
      if (g === undefined) return undefined;
      if (g === -1) return new NoSuchGroup();
      const s = ms.spans[g] ?? [-1, -1];
      if (name === 'start') return b.newInt(BigInt(s[0]), pos);
      if (name === 'end') return b.newInt(BigInt(s[1]), pos);
      return b.newSeq('tuple', [b.newInt(BigInt(s[0]), pos), b.newInt(BigInt(s[1]), pos)], pos);
    }
    default: return undefined;
  }
}

/**
 * Attribute `name` of a Pattern or Match: a bound method (builtin name and self) or the value
 * (owned); undefined when not one followed here.
 */
export function reAttr(b: Builtins, o: PyObj, name: string, pos: Pos): { method: string } | { value: PyObj } | undefined {
  const h = b.it.heap;
  if (isRePattern(o)) {
    if (PATTERN_METHOD_SET.has(name)) return { method: `${RE_PATTERN}.${name}` };
    const st = patternStates.get(o)!;
    if (name === 'pattern') return { value: h.incref(o.attrs!.get('pattern'))! };
    if (name === 'flags') return { value: b.newInt(BigInt(st.tr.flags), pos) };
    if (name === 'groups') return { value: b.newInt(BigInt(st.tr.groups), pos) };
    return undefined;
  }
  if (isReMatch(o)) {
    if (MATCH_METHOD_SET.has(name) && name !== '__getitem__') return { method: `${RE_MATCH}.${name}` };
    const ms = matchStates.get(o)!;
    const st = patternStates.get(o.attrs!.get('re')!);
    if (name === 're' || name === 'string') return { value: h.incref(o.attrs!.get(name))! };
    if (name === 'pos') return { value: b.newInt(BigInt(ms.pos), pos) };
    if (name === 'endpos') return { value: b.newInt(BigInt(ms.endpos), pos) };
    if ((name === 'lastindex' || name === 'lastgroup') && st) {
      // The group whose match ended last (an outer group closes after the groups inside it).
      let best = 0;
      for (let g = 1; g < ms.spans.length; g++) {
        const s = ms.spans[g];
        if (!s) continue;
        const cur = ms.spans[best];
        if (!best || s[1] > cur![1] || (s[1] === cur![1] && s[0] < cur![0])) best = g;
      }
      if (name === 'lastindex') return { value: best ? b.newInt(BigInt(best), pos) : h.incref(b.none)! };
      const nm = best ? st.names.get(best) : undefined;
      return { value: h.incref(nm ?? b.none)! };
    }
    return undefined;
  }
  return undefined;
}

/** Whether a re.<name> attribute is a flag constant, and its value. */
export function reFlagValue(name: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(RE_FLAG_NAMES, name) ? RE_FLAG_NAMES[name] : undefined;
}

export { RE_FLAG_BITS };

/** finditer's spans for a pattern and a text (what the model would find), or undefined when not followed. Used by the tests. */
export function findSpans(pattern: string, flags: number, text: string): Span[][] | undefined {
  const tr = translateRegex(pattern, flags);
  return tr && allMatches({ text: pattern, tr, names: new Map() }, text, 0, text.length, Infinity);
}
