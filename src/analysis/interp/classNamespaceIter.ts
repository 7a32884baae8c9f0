// The entries of a class's namespace dict in CPython's order, so that iterating `vars(Cls)` /
// `Cls.__dict__` (keys, values, items, `dict(vars(Cls))`) is followed instead of handing every
// value to code the model does not follow. The model keeps the class's dict as its attribute map
// (`klass.attrs`), which holds what the class body stored; CPython's dict holds more, in this
// order (measured with `list(vars(C))` on 3.11.7, 3.12.1 and 3.13.0):
//
//   __module__, [3.13: __firstlineno__], [__doc__ if the body has a docstring], the body's names,
//   [3.13: __static_attributes__], the slot descriptors, __dict__, __weakref__ (those type_new
//   adds: not when a base already has them), [__doc__ = None if the body had none],
//   then what was set on the class after it was made.
//
// Only classes of a plain `class` statement are followed: no decorator (a dataclass or
// total_ordering adds names in an order of its own), no metaclass, enum, ABC, namedtuple,
// TypedDict, Protocol or Generic base, no base the model does not know, no `__annotations__`
// (SETUP_ANNOTATIONS puts it before the docstring) and no implicitly wrapped `__init_subclass__` /
// `__class_getitem__` / `__new__` (the dict holds the wrapper). Anything else iterates as before
// (attrDictIter.ts: strs of unknown text, values escaped).
import type { Builtins } from './builtins';
import type { PyObj } from './objects';
import { staticAttributes } from '../ir/staticAttributes';

type Pos = { line: number; col: number };

interface Made {
  klass: PyObj;
  /** The names the class body stored, in order, when type_new copied them. */
  bodyKeys: string[];
  /**
   * The `__module__` value when the model did not store it: the script's own `__name__` (the
   * interned '__main__', which the model keeps out of the class's attributes).
   */
  moduleName?: PyObj;
  /** 3.13's two compiler-made entries (stand-ins of open count, held here as the class dict holds them). */
  firstLineNo?: PyObj;
  staticAttributes?: PyObj;
}

const made = new WeakMap<PyObj, Made>();

/**
 * A class just made by a class statement: its dict's body part, as type_new copied it.
 * `moduleName`: the `__name__` its body's `__module__ = __name__` read, when the model did not store it.
 */
export function noteClassNamespace(klass: PyObj, moduleName: PyObj | undefined): void {
  if (!klass.dictObj || !klass.attrs) return;
  const bodyKeys = [...klass.attrs.keys()];
  if (bodyKeys[0] !== '__module__' && !moduleName) return;
  made.set(klass.dictObj, { klass, bodyKeys, moduleName: bodyKeys[0] !== '__module__' ? moduleName : undefined });
}

/** The `__module__` value a class dict holds outside the model's attributes (the script's __name__), if known. */
export function classModuleName(d: PyObj): PyObj | undefined {
  return made.get(d)?.moduleName;
}

/** A decorator got the class: what it adds (and where) is not followed here. */
export function forgetClassNamespace(klass: PyObj): void {
  if (klass.dictObj) made.delete(klass.dictObj);
}

/** Names CPython's dict holds in a place of its own, or removes (a body storing them is not followed). */
const PLACED = new Set(['__qualname__', '__classcell__', '__annotations__', '__firstlineno__', '__static_attributes__', '__dict__', '__weakref__', '__orig_bases__']);

function followedClass(m: Made, d: PyObj): boolean {
  const k = m.klass;
  if (d.fuzzy || k.fuzzy || !k.alive || k.foreignMeta || k.unknownBase || k.isAbc || k.enumKind || k.typedDict || k.protocolClass || k.typingGeneric || k.abcBases) return false;
  if (m.bodyKeys.some((n) => PLACED.has(n) || (n === '__module__' && m.moduleName))) return false;
  for (const v of k.attrs!.values()) if (v.maybeAbsent) return false;
  return true;
}

/**
 * The (name, value) pairs of a class dict in CPython's order, values borrowed; undefined when the
 * class is not one followed here or its attributes changed in a way whose order is not known (a
 * body name deleted and set again moves to the end in CPython as in the model, but the split
 * between body and later names is then lost).
 */
