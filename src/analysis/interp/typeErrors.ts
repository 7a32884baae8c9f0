// TypeErrors that builtins raise because of their argument's type alone, decided where the
// model knows that type for sure: `hash([])` and an unhashable dict key or set member,
// `len(5)`, `weakref.ref(obj)` of an object whose type has no weak reference slot. Each
// answers the type's name (tp_name, as the message shows it) when the call raises, and
// undefined when it does not or when the model cannot tell (an unknown base class, an
// unknown value): then the call goes on as before.
// The same for operations on operand types alone (not iterable, not subscriptable, not callable,
// not a number), where the program raises no matter what the values are.
import type { Builtins } from './builtins';
import type { Kind, PyObj } from './objects';

/** tp_name of the builtin types the model keeps under another name. */
const TP_NAMES: Record<string, string> = { defaultdict: 'collections.defaultdict', OrderedDict: 'collections.OrderedDict', deque: 'collections.deque' };

function tpName(o: PyObj): string {
  if (o.kind === 'instance' || o.kind === 'exception') return o.cls?.classIR?.name ?? o.excClass?.builtinName ?? o.type;
  return TP_NAMES[o.type] ?? o.type;
}

/**
 * Whether every class of cls's MRO is a class statement of the program (object aside): no builtin
 * base whose C slots would answer instead of the class's own methods, so what the model followed of
 * the class statements is all there is. `abcs`: collections.abc's classes (pure-Python mixins whose
 * methods the model knows) count too. (knownMro below also admits list / dict bases, for slots.)
 */
export function programMro(cls: PyObj | undefined, abcs = false): boolean {
  const mro = cls?.mroTuple?.items ?? [];
  return mro.length > 0 && mro.every((c) => !!c.classIR || c.builtinName === 'object' || (abcs && !!c.isAbc && !!c.external));
}

/** The classes of an instance's MRO but object, when the model knows each (a class statement's, or list / dict under one). */
function knownMro(o: PyObj): PyObj[] | undefined {
  const cls = o.cls;
  // (a class whose count alone went open, bound or used under a condition of unknown direction,
  // keeps the attributes the model followed; one that escaped may have gained any; an enum
  // class's content is never all known)
  if (!cls?.classIR || cls.unknownBase || cls.foreignMeta || cls.enumKind) return undefined;
  const mro = (cls.mroTuple?.items ?? [cls]).filter((c) => c.builtinName !== 'object');
  return mro.every((c) => (c.classIR && !c.reachedByUnknown) || c.builtinName === 'list' || c.builtinName === 'dict') ? mro : undefined;
}

/** Builtin types (exact, not subclassed) whose instances have no weak reference slot (tp_weaklistoffset 0). */
const NOT_WEAKREFABLE: ReadonlySet<string> = new Set(['int', 'float', 'complex', 'bool', 'NoneType', 'str', 'bytes', 'bytearray', 'tuple', 'list', 'dict',
  'defaultdict', 'range', 'slice']);

/**
 * `weakref.ref(o)` raises "cannot create weak reference to 'T' object": an exact builtin value
 * of such a type, a builtin exception, or an instance of classes that all declare `__slots__`
 * without "__weakref__" (a class without `__slots__` adds the slot; list and dict have none).
 */
export function notWeakrefable(o: PyObj): string | undefined {
  if (!o.cls && o.kind !== 'instance' && o.kind !== 'exception' && o.kind !== 'unknown' && !o.fuzzyValue && NOT_WEAKREFABLE.has(o.type)) return tpName(o);
  if (o.kind === 'exception' && !o.cls) return tpName(o);
  if (o.kind !== 'instance' || o.weakContainer) return undefined;
  const mro = knownMro(o);
  if (!mro || mro.some((c) => c.classIR && (!c.slotNames || c.slotNames.includes('__weakref__') || !knownSlots(c)))) return undefined;
  return tpName(o);
}

