// json (Lib/json with the _json accelerator): dumps / dump read their argument
// and keep nothing of it; loads / load make new objects, a dict's keys shared
// within one call (the scanner's memo). Both are computed when what they read
// is known: the text dumps writes (so a later loads, comparison or lookup can
// read it), the objects loads builds.
//
// The hooks are followed as CPython calls them: dumps' `default=` (or the
// `default` method of a `cls=` JSONEncoder subclass) for each object it cannot
// write, its result written in its place; loads' `object_hook` /
// `object_pairs_hook` for each object innermost first, `parse_float` /
// `parse_int` / `parse_constant` for each number or constant. While a hook
// runs, the references the encoder's or scanner's frames and C state hold are
// held too (jsonHolds.ts), and an exception leaving a hook keeps what the
// traceback's json frames keep. The Python encoder (`indent` up to 3.12,
// json.dump always) leaves its closures as cyclic garbage (jsonClosures.ts).
// Anything else the model cannot follow (an object json cannot write whose
// type is not known, a text it does not know) is left to the caller's
// unknown-call path, or gives a new string of unknown text.
import { isEnumMemberObj } from './enums';
import type { Builtins } from './builtins';
import { floatRepr } from '../ir/constants';
import type { Frame } from './frame';
import type { CallSite, G } from './interpreter';
import { PyException } from './interpreter';
import { knownText, type PyObj } from './objects';
import { knownClass, knownInt } from './operators';
import { LIMITS } from './limits';
import { type Hold, Holds, keepInTraceback, leaveEncoderClosures } from './jsonFrames';

/** The class json.JSONEncoder as the model knows it (Builtins.jsonEncoderBase). */
export const JSON_ENCODER = 'json.JSONEncoder';

/** What dumps certainly raises: a value json never writes (TypeError) or a container inside itself (ValueError). */
export class JsonDumpError {
  constructor(readonly name: 'TypeError' | 'ValueError', readonly obj?: PyObj) {}
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
  checkCircular: boolean;
}

/** The keywords dumps / dump are followed with. */
const DUMP_KEYWORDS: ReadonlySet<string> = new Set(['indent', 'sort_keys', 'separators', 'ensure_ascii', 'check_circular', 'default', 'cls']);

/** The options of a dumps call, or undefined when one is not followed (unknown keywords or values). */
function dumpOptions(b: Builtins, kw: Map<string, PyObj>): DumpOptions | undefined {
  if ([...kw.keys()].some((k) => !DUMP_KEYWORDS.has(k))) return undefined;
  const flag = (name: string, dflt: boolean): boolean | undefined => {
    const v = kw.get(name);
    return v === undefined ? dflt : b.truthy(v);
  };
  const sortKeys = flag('sort_keys', false);
  const ensureAscii = flag('ensure_ascii', true);
  const checkCircular = flag('check_circular', true);
  if (sortKeys === undefined || ensureAscii === undefined || checkCircular === undefined) return undefined;
  let indent: string | undefined;
  const ind = kw.get('indent');
  if (ind && ind !== b.none) {
    const n = knownInt(ind);
    if (n !== undefined && n >= 0n && n < 64n) indent = ' '.repeat(Number(n));
    else if (knownText(ind) !== undefined) indent = knownText(ind);
    else return undefined;
  }
  // With an indent the item separator loses its trailing space (json.dumps' default separators).
  let itemSep = indent === undefined ? ', ' : ',';
  let keySep = ': ';
  const sep = kw.get('separators');
  if (sep && sep !== b.none) {
    const parts = sep.kind === 'tuple' || sep.kind === 'list' ? sep.items : undefined;
    if (!parts || sep.fuzzy || parts.length !== 2 || parts.some((p) => knownText(p) === undefined)) return undefined;
    itemSep = knownText(parts[0])!;
    keySep = knownText(parts[1])!;
  }
  return { indent, itemSep, keySep, sortKeys, ensureAscii, checkCircular };
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
    // (an IntEnum / IntFlag member is an int: written as int.__repr__ writes it, its value's digits)
    case 'unknown': {
      if (!isEnumMemberObj(v) || !v.cls!.enumIntType) return undefined;
      const val = v.attrs!.get('_value_');
      return val?.kind === 'int' ? scalarText(val) : null;
    }
    default: return undefined;
  }
}

