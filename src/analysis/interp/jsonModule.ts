// json.dumps and json.loads (Lib/json): dumps reads its argument and keeps
// nothing of it; loads makes new objects, a dict's keys shared within one call
// (the scanner's memo). Both are computed when what they read is known: the
// text dumps writes (so a later loads, comparison or lookup can read it), the
// objects loads builds. Anything else the model cannot follow (a `default=`
// hook, an object json cannot write, a text it does not know) is left to the
// caller's unknown-call path, or gives a new string of unknown text.
import type { Builtins } from './builtins';
import { floatRepr } from '../ir/constants';
import type { PyObj } from './objects';
import { knownClass, knownInt } from './operators';

/** What dumps certainly raises: a value json never writes (TypeError) or a container inside itself (ValueError). */
export class JsonDumpError {
  constructor(readonly name: 'TypeError' | 'ValueError') {}
}

type Pos = { line: number; col: number };

/** What dumps makes of a value: its text, `null` for text it cannot know, undefined when it cannot write it. */
type Written = string | null | undefined;

interface DumpOptions {
  indent?: string;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ensureAscii: boolean;
}

/** The options of a dumps call, or undefined when one is not followed (default=, cls=, unknown values). */
function dumpOptions(b: Builtins, kw: Map<string, PyObj>): DumpOptions | undefined {
  const known = new Set(['indent', 'sort_keys', 'separators', 'ensure_ascii']);
  if ([...kw.keys()].some((k) => !known.has(k))) return undefined;
  const flag = (name: string, dflt: boolean): boolean | undefined => {
    const v = kw.get(name);
    return v === undefined ? dflt : b.truthy(v);
  };
  const sortKeys = flag('sort_keys', false);
  const ensureAscii = flag('ensure_ascii', true);
  if (sortKeys === undefined || ensureAscii === undefined) return undefined;
  let indent: string | undefined;
  const ind = kw.get('indent');
  if (ind && ind !== b.none) {
    const n = knownInt(ind);
    if (n !== undefined && n >= 0n && n < 64n) indent = ' '.repeat(Number(n));
    else if (ind.kind === 'str' && typeof ind.value === 'string') indent = ind.value;
    else return undefined;
  }
  // With an indent the item separator loses its trailing space (json.dumps' default separators).
  let itemSep = indent === undefined ? ', ' : ',';
  let keySep = ': ';
  const sep = kw.get('separators');
  if (sep && sep !== b.none) {
    const parts = sep.items;
    if (!parts || parts.length !== 2 || parts.some((p) => p.kind !== 'str' || typeof p.value !== 'string')) return undefined;
    itemSep = String(parts[0].value);
    keySep = String(parts[1].value);
  }
  return { indent, itemSep, keySep, sortKeys, ensureAscii };
}

/** A str as json writes it (py_encode_basestring(_ascii)). */
function quote(s: string, ascii: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ascii && c > 0x7e)) {
      const hex = (n: number): string => `\\u${n.toString(16).padStart(4, '0')}`;
      out += c > 0xffff ? hex(0xd800 + ((c - 0x10000) >> 10)) + hex(0xdc00 + ((c - 0x10000) & 0x3ff)) : hex(c);
    } else out += ch;
  }
  return out + '"';
}

function floatText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  return floatRepr(v);
}

/** A dict key as json writes it: str as is, int / float / bool / None as their json text. */
function keyText(k: PyObj, o: DumpOptions): Written {
  if (k.kind === 'str') return typeof k.value === 'string' ? quote(k.value, o.ensureAscii) : null;
  const scalar = scalarText(k);
  if (scalar === undefined) return undefined;
  return scalar === null ? null : quote(scalar, o.ensureAscii);
}