/** A class's `__slots__` is a str or a tuple / list of known strs (the names the model read from it). */
function knownSlots(c: PyObj): boolean {
  const s = c.attrs?.get('__slots__');
  if (s?.kind === 'str') return typeof s.value === 'string';
  return (s?.kind === 'tuple' || s?.kind === 'list') && !s.fuzzy && !s.cls && (s.items ?? []).every((x) => x.kind === 'str' && typeof x.value === 'string');
}

/** How deep `hash()` of nested tuples is followed before the answer is left open. */
const MAX_HASH_DEPTH = 8;

/**
 * `hash(o)` raises "unhashable type: 'T'": a list, dict, set or bytearray; a tuple holding one;
 * an instance whose class sets `__hash__ = None`, or defines `__eq__` without `__hash__`
 * (type_new then sets it to None), or inherits list's or dict's.
 */
export function unhashable(b: Builtins, o: PyObj, depth = 0): string | undefined {
  if (o.kind === 'list' || o.kind === 'set' || (o.kind === 'dict' && !o.payloadOf)) return o.cls ? undefined : tpName(o);
  if (o.kind === 'bytes' && o.type === 'bytearray' && !o.cls) return 'bytearray';
  if (o.kind === 'tuple' && !o.cls && !o.fuzzy && depth < MAX_HASH_DEPTH) {
    for (const x of o.items ?? []) {
      const t = unhashable(b, x, depth + 1);
      if (t) return t;
    }
    return undefined;
  }
  if (o.kind !== 'instance' || o.weakContainer) return undefined;
  const mro = knownMro(o);
  // (a @dataclass's __hash__ — None, generated or left as the base's — is in its dict: dataclassHash.ts)
  if (!mro) return undefined;
  for (const c of mro) {
    if (!c.classIR) return tpName(o); // list's or dict's __hash__ (None)
    const h = c.attrs?.get('__hash__');
    if (h) return h.kind === 'none' ? tpName(o) : undefined;
    if (c.attrs?.has('__eq__')) return tpName(o);
  }
  return undefined;
}

/** `len(o)` raises "object of type 'T' has no len()": numbers, None, functions, generators, instances of classes without __len__. */
export function hasNoLen(b: Builtins, o: PyObj): string | undefined {
  if (!o.cls && !o.fuzzyValue && ['int', 'float', 'complex', 'bool', 'none', 'function', 'generator'].includes(o.kind)) return tpName(o);
  if (o.kind !== 'instance' || o.weakContainer || o.basePayload) return undefined;
  const mro = knownMro(o);
  if (!mro || mro.some((c) => c.attrs?.has('__len__'))) return undefined;
  return tpName(o);
}

/** The TypeError a dict key or set member of an unhashable type raises (undefined: hashable, or not known). */
export function unhashableKey(b: Builtins, key: PyObj, pos: { line: number; col: number }): PyObj | undefined {
  const t = unhashable(b, key);
  return t ? typeError(b, `unhashable type: '${t}'`, pos) : undefined;
}

/** A new TypeError with its message (`str(e)` is that str itself: BaseException.__str__ of one argument). */
export function typeError(b: Builtins, message: string, pos: { line: number; col: number }): PyObj {
  return b.newException('TypeError', [b.newStr(message, pos)], pos);
}

/**
 * The classes of a plain instance's MRO but object, when every one is a class statement's the model
 * knows (no builtin or library base: a weakref.ref subclass, list or dict under it, an unknown one).
 */
function ownMro(o: PyObj): PyObj[] | undefined {
  if (o.kind !== 'instance' || o.weakContainer || o.basePayload || o.referent) return undefined;
  const mro = knownMro(o);
  return mro && mro.every((c) => c.classIR && !c.weakrefBase) ? mro : undefined;
}