/**
 * A value json does not write itself, whatever its content: the default hook gets it (without
 * one, TypeError). Instances only of classes the model knows whole (no list / dict / str / int /
 * float base: those have other kinds).
 */
function needsDefault(v: PyObj): boolean {
  if (v.kind === 'set' || v.kind === 'frozenset' || v.kind === 'bytes' || v.kind === 'complex') return v.type === v.kind || v.type === 'bytearray';
  if (v.kind === 'function' || v.kind === 'generator') return true;
  // (a member of an enum of Enum / Flag bases only is no str / int / float: default gets it)
  if (isEnumMemberObj(v) && v.cls!.enumKind === 'plain') return true;
  return v.kind === 'instance' && !!v.cls && knownClass(v.cls);
}

const isSeq = (v: PyObj): boolean => (v.kind === 'list' && v.type === 'list') || (v.kind === 'tuple' && (v.type === 'tuple' || !!v.cls?.namedFields));
// (an instance's __dict__, from vars(obj) or obj.__dict__, keeps its attributes by name)
const isDict = (v: PyObj): boolean => v.kind === 'dict' && (v.type === 'dict' || v.type === 'OrderedDict' || v.type === 'defaultdict') && (!!v.entries || (!!v.instanceDict && !!v.attrs));

/** A dict's items in order; an attribute dict's keys are names (str objects the model does not build). */
function dictItems(v: PyObj): { key: PyObj | string; value: PyObj }[] {
  return v.entries ? [...v.entries.values()] : [...v.attrs!].map(([key, value]) => ({ key, value }));
}

const keyString = (k: PyObj | string): string | undefined => (typeof k === 'string' ? k : knownText(k));
const isScalar = (v: PyObj): boolean => v.kind === 'str' || v.kind === 'none' || v.kind === 'bool' || v.kind === 'int' || v.kind === 'float';

/**
 * One encoding: the C encoder (c_make_encoder) or the Python one (_make_iterencode), with what
 * each holds while a hook runs. `hook` is what default(o) calls: the default= callable or the
 * bound `default` method; none: the default raises TypeError (JSONEncoder.default).
 */
class Encoding {
  readonly holds: Holds;
  /** The markers dict (check_circular): id(o) → o for every container and default-passed object on the path. */
  readonly markers?: PyObj;
  private readonly markerKeys = new Map<PyObj, PyObj>();

  constructor(
    readonly b: Builtins,
    readonly o: DumpOptions,
    readonly python: boolean,
    readonly hook: PyObj | undefined,
    /** The encoder instance JSONEncoder.default would get as self (undefined: one the model does not build). */
    readonly instance: PyObj | undefined,
    readonly frame: Frame,
    readonly site: CallSite,
    readonly pos: Pos,
  ) {
    this.holds = new Holds(b.it.heap);
    if (o.checkCircular) this.markers = b.newDict(pos);
  }

  private markerAdd(v: PyObj): void {
    if (!this.markers) return;
    // (a container met again inside itself: "Circular reference detected")
    if (this.markerKeys.has(v)) throw new JsonDumpError('ValueError');
    const key = this.b.newInt(0x7f0000000000n + BigInt(v.id) * 16n, this.pos);
    this.markerKeys.set(v, key);
    this.b.dictSet(this.markers, this.b.it.heap.incref(key)!, this.b.it.heap.incref(v)!);
  }

  private markerDel(v: PyObj): void {
    const key = this.markerKeys.get(v);
    if (!key || !this.markers) return;
    this.markerKeys.delete(v);
    const e = this.b.dictDel(this.markers, key);
    this.b.it.heap.decref(key);
    if (e) { this.b.it.heap.decref(e.key); this.b.it.heap.decref(e.value); }
  }

  /**
   * encoder_listencode_obj / _iterencode(o): `gen` when the Python encoder runs it in a
   * generator of its own (the top level, an object default() gets and what default returns).
   */
  *value(v: PyObj, depth: number, gen: boolean): G<Written> {
    if (depth > LIMITS.MAX_JSON_DEPTH) return undefined;
    if (v.kind === 'str') return typeof v.value === 'string' && !v.fuzzy ? quote(v.value, this.o.ensureAscii) : null;
    if (v.fuzzy && v.kind !== 'int' && v.kind !== 'float') return undefined;
    const scalar = scalarText(v);
    if (scalar !== undefined) return scalar;
    if (!isSeq(v) && !isDict(v) && !needsDefault(v)) return undefined;
    const mark = this.holds.mark();
    // (_iterencode's generator: its `o`)
    const local = gen ? this.holds.add(v, true) : undefined;
    const r = isSeq(v) ? yield* this.list(v, depth) : isDict(v) ? yield* this.dict(v, depth) : yield* this.viaDefault(v, depth, local);
    this.holds.release(mark);
    return r;
  }