export function classNamespacePairs(b: Builtins, d: PyObj, pos: Pos): [string, PyObj][] | undefined {
  const m = made.get(d);
  if (!m || !followedClass(m, d)) return undefined;
  const attrs = m.klass.attrs!;
  const current = [...attrs.keys()];
  const body = m.bodyKeys.filter((n) => attrs.has(n));
  for (let i = 0; i < body.length; i++) if (current[i] !== body[i]) return undefined;
  const later = current.slice(body.length);
  const moduleValue = m.moduleName ?? attrs.get('__module__');
  if (!moduleValue || (!m.moduleName && body[0] !== '__module__') || later.some((n) => PLACED.has(n) || n === '__module__')) return undefined;
  const members: [string, PyObj][] = [];
  const getsets: [string, PyObj][] = [];
  for (const x of m.klass.dictObj?.descriptors ?? []) {
    const name = b.slotDescriptorName(x);
    // (a classmethod / staticmethod wrapper of __init_subclass__ …: the dict's value is not the
    // attribute; a private slot name is mangled, `_Cls__x`)
    if (name === undefined || (name.startsWith('__') && !name.endsWith('__'))) return undefined;
    (name === '__dict__' || name === '__weakref__' ? getsets : members).push([name, x]);
  }
  // type_new sorts the slot names before it makes their member descriptors (PyList_Sort: by code
  // point), which PyType_Ready adds before the __dict__ / __weakref__ getsets (measured 3.11-3.13).
  members.sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0));
  const descriptors = [...members, ...getsets];
  const pairs: [string, PyObj][] = [['__module__', moduleValue]];
  const stamps = b.it.vm.classBodyStamps;
  if (stamps) pairs.push(['__firstlineno__', (m.firstLineNo ??= firstLineNo(b, m.klass, pos))]);
  for (const n of m.moduleName ? body : body.slice(1)) pairs.push([n, attrs.get(n)!]);
  if (stamps) pairs.push(['__static_attributes__', (m.staticAttributes ??= staticAttributesTuple(b, m.klass, pos))]);
  pairs.push(...descriptors);
  // (type_new sets __doc__ = None when the body gave none; a later `Cls.__doc__ = …` replaces that entry in place)
  const docLater = !body.includes('__doc__') && later.includes('__doc__');
  if (!body.includes('__doc__')) pairs.push(['__doc__', docLater ? attrs.get('__doc__')! : b.none]);
  for (const n of later) if (n !== '__doc__' || !docLater) pairs.push([n, attrs.get(n)!]);
  return pairs;
}

/** `__firstlineno__`: the class statement's line, a constant of the module's code (a cached small int up to 256). */
function firstLineNo(b: Builtins, klass: PyObj, pos: Pos): PyObj {
  const line = BigInt(klass.classIR?.line ?? 0);
  if (line <= 256n) return b.smallInt(line);
  return standIn(b, pos);
}

/**
 * `__static_attributes__`: a tuple constant of the class body's code (the names its methods store
 * on `self`, sorted: staticAttributes.ts), `()` when none. Its count is open: constant tuples are
 * shared beyond the code object (4 references measured for a class's one-name tuple on 3.13.0).
 */
function staticAttributesTuple(b: Builtins, klass: PyObj, pos: Pos): PyObj {
  const names = klass.classIR ? staticAttributes(klass.classIR) : undefined;
  if (!names) return standIn(b, pos);
  if (!names.length) return b.emptyTuple;
  const t = b.newSeq('tuple', names.map((n) => b.attrKeyStr(n, pos)), pos);
  b.it.heap.fuzz(t);
  t.tracked = false;
  return t;
}

/**
 * A value the model does not build (3.13's `__static_attributes__` tuple, a large `__firstlineno__`):
 * shared by co_consts and the dict, its count open; kept here for as long as the class.
 */
function standIn(b: Builtins, pos: Pos): PyObj {
  const s = b.unknown(pos.line, pos.col);
  b.it.heap.fuzz(s);
  // (a tuple of strs, an int: nothing the collector tracks, so never part of garbage)
  s.tracked = false;
  return s;
}