/**
 * The groups of builtin kinds the type checks ask about:
 * - known: the types whose operators and methods the model knows all of (none runs the program's code);
 * - scalar: types with neither tp_iter nor sq_item / mp_subscript (not iterable, not subscriptable);
 * - data: neither a number nor callable (containers, text, None): no number protocol accepts them;
 * - number: int, bool, float, complex (not callable, not a class);
 * - real: int, bool, float (what arithmetic and the number builtins compute on).
 */
type KindGroup = 'known' | 'scalar' | 'data' | 'number' | 'real';

/**
 * The builtin kinds, each with the type names an object of it has when it is of the builtin type
 * itself rather than a library type kept under the same kind (absent: any of the kind's, as for
 * functions, which no class derives from), and the groups it is in.
 */
const BUILTIN_KINDS: Readonly<Partial<Record<Kind, { types?: readonly string[]; groups: readonly KindGroup[] }>>> = {
  int: { types: ['int'], groups: ['known', 'scalar', 'number', 'real'] },
  bool: { types: ['bool'], groups: ['known', 'scalar', 'number', 'real'] },
  float: { types: ['float'], groups: ['known', 'scalar', 'number', 'real'] },
  complex: { types: ['complex'], groups: ['scalar', 'number'] },
  none: { types: ['NoneType'], groups: ['known', 'scalar', 'data'] },
  function: { groups: ['scalar'] },
  str: { types: ['str'], groups: ['known', 'data'] },
  bytes: { types: ['bytes', 'bytearray'], groups: ['known', 'data'] },
  list: { types: ['list'], groups: ['known', 'data'] },
  tuple: { types: ['tuple'], groups: ['known', 'data'] },
  dict: { types: ['dict'], groups: ['known', 'data'] },
  set: { types: ['set', 'frozenset'], groups: ['known', 'data'] },
  frozenset: { types: ['frozenset'], groups: ['data'] },
};

/**
 * An object of an exact builtin type of the group (by default: one whose operators and methods
 * the model knows all of): no subclass, no library value, not a stand-in for a value of unknown
 * direction. Its operators and methods are CPython's own (none runs the program's code), so what
 * they refuse is refused for sure. (A list / dict subclass instance's builtin part is one: the
 * methods the classes leave to it are list's and dict's own.) The single test behind every
 * "raise for sure" on a value's type: not iterable, not subscriptable, not callable, not a number.
 */
export function exactBuiltin(x: PyObj | undefined, group: KindGroup = 'known'): boolean {
  const k = x && !x.cls && !x.pureValue && !x.fuzzyValue ? BUILTIN_KINDS[x.kind] : undefined;
  return !!k && k.groups.includes(group) && (!k.types || k.types.includes(x!.type));
}

/**
 * `{**x}` / `f(**x)` raises TypeError ("'list' object is not a mapping", "argument after ** must
 * be a mapping"): an exact builtin value other than a dict (none of them has keys()).
 */
export function surelyNoMapping(x: PyObj): boolean {
  return exactBuiltin(x) && x.kind !== 'dict';
}

/** A real number of a builtin kind (int, bool, float; a subclass instance too), with `valued` only when its value is known. */
export function numeric(x: PyObj | undefined, valued = false): boolean {
  return !!x && !!BUILTIN_KINDS[x.kind]?.groups.includes('real') && (!valued || x.value !== undefined);
}

/**
 * `iter(o)` (a for loop, list(o), unpacking) raises "'T' object is not iterable": a number, None,
 * a function, or an instance of classes that define neither `__iter__` nor `__getitem__`.
 */
export function notIterable(o: PyObj): string | undefined {
  if (exactBuiltin(o, 'scalar')) return tpName(o);
  const mro = ownMro(o);
  if (!mro || mro.some((c) => c.attrs?.has('__iter__') || c.attrs?.has('__getitem__'))) return undefined;
  return tpName(o);
}