  /** default(o) and the encoding of what it returns, with o in the markers meanwhile. */
  private *viaDefault(v: PyObj, depth: number, local: Hold | undefined): G<Written> {
    const h = this.b.it.heap;
    this.markerAdd(v);
    if (!this.hook) throw new JsonDumpError('TypeError', v);
    const r = yield* this.b.it.callFromC(this.hook, [v], this.frame, this.site);
    // C: newobj, owned until written; Python: `o = _default(o)`, then `yield from _iterencode(o)`.
    if (local) this.holds.replace(local, r);
    else this.holds.add(r, false);
    h.decref(r);
    const t = yield* this.value(r, depth + 1, this.python);
    this.markerDel(v);
    return t;
  }

  /** Which separator / indent text goes between items and around them at this depth. */
  private layout(depth: number): { inner: string; outer: string } {
    const ind = this.o.indent;
    return ind === undefined ? { inner: '', outer: '' } : { inner: '\n' + ind.repeat(depth + 1), outer: '\n' + ind.repeat(depth) };
  }

  /** An item of a list or a value of a dict: written in place, or through its own generator (Python, default-passed). */
  private *item(x: PyObj, depth: number): G<Written> {
    return yield* this.value(x, depth + 1, this.python && !isScalar(x) && !isSeq(x) && !isDict(x));
  }

  private *list(v: PyObj, depth: number): G<Written> {
    const items = v.items!;
    // C: PySequence_Fast's reference; Python: `lst` and the for loop's iterator.
    this.holds.add(v, this.python);
    if (!items.length) return '[]';
    if (this.python) this.holds.add(v, false);
    this.markerAdd(v);
    const { inner, outer } = this.layout(depth);
    const parts: string[] = [];
    let unknownText = false;
    // (Python: the loop's `value`)
    const local = this.python ? this.holds.add(this.b.none, true) : undefined;
    // (by index, the length read each time: a hook that appends to the list extends the walk)
    for (let i = 0; i < (v.items?.length ?? 0); i++) {
      const x = v.items![i];
      if (local) this.holds.replace(local, x);
      const t = yield* this.item(x, depth);
      if (t === undefined) return undefined;
      if (t === null) unknownText = true;
      else parts.push(t);
    }
    this.markerDel(v);
    if (unknownText) return null;
    return `[${inner}${parts.join(this.o.itemSep + inner)}${outer}]`;
  }

  private *dict(v: PyObj, depth: number): G<Written> {
    const vm = this.b.it.vm;
    let entries = dictItems(v);
    if (this.python) this.holds.add(v, true);
    if (!entries.length) return '{}';
    this.markerAdd(v);
    if (this.o.sortKeys) {
      if (!entries.every((e) => keyString(e.key) !== undefined)) return undefined;
      entries = entries.slice().sort((a, c) => (keyString(a.key)! < keyString(c.key)! ? -1 : keyString(a.key)! > keyString(c.key)! ? 1 : 0));
    }
    // A list of (key, value) tuples: C up to 3.11 always, then when sorting or for a dict subclass
    // (PyMapping_Items); Python when sorting (sorted(dct.items()), its `items`).
    const itemsList = this.python ? this.o.sortKeys : vm.jsonDictItemsList || this.o.sortKeys || v.type !== 'dict';
    if (itemsList) for (const e of entries) { if (typeof e.key !== 'string') this.holds.add(e.key, this.python); this.holds.add(e.value, this.python); }
    // Python otherwise: `items = dct.items()` and its iterator, whose reused result tuple holds the current pair.
    const pair = this.python && !itemsList ? [this.holds.add(v, true), this.holds.add(v, false), this.holds.add(this.b.none, false), this.holds.add(this.b.none, false)] : undefined;
    // (Python: the loop's `key` and `value`)
    const locals = this.python ? [this.holds.add(this.b.none, true), this.holds.add(this.b.none, true)] : undefined;
    const { inner, outer } = this.layout(depth);
    const parts: string[] = [];
    let unknownText = false;
    const size = entries.length;
    for (const e of entries) {
      // (a hook that changed the dict: C reads on past the change, Python's iterator raises RuntimeError)
      if ((v.entries?.size ?? v.attrs?.size) !== size) return undefined;
      const key = typeof e.key === 'string' ? this.b.none : e.key;
      if (pair) { this.holds.replace(pair[2], key); this.holds.replace(pair[3], e.value); }
      if (locals) { this.holds.replace(locals[0], key); this.holds.replace(locals[1], e.value); }
      const k = typeof e.key === 'string' ? quote(e.key, this.o.ensureAscii) : keyText(e.key, this.o);
      if (k === undefined) return undefined;
      const t = yield* this.item(e.value, depth);
      if (t === undefined) return undefined;
      if (k === null || t === null) unknownText = true;
      else parts.push(k + this.o.keySep + t);
    }
    this.markerDel(v);
    if (unknownText) return null;
    return `{${inner}${parts.join(this.o.itemSep + inner)}${outer}}`;
  }
}