function scalarText(v: PyObj): Written {
  switch (v.kind) {
    case 'none': return 'null';
    case 'bool': return v.value === undefined ? null : v.value ? 'true' : 'false';
    case 'int': return v.fromId || typeof v.value !== 'bigint' ? null : String(v.value);
    case 'float': return typeof v.value === 'number' ? floatText(v.value) : null;
    default: return undefined;
  }
}

/** A value the default encoder never writes, whatever its content (no default= hook: dumpOptions). */
function neverWritten(v: PyObj): boolean {
  if (v.kind === 'set' || v.kind === 'frozenset' || v.kind === 'bytes' || v.kind === 'complex' || v.kind === 'function' || v.kind === 'generator') return v.type === v.kind || v.kind === 'function' || v.kind === 'generator';
  // An instance of a class of the program's own (not a dict / list / str / int / float subclass: those have other kinds).
  return v.kind === 'instance' && !!v.cls && knownClass(v.cls);
}

function write(v: PyObj, o: DumpOptions, depth: number, path: Set<PyObj>): Written {
  if (neverWritten(v)) throw new JsonDumpError('TypeError');
  if (v.fuzzy && v.kind !== 'str' && v.kind !== 'int' && v.kind !== 'float') return undefined;
  if (v.kind === 'str') return typeof v.value === 'string' && !v.fuzzy ? quote(v.value, o.ensureAscii) : null;
  const scalar = scalarText(v);
  if (scalar !== undefined) return scalar;
  const isList = (v.kind === 'list' && v.type === 'list') || (v.kind === 'tuple' && (v.type === 'tuple' || !!v.cls?.namedFields));
  const isDict = v.kind === 'dict' && (v.type === 'dict' || v.type === 'OrderedDict' || v.type === 'defaultdict') && !!v.entries;
  if (!isList && !isDict) return undefined;
  // A container met again inside itself: dumps raises ValueError (circular reference).
  if (path.has(v)) throw new JsonDumpError('ValueError');
  if (depth > 200) return undefined;
  path.add(v);
  try {
    const inner = o.indent === undefined ? '' : '\n' + o.indent.repeat(depth + 1);
    const outer = o.indent === undefined ? '' : '\n' + o.indent.repeat(depth);
    const parts: string[] = [];
    let unknownText = false;
    if (isList) {
      for (const x of v.items!) {
        const t = write(x, o, depth + 1, path);
        if (t === undefined) return undefined;
        if (t === null) unknownText = true;
        else parts.push(t);
      }
      if (unknownText) return null;
      return parts.length ? `[${inner}${parts.join(o.itemSep + inner)}${outer}]` : '[]';
    }
    let entries = [...v.entries!.values()];
    if (o.sortKeys) {
      if (!entries.every((e) => e.key.kind === 'str' && typeof e.key.value === 'string')) return undefined;
      entries = entries.slice().sort((a, b) => (String(a.key.value) < String(b.key.value) ? -1 : String(a.key.value) > String(b.key.value) ? 1 : 0));
    }
    for (const e of entries) {
      const k = keyText(e.key, o);
      const t = write(e.value, o, depth + 1, path);
      if (k === undefined || t === undefined) return undefined;
      if (k === null || t === null) unknownText = true;
      else parts.push(k + o.keySep + t);
    }
    if (unknownText) return null;
    return parts.length ? `{${inner}${parts.join(o.itemSep + inner)}${outer}}` : '{}';
  } finally {
    path.delete(v);
  }
}

/**
 * json.dumps(obj, **kw): a new str (its text when every part is known), or
 * undefined for a call the model does not follow.
 */
export function jsonDumps(b: Builtins, obj: PyObj | undefined, kw: Map<string, PyObj>, pos: Pos): PyObj | JsonDumpError | undefined {
  const o = dumpOptions(b, kw);
  if (!obj || !o) return undefined;
  let text: Written;
  try {
    text = write(obj, o, 0, new Set());
  } catch (err) {
    if (!(err instanceof JsonDumpError)) throw err;
    if (o.indent !== undefined && b.it.vm.jsonIndentLeavesCycle) b.it.unmodelledGarbage = true;
    return err;
  }
  if (text === undefined) return undefined;
  // _make_iterencode's closures refer to each other through cells: about 33 objects the model does not build.
  if (o.indent !== undefined && b.it.vm.jsonIndentLeavesCycle) b.it.unmodelledGarbage = true;
  return b.newStr(text ?? undefined, pos);
}