/** Index types a list, tuple or str refuses outright ("indices must be integers or slices, not T"). */
const NOT_INDEX_KINDS: ReadonlySet<string> = new Set(['str', 'float', 'complex', 'none', 'list', 'tuple', 'dict', 'set', 'frozenset', 'bytes', 'function']);

/**
 * `o[i]` raises TypeError for the types alone: o a number, None or a function ("not subscriptable"),
 * an instance of classes without `__getitem__`, or an exact list / tuple / str indexed by an exact
 * value that has no `__index__` (a str, a float, None, a container).
 */
export function subscriptTypeError(o: PyObj, idx: PyObj): boolean {
  if (exactBuiltin(o, 'scalar') && o.kind !== 'function') return true;
  // (a set, a dict view, a generator: iterable, not subscriptable)
  if (!o.cls && !o.fuzzyValue && ((o.kind === 'set' && (o.type === 'set' || o.type === 'frozenset')) || (o.kind === 'view' && o.type.startsWith('dict_')) || (o.kind === 'generator' && o.type === 'generator'))) return true;
  // (a slice bound that is neither an int nor None, of an exact list / tuple / str: `[1, 2][0:1.5]`)
  if (idx.kind === 'slice' && !o.cls && (o.kind === 'list' || o.kind === 'tuple' || o.kind === 'str') && o.type === o.kind
    && (idx.sliceParts ?? []).some((p) => p && exactBuiltin(p) && p.kind !== 'int' && p.kind !== 'bool' && p.kind !== 'none')) return true;
  if (o.kind === 'instance') {
    const mro = ownMro(o);
    return !!mro && !mro.some((c) => c.attrs?.has('__getitem__'));
  }
  const seq = !o.cls && (o.kind === 'list' || o.kind === 'tuple' || o.kind === 'str') && o.type === o.kind;
  return seq && !idx.cls && !idx.fuzzyValue && NOT_INDEX_KINDS.has(idx.kind) && (idx.kind !== 'bytes' || idx.type === 'bytes');
}

/** Kinds whose objects have no item assignment or deletion at all (neither mp_ass_subscript nor sq_ass_item). */
const NO_ITEM_STORE_KINDS: ReadonlySet<string> = new Set([
  'generator', 'function', 'method', 'iterator', 'cell', 'super', 'property', 'weakref', 'slice', 'ellipsis', 'notimpl',
  'traceback', 'frame', 'staticmethod', 'classmethod',
]);

/**
 * `o[k] = v` / `del o[k]` raise "'T' object does not support item assignment / deletion" for the
 * type alone: an instance of classes of the program none of which defines the method, or an
 * object of a kind that has no item store (a generator, a function, a C function, an iterator …).
 */
export function noItemStore(o: PyObj, method: '__setitem__' | '__delitem__'): boolean {
  if (o.fuzzyValue || o.pureValue) return false;
  if (o.kind === 'instance') {
    const mro = ownMro(o);
    return !!mro && !mro.some((c) => c.attrs?.has(method));
  }
  if (o.cls) return false;
  return NO_ITEM_STORE_KINDS.has(o.kind) || (o.kind === 'builtin' && o.type === 'builtin_function_or_method');
}

/** `o(...)` raises "'T' object is not callable": a number, None, text or container, or an instance of classes without `__call__`. */
export function notCallable(o: PyObj): boolean {
  if (exactBuiltin(o, 'data') || exactBuiltin(o, 'number')) return true;
  const mro = ownMro(o);
  return !!mro && !mro.some((c) => c.attrs?.has('__call__'));
}

/**
 * `format(o, spec)` with a non-empty spec raises "unsupported format string passed to T.__format__"
 * when object.__format__ is the one that runs: an instance of classes of the program none of which
 * defines `__format__` (no builtin base's own __format__ under them).
 */
export function objectFormatRefusesSpec(o: PyObj): boolean {
  const mro = ownMro(o);
  return !!mro && !mro.some((c) => c.attrs?.has('__format__'));
}