/** cls= for dumps: a class derived from json.JSONEncoder that changes only `default` (undefined: not followed). */
function encoderClass(b: Builtins, cls: PyObj | undefined): PyObj | undefined | false {
  if (!cls || cls === b.none || cls.builtinName === JSON_ENCODER) return undefined;
  if (cls.kind !== 'class' || cls.unknownBase || cls.foreignMeta) return false;
  const mro = cls.mroTuple?.items ?? [];
  if (!mro.some((c) => c.builtinName === JSON_ENCODER)) return false;
  // Its own classes may define `default` and plain methods; what the encoder itself calls is JSONEncoder's.
  const others = mro.filter((c) => c.builtinName !== JSON_ENCODER && c.builtinName !== 'object');
  if (!others.every((c) => !!c.classIR && !c.external)) return false;
  for (const name of ['__init__', '__new__', 'encode', 'iterencode', 'item_separator', 'key_separator', '__getattribute__', '__getattr__', '__setattr__', '__slots__']) {
    if (others.some((c) => c.attrs?.has(name))) return false;
  }
  const d = b.lookupClassAttr(cls, 'default');
  if (d && d.kind !== 'function') return false;
  return cls;
}

/**
 * The encoder instance dumps makes (`cls(skipkeys=…, …)`: JSONEncoder.__init__ stores its
 * options as attributes), for a cls= class or json.JSONEncoder itself.
 */
function* newEncoderInstance(b: Builtins, cls: PyObj, kw: Map<string, PyObj>, frame: Frame, pos: Pos): G<PyObj> {
  const h = b.it.heap;
  const inst = b.bareInstance(cls, pos);
  const set = function* (name: string, v: PyObj): G<void> { yield* b.setAttr(inst, name, h.incref(v)!, frame, { generic: true }); };
  for (const [name, dflt] of [['skipkeys', b.falseObj], ['ensure_ascii', b.trueObj], ['check_circular', b.trueObj], ['allow_nan', b.trueObj], ['sort_keys', b.falseObj], ['indent', b.none]] as const) {
    yield* set(name, kw.get(name) ?? dflt);
  }
  const sep = kw.get('separators');
  const ind = kw.get('indent');
  if (sep && sep !== b.none && sep.items?.length === 2) {
    yield* set('item_separator', sep.items[0]);
    yield* set('key_separator', sep.items[1]);
  } else if (ind && ind !== b.none) yield* set('item_separator', b.newStr(',', pos));
  const dflt = kw.get('default');
  if (dflt && dflt !== b.none) yield* set('default', dflt);
  return inst;
}

/**
 * What the encoding holds for the whole call besides the path: the encoder instance's
 * attributes (when the model does not build it; json's own _default_encoder has none of the
 * program's), and the C encoder's references (kept by iterencode's frame; 3.13's iterencode
 * also has a str indent in its `indent`) or the Python encoder's cells (rebuilt as its
 * garbage: let go here).
 */
