// A class statement's subclass of `tuple` whose classes all declare `__slots__ = ()` (a Point /
// Pair written by hand, namedtuple's layout without its machinery): its instances are tuples of
// the class (kind 'tuple', `cls` set, as namedtuple instances), built by tuple_subtype_new:
// - `tuple.__new__(cls, it)` / `super().__new__(cls, it)` from a `__new__` of the program, and
//   type.__call__ of a class without a `__new__` of its own: a new tuple of the class holding the
//   iterable's items, nothing of the iterable itself (no `it`: the empty tuple's items, none);
// - such an instance holds its class (a heap type), is GC-tracked from birth and never untracked
//   (untrack_tuples tests PyTuple_CheckExact; measured 3.11-3.13), has no `__dict__`;
// - its class's functions bind to it and its properties run on it; tuple's own methods, item
//   access, len, iteration and unpacking act on the items.
// - binary operator methods of its own (`__add__`, `__rmul__`, `__isub__` …) run as a class
//   instance's do (operators.ts classTupleOperator): slot_nb_add & co. call them unbound.
// A class with a `__dict__` (a class without `__slots__` on the way), another builtin base, a
// metaclass, a namedtuple base, or another special method of its own than those and `__repr__` /
// `__str__` (`__eq__`, `__hash__`, `__len__`, `__init__`, `__neg__` …, which the model's tuple
// operations would not call) is not this model's: its arguments still escape.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/**
 * Names a class body may bind without changing how its tuple instances behave (besides `__new__`,
 * followed, and `__repr__` / `__str__`, which Builtins.textOf calls on a tuple of a class).
 */
const INERT_CLASS_NAMES = new Set(['__new__', '__repr__', '__str__', '__slots__', '__module__', '__qualname__', '__doc__', '__firstlineno__', '__static_attributes__', '__classcell__', '__annotations__']);

/** The binary operators' method stems (`__add__`, `__radd__`, `__iadd__` …), as binary_op1 looks them up. */
const OPERATOR_STEMS = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'matmul', 'and', 'or', 'xor', 'lshift', 'rshift', 'divmod'];

/** Names of binary operator methods, which operators.ts calls on a tuple of a class as on an instance. */
const OPERATOR_METHODS = new Set(OPERATOR_STEMS.flatMap((m) => [`__${m}__`, `__r${m}__`, `__i${m}__`]));

/**
 * Whether class `c`'s own body binds a special method the model's tuple operations, repr, copy …
 * would not call (`__eq__`, `__hash__`, `__len__`, `__init__` …; not one of INERT_CLASS_NAMES nor
 * an operator method, which operators.ts follows).
 */
export function ownSpecialMethod(c: PyObj): boolean {
  for (const n of c.attrs?.keys() ?? []) if (n.startsWith('__') && n.endsWith('__') && !INERT_CLASS_NAMES.has(n) && !OPERATOR_METHODS.has(n)) return true;
  return false;
}

/**
 * Whether instances of `cls` are modelled as tuples of the class (see above); with `specials`, also
 * when a class of the MRO has special methods of its own (the class is then modelled as a class
 * instance whose items escape: specialTupleNew).
 */
export function slotTupleClass(cls: PyObj | undefined, specials = false): boolean {
  if (!cls || cls.kind !== 'class' || !cls.classIR || cls.unknownBase || cls.foreignMeta || cls.fuzzy || cls.enumKind
    || cls.isException || cls.namedFields || cls.hasInstanceDict || cls.abstractNames?.length) return false;
  let tuple = false;
  for (const c of cls.mroTuple?.items ?? []) {
    if (c.kind !== 'class') return false;
    if (c.classIR) {
      // (every program class empty `__slots__`: no __dict__, no slot members besides the items)
      if (!c.slotNames || c.slotNames.length || c.hasInstanceDict || c.namedFields || c.unknownBase || c.dataclassFields) return false;
      // (a special method of its own: the model's tuple operations, repr, copy … would not call it)
      if (!specials && ownSpecialMethod(c)) return false;
      continue;
    }
    if (c.builtinName === 'object') continue;
    if (c.external && c.builtinName === 'tuple' && !tuple) { tuple = true; continue; }
    return false;
  }
  return tuple;
}

/**
 * `tuple.__new__(cls, it)` / `object.__new__` reached by `super().__new__(cls, it)`, `args` the
 * call's arguments with `cls` first: undefined when `cls` is not a slotted tuple subclass called
 * that way (the caller goes on), else the new tuple, or `unknown()` when its items are not known.
 */
export function slotTupleNew(b: Builtins, cls: PyObj | undefined, args: PyObj[], kwargs: unknown[], pos: Pos, unknown: () => PyObj): PyObj | undefined {
  if (cls?.kind !== 'class' || !slotTupleClass(cls) || args.length > 2 || kwargs.length) return undefined;
  return newSlotTuple(b, cls, args[1], pos) ?? unknown();
}

/**
 * `tuple.__new__(cls, it)` / `super().__new__(cls, it)` for a slotted tuple subclass with special
 * methods of its own (`__eq__`, `__hash__`, `__len__` …), which the model's tuple operations would
 * not call: a bare instance of the class, so that they run as a class instance's do; the items it
 * would hold (the iterable's) escape. Undefined when `cls` is not such a class.
 */
export function specialTupleNew(b: Builtins, cls: PyObj | undefined, args: PyObj[], kwargs: unknown[], pos: Pos): PyObj | undefined {
  if (cls?.kind !== 'class' || !slotTupleClass(cls, true) || args.length > 2 || kwargs.length) return undefined;
  if (args[1]) b.it.heap.escape(args[1]);
  return b.bareInstance(cls, pos);
}

/**
 * tuple_subtype_new(cls, it): a new tuple of the class holding `it`'s items (exact tuple or list of
 * known items; none given: empty), or undefined when the model does not know them.
 */
export function newSlotTuple(b: Builtins, cls: PyObj, it: PyObj | undefined, pos: Pos): PyObj | undefined {
  const h = b.it.heap;
  let items: PyObj[];
  if (!it) items = [];
  else if ((it.kind === 'tuple' || it.kind === 'list') && it.type === it.kind && !it.cls && !it.fuzzy && !it.basePayload && it.items) items = it.items;
  else return undefined;
  const name = cls.classIR!.name;
  const t = h.alloc('tuple', name, h.site(pos.line, pos.col, name, `${name}(…)`));
  t.items = items.map((x) => h.incref(x)!);
  t.cls = h.incref(cls);
  t.tracked = true;
  for (const x of t.items) b.noteStore(t, x);
  return t;
}