/** A JSON value as read, before any object is made (a failed read leaves the heap as it was). */
type Json = { dict: [string, Json][] } | { list: Json[] } | { str: string } | { int: bigint } | { float: number } | true | false | null;

/** Reads `text` as json.loads would (NaN and Infinity included); undefined when it is not JSON or nests deeper than 200. */
function readJson(text: string): Json | undefined {
  let i = 0;
  const ws = (): void => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const fail = (): never => { throw new SyntaxError('json'); };
  const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  const str = (): string => {
    let out = '';
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail();
      const ch = text[i++];
      if (ch === '"') return out;
      if (ch === '\\') {
        const e = text[i++];
        if (e in simple) out += simple[e];
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) { out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16)); i += 4; }
        else fail();
      } else if (ch < ' ') fail();
      else out += ch;
    }
  };
  const value = (depth: number): Json => {
    if (depth > 200) fail();
    ws();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      i++;
      const close = ch === '{' ? '}' : ']';
      const dict: [string, Json][] = [];
      const list: Json[] = [];
      ws();
      if (text[i] === close) { i++; return ch === '{' ? { dict } : { list }; }
      for (;;) {
        if (ch === '{') {
          ws();
          if (text[i] !== '"') fail();
          const k = str();
          ws();
          if (text[i++] !== ':') fail();
          dict.push([k, value(depth + 1)]);
        } else list.push(value(depth + 1));
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === close) { i++; return ch === '{' ? { dict } : { list }; }
        fail();
      }
    }
    if (ch === '"') return { str: str() };
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) { i += word.length; return v; }
    }
    for (const [word, v] of [['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity]] as const) {
      if (text.startsWith(word, i)) { i += word.length; return { float: v }; }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail();
    i += m[0].length;
    return m[1] || m[2] ? { float: Number(m[0]) } : { int: BigInt(m[0]) };
  };
  try {
    const out = value(0);
    ws();
    return i === text.length ? out : undefined;
  } catch (e) {
    if (e instanceof SyntaxError) return undefined;
    throw e;
  }
}

/**
 * json.loads(s): the objects it builds from a known text, or undefined (the
 * text is unknown, not JSON, or nested deeper than the model follows).
 */
export function jsonLoads(b: Builtins, s: PyObj | undefined, kw: Map<string, PyObj>, pos: Pos): PyObj | undefined {
  if (!s || s.kind !== 'str' || typeof s.value !== 'string' || s.fuzzy || kw.size) return undefined;
  const read = readJson(s.value);
  if (read === undefined) return undefined;
  const h = b.it.heap;
  // The scanner's memo: one str object per distinct key within this call.
  const memo = new Map<string, PyObj>();
  const build = (v: Json): PyObj => {
    if (v === true) return h.incref(b.trueObj)!;
    if (v === false) return h.incref(b.falseObj)!;
    if (v === null) return h.incref(b.none)!;
    if ('str' in v) return b.newStr(v.str, pos);
    if ('int' in v) return b.newInt(v.int, pos);
    if ('float' in v) return b.newFloat(v.float, pos);
    if ('list' in v) return b.newSeq('list', v.list.map(build), pos);
    const d = b.newDict(pos);
    for (const [k, x] of v.dict) {
      const value = build(x);
      let key = memo.get(k);
      if (key) h.incref(key);
      else memo.set(k, (key = b.newStr(k, pos)));
      b.dictSet(d, key, value);
    }
    return d;
  };
  return build(read);
}