function holdOptions(enc: Encoding, kw: Map<string, PyObj>, plain: boolean, defaultRef: PyObj | undefined): void {
  const { holds, b } = enc;
  const user = (v: PyObj | undefined): PyObj | undefined => (v && v !== b.none ? v : undefined);
  const ind = user(kw.get('indent'));
  const sep = user(kw.get('separators'));
  const seps = sep?.items?.length === 2 ? sep.items : [];
  if (!enc.instance && !plain) for (const v of [user(kw.get('default')), ind, ...seps]) if (v) holds.add(v, true);
  const keep = !enc.python;
  if (defaultRef) holds.add(defaultRef, keep);
  for (const v of seps) holds.add(v, keep);
  if (ind?.kind === 'str') {
    holds.add(ind, keep);
    if (!enc.python) holds.add(ind, true);
  }
  if (enc.markers) holds.add(enc.markers, keep);
}

/** Whether dumps / dump use json's own encoder (_default_encoder): every option at its default value. */
function defaultEncoderCall(b: Builtins, kw: Map<string, PyObj>): boolean {
  return [...kw].every(([k, v]) => (k === 'sort_keys' ? b.truthy(v) === false : k === 'ensure_ascii' || k === 'check_circular' ? b.truthy(v) === true : v === b.none));
}

/**
 * json.dumps(obj, **kw) / json.dump(obj, fp, **kw) (`toStream`; `args` the positional
 * arguments, obj first): the text (null: not known), undefined for a call the model does not
 * follow. Raises (PyException) as CPython does: TypeError for a value json cannot write and no
 * hook, ValueError for a container inside itself, or what a hook raised.
 */
function* encodeCall(b: Builtins, args: PyObj[], kw: Map<string, PyObj>, toStream: boolean, frame: Frame, site: CallSite, pos: Pos): G<Written> {
  const obj = args[0];
  const it = b.it;
  const h = it.heap;
  const o = dumpOptions(b, kw);
  if (!o) return undefined;
  const cls = encoderClass(b, kw.get('cls'));
  if (cls === false) return undefined;
  const dflt = kw.get('default');
  const hookGiven = dflt && dflt !== b.none ? dflt : undefined;
  if (hookGiven && !['function', 'method', 'class', 'builtin'].includes(hookGiven.kind)) return undefined;
  const python = toStream || (o.indent !== undefined && it.vm.jsonIndentPythonEncoder);
  // json's own encoder (_default_encoder) when no option is given: no instance of the program's.
  const plain = defaultEncoderCall(b, kw);
  // A cls= class's default sees its instance; JSONEncoder's outlives the call in the Python
  // encoder's garbage (its bound default); otherwise it only holds the options, for the call.
  const inst = cls || (python && !hookGiven && !plain) ? yield* newEncoderInstance(b, cls || b.jsonEncoderBase(), kw, frame, pos) : undefined;
  // `self.default`: the instance's default= attribute, else a new bound method of the class's default.
  const userDefault = cls ? b.lookupClassAttr(cls, 'default') : undefined;
  let bound: PyObj | undefined;
  if (!hookGiven && (userDefault || python)) {
    bound = h.alloc('method', 'method', h.site(pos.line, pos.col, 'method', 'bound default'));
    bound.methodFunc = h.incref(userDefault);
    bound.methodSelf = h.incref(inst);
    bound.tracked = true;
  }
  const hook = hookGiven ?? (userDefault ? bound : undefined);
  const enc = new Encoding(b, o, python, hook, inst, frame, site, pos);
  const holds = enc.holds;
  // dumps: encode(o)'s frame (self: the new instance's own reference, o); C: iterencode(o)'s too, the
  // call's stack argument and argument tuple. dump: iterencode(o) returned the generator at once.
  if (!toStream) {
    if (inst) { holds.add(inst, true); h.decref(inst); }
    holds.add(obj, true);
  } else h.decref(inst);
  if (!python) {
    if (inst) holds.add(inst, true);
    holds.add(obj, true);
    holds.add(obj, false);
    holds.add(obj, false);
  }
  holdOptions(enc, kw, plain, hookGiven ?? bound);
  const done = (): void => {
    if (python) leaveEncoderClosures(b, enc.markers, hookGiven ?? bound, kw, pos);
    h.decref(enc.markers);
    h.decref(bound);
  };
  let text: Written;
  try {
    text = yield* enc.value(obj, 0, python);
  } catch (err) {
    if (!(err instanceof JsonDumpError) && !(err instanceof PyException)) throw err;
    // The traceback keeps dumps' frame (its arguments), encode's / iterencode's and the Python
    // encoder's generator frames (their variables), and so what the C encoder holds; TypeError
    // comes from JSONEncoder.default, whose frame holds self and the object.
    const frameArgs = [...args, ...kw.values(), ...(err instanceof JsonDumpError && err.obj ? [err.obj, ...(inst ? [inst] : [])] : [])];
    const kept = [...frameArgs.map((x) => h.incref(x)!), ...holds.takeKept()];
    const exc = err instanceof PyException ? err.exc : b.cError(err.name, pos);
    done();
    keepInTraceback(b, exc, kept, pos);
    if (err instanceof PyException) throw err;
    throw it.raiseObj(exc, frame, true);
  }
  holds.releaseAll();
  if (text === undefined) {
    // Not followed to its end (the caller's unknown call takes over): the markers may still hold
    // part of the path, and the Python encoder's garbage is not built.
    if (python) it.unmodelledGarbage = true;
    h.decref(enc.markers);
    h.decref(bound);
    return undefined;
  }
  done();
  return text;
}

/** json.dumps(obj, **kw): a new str (its text when every part is known), or undefined for a call not followed. */
export function* jsonDumps(b: Builtins, obj: PyObj | undefined, kw: Map<string, PyObj>, frame: Frame, site: CallSite, pos: Pos): G<PyObj | undefined> {
  if (!obj) return undefined;
  const text = yield* encodeCall(b, [obj], kw, false, frame, site, pos);
  return text === undefined ? undefined : b.newStr(text ?? undefined, pos);
}

/**
 * json.dump(obj, fp, **kw): the text written to fp in chunks (the Python encoder), or undefined
 * when not followed. `write` gets each piece (one when the whole text is one chunk).
 */
export function* jsonDump(b: Builtins, obj: PyObj, fp: PyObj, kw: Map<string, PyObj>, frame: Frame, site: CallSite, pos: Pos,
  write: (pieces: PyObj[]) => boolean): G<PyObj | undefined> {
  const text = yield* encodeCall(b, [obj, fp], kw, true, frame, site, pos);
  if (text === undefined) return undefined;
  const h = b.it.heap;
  // A scalar or an empty container is one chunk, else several (each a new str, a constant of the
  // encoder's code, or a separator of the program's: those are left open).
  const one = text !== null && (!/^[[{]/.test(text) || text === '[]' || text === '{}');
  const pieces = text === null ? [b.newStr(undefined, pos), b.newStr(undefined, pos)] : one ? [b.newStr(text, pos)] : [b.newStr(text.slice(0, 1), pos), b.newStr(text.slice(1), pos)];
  if (one && !(obj.kind === 'str' || obj.kind === 'int' || obj.kind === 'float')) h.escape(pieces[0]);
  const sep = kw.get('separators');
  if (sep && sep !== b.none) for (const s of sep.items ?? []) h.escape(s);
  const ok = write(pieces);
  for (const p of pieces) h.decref(p);
  return ok ? h.incref(b.none)! : undefined;
}

/** A JSON value as read, before any object is made (a failed read leaves the heap as it was). */
type Json = { dict: [string, Json][] } | { list: Json[] } | { str: string } | { int: bigint; text: string } | { float: number; text: string } | { constant: string } | true | false | null;

/** Reads `text` as json.loads would (NaN and Infinity included); undefined when it is not JSON or nests too deep. */
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
    if (depth > LIMITS.MAX_JSON_DEPTH) fail();
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
    for (const word of ['NaN', 'Infinity', '-Infinity']) {
      if (text.startsWith(word, i)) { i += word.length; return { constant: word }; }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail();
    i += m[0].length;
    return m[1] || m[2] ? { float: Number(m[0]), text: m[0] } : { int: BigInt(m[0]), text: m[0] };
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

/** The keywords loads / load are followed with: the hooks the C scanner calls. */
const LOAD_HOOKS = ['object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant'] as const;
type LoadHook = (typeof LOAD_HOOKS)[number];

/**
 * json.loads(s, **hooks): the objects it builds from a known text, or undefined (the text is
 * unknown, not JSON, nested deeper than the model follows, or a keyword not followed).
 */
export function* jsonLoads(b: Builtins, s: PyObj | undefined, kw: Map<string, PyObj>, frame: Frame, site: CallSite, pos: Pos): G<PyObj | undefined> {
  if (!s || s.kind !== 'str' || s.fuzzy || knownText(s) === undefined) return undefined;
  if ([...kw.keys()].some((k) => !(LOAD_HOOKS as readonly string[]).includes(k))) return undefined;
  const hooks = new Map<LoadHook, PyObj>();
  for (const name of LOAD_HOOKS) {
    const f = kw.get(name);
    if (!f || f === b.none) continue;
    // float / int as parse_float / parse_int: the scanner's own fast path (an identity check).
    if ((name === 'parse_float' && f === b.types.get('float')) || (name === 'parse_int' && f === b.types.get('int'))) continue;
    if (!['function', 'method', 'class', 'builtin', 'unknown'].includes(f.kind)) return undefined;
    hooks.set(name, f);
  }
  const read = readJson(knownText(s)!);
  if (read === undefined) return undefined;
  const it = b.it;
  const h = it.heap;
  const holds = new Holds(h);
  if (hooks.size) {
    // While a hook runs: decode's and raw_decode's `s`, scan_once's stack argument and argument
    // tuple; each hook in loads' kw dict, the decoder's attribute and the scanner.
    holds.add(s, true); holds.add(s, true); holds.add(s, false); holds.add(s, false);
    for (const f of kw.values()) if (f !== b.none) { holds.add(f, true); holds.add(f, true); holds.add(f, true); }
  }
  // The scanner's memo: one str object per distinct key within this call (held as key and value).
  const memo = new Map<string, PyObj>();
  const call = function* (f: PyObj, arg: PyObj): G<PyObj> {
    try {
      return yield* it.callFromC(f, [arg], frame, site);
    } finally {
      h.decref(arg);
    }
  };
  const build = function* (v: Json): G<PyObj> {
    if (v === true) return h.incref(b.trueObj)!;
    if (v === false) return h.incref(b.falseObj)!;
    if (v === null) return h.incref(b.none)!;
    if ('str' in v) return b.newStr(v.str, pos);
    if ('int' in v) {
      const f = hooks.get('parse_int');
      return f ? yield* call(f, b.newStr(v.text, pos)) : b.newInt(v.int, pos);
    }
    if ('float' in v) {
      const f = hooks.get('parse_float');
      return f ? yield* call(f, b.newStr(v.text, pos)) : b.newFloat(v.float, pos);
    }
    if ('constant' in v) {
      // parse_constant gets the interned name; json's own gives its module-level float (shared).
      const f = hooks.get('parse_constant');
      if (f) return yield* call(f, b.newStrImmortal(v.constant));
      const nan = b.newFloat(v.constant === 'NaN' ? NaN : v.constant === 'Infinity' ? Infinity : -Infinity, pos);
      h.escape(nan);
      return nan;
    }
    if ('list' in v) {
      const out: PyObj[] = [];
      try {
        for (const x of v.list) out.push(yield* build(x));
      } catch (err) {
        for (const x of out) h.decref(x);
        throw err;
      }
      return b.newSeq('list', out, pos);
    }
    const pairsHook = hooks.get('object_pairs_hook');
    const objectHook = hooks.get('object_hook');
    const rval = pairsHook ? b.newSeq('list', [], pos) : b.newDict(pos);
    try {
      for (const [k, x] of v.dict) {
        let key = memo.get(k);
        if (key) h.incref(key);
        else {
          memo.set(k, (key = b.newStr(k, pos)));
          if (hooks.size) { holds.add(key, false); holds.add(key, false); }
        }
        // (the scanner's `key` while the value is read)
        let value: PyObj;
        try {
          value = yield* build(x);
        } catch (err) {
          h.decref(key);
          throw err;
        }
        if (pairsHook) {
          rval.items!.push(b.newSeq('tuple', [key, value], pos));
          b.noteStore(rval, rval.items![rval.items!.length - 1]);
        } else b.dictSet(rval, key, value);
      }
    } catch (err) {
      h.decref(rval);
      throw err;
    }
    if (pairsHook) return yield* call(pairsHook, rval);
    if (objectHook) return yield* call(objectHook, rval);
    return rval;
  };
  try {
    const r = yield* build(read);
    holds.releaseAll();
    return r;
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    // The traceback keeps loads' frame (s, its keywords), decode's and raw_decode's (s, the decoder
    // with its hooks and scanner); the memo is cleared.
    keepInTraceback(b, err.exc, [...[s, ...kw.values()].map((x) => h.incref(x)!), ...holds.takeKept()], pos);
    throw err;
  }
}
