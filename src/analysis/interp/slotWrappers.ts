// Methods an object gets from its *type* through a C descriptor: `f.__call__`, `f.__get__`,
// `f.__repr__` on a function, `Cls.__call__` / `Cls.mro` on a class, `obj.__eq__` on an instance.
//
// Each access runs the descriptor's __get__, which makes a new object bound to the
// object: a method-wrapper (wrapperobject: the slot-wrapper descriptor and `self`) or a
// builtin_function_or_method (m_self), both holding a strong reference to it until they
// die. A classmethod of object (__init_subclass__, __subclasshook__) is bound to the type
// instead, and object.__new__ is one shared builtin: those hold nothing of an instance.
//
// Calling such a method-wrapper `w(x)` is a tp_call (no vectorcall): the argument tuple
// holds the arguments and wrap_call calls the object with it, as PyObject_Call does (a
// function's vectorcall gets the tuple's items, and with keywords _PyStack_UnpackDict's
// copy of them and of the keyword values). Called straight from the lookup (`f.__call__(x)`,
// a method descriptor) the unbound slot wrapper gets a tuple of self and the arguments,
// and wrapperdescr_call slices the arguments into a second tuple for wrap_call.
import type { Builtins } from './builtins';
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { G } from './interpreter';
import type { PyObj } from './objects';

/** The methods every object gets from `object`, bound to the object itself. */
export const OBJECT_INSTANCE_METHODS: ReadonlySet<string> = new Set(['__init__', '__repr__', '__str__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
  '__hash__', '__format__', '__reduce__', '__reduce_ex__', '__getattribute__', '__setattr__', '__delattr__', '__dir__', '__sizeof__', '__getstate__']);
/** object's classmethods: bound to the object's type, not to the object. */
export const OBJECT_CLASS_METHODS: ReadonlySet<string> = new Set(['__init_subclass__', '__subclasshook__']);
/** The function type's own slot wrappers (tp_call, tp_descr_get), bound to the function. */
const FUNCTION_SLOTS: ReadonlySet<string> = new Set(['__call__', '__get__']);
/**
 * type's methods a class statement's class does not find in its MRO (object lacks them), so
 * `Cls.name` binds type's own to the class: tp_call's wrapper, mro, __subclasses__, the
 * isinstance / issubclass hooks, `|` (types.UnionType).
 */
const TYPE_METHODS: ReadonlySet<string> = new Set(['__call__', 'mro', '__subclasses__', '__instancecheck__', '__subclasscheck__', '__or__', '__ror__']);

/** The builtin a method of a function is called through (`object.X` where object's own does the work). */
export function functionMethod(name: string): string | undefined {
  if (FUNCTION_SLOTS.has(name)) return `function.${name}`;
  if (OBJECT_INSTANCE_METHODS.has(name)) return `object.${name}`;
  return undefined;
}

/** The builtin type's method a class statement's class gets bound to it, when its MRO does not define `name`. */
export function typeMethod(name: string): string | undefined {
  return TYPE_METHODS.has(name) ? `type.${name}` : undefined;
}

/** builtinName prefix of a slot wrapper's bound form (a method-wrapper object called on its own). */
const BOUND = 'method-wrapper:';
/** The slot wrappers whose calls run Python code: their bound forms are called differently. */
const CALL_WRAPPERS = new Set(['function.__call__', 'type.__call__']);

/** The function a method object made by an attribute read calls: the bound form of a call wrapper. */
export function boundMethodFunc(b: Builtins, func: PyObj): PyObj {
  const n = func.builtinName;
  return n && CALL_WRAPPERS.has(n) ? b.boundBuiltin(`${BOUND}${n}`) : func;
}

/** object's and type's methods that are slot wrappers: a method-wrapper once bound (the others are builtin methods). */
const SLOT_WRAPPERS: ReadonlySet<string> = new Set(['__call__', '__get__', '__init__', '__repr__', '__str__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
  '__hash__', '__getattribute__', '__setattr__', '__delattr__', '__or__', '__ror__']);

/** The type name of the object binding `func` makes: method-wrapper or builtin_function_or_method. */
export function boundTypeName(func: PyObj): string {
  const n = func.builtinName ?? '';
  return n.startsWith(BOUND) || ((n.startsWith('object.') || n.startsWith('function.') || n.startsWith('type.')) && SLOT_WRAPPERS.has(n.slice(n.indexOf('.') + 1)))
    ? 'method-wrapper' : 'builtin_function_or_method';
}

/**
 * f.__call__(...) / Cls.__call__(...), straight (the descriptor: args[0] is self) or through
 * a bound method-wrapper object. While the callee runs, the argument tuples hold what they
 * were made of (see the file comment).
 */
function* callWrapperImpl(call: BuiltinCall): G<PyObj> {
  const { it, h, name, args, kwargs, frame, site, unknownCall } = call;
  const bound = name.startsWith(BOUND);
  const [self, ...rest] = args;
  const target = bound ? name.slice(BOUND.length) : name;
  if (!self || (target === 'function.__call__' ? self.kind !== 'function' : self.kind !== 'class')) return unknownCall();
  const kwValues = kwargs.map(([, v]) => v);
  // The bound form: the method-wrapper holds self, which the model's call of a bound method
  // object also counted for the call (wrapper_call takes no reference of its own).
  const held = bound ? [] : [self, ...rest];
  // function: PyObject_Call's tuple, and with keywords the dict and the unpacked copy. A class:
  // type_call with the tuple, as a direct call of the class has it (instantiate).
  if (target === 'function.__call__') held.push(...rest, ...(kwargs.length ? [...kwValues, ...rest, ...kwValues] : []));
  for (const x of held) h.incref(x);
  if (bound) h.decref(self);
  try {
    return yield* it.callFromC(self, rest, frame, target === 'type.__call__' ? { ...site, fromC: true } : site, kwargs);
  } finally {
    if (bound) h.incref(self);
    for (const x of held) h.decref(x);
  }
}

/**
 * f.__get__(obj, type=None) (func_descr_get): the function itself for None, else a new
 * bound method holding the function and obj.
 */
function functionGetImpl(call: BuiltinCall): PyObj {
  const { h, args, kwargs, pos, unknownCall } = call;
  const [f, obj] = args;
  if (!f || f.kind !== 'function' || !obj || args.length > 3 || kwargs.length) return unknownCall();
  if (obj.kind === 'none') return h.incref(f)!;
  const m = h.alloc('method', 'method', h.site(pos.line, pos.col, 'method', 'bound method'));
  m.methodFunc = h.incref(f);
  m.methodSelf = h.incref(obj);
  m.tracked = true;
  return m;
}

export const SLOT_WRAPPER_IMPLS: [string, BuiltinImpl][] = [
  ...[...CALL_WRAPPERS].flatMap((n): [string, BuiltinImpl][] => [[n, callWrapperImpl], [`${BOUND}${n}`, callWrapperImpl]]),
  ['function.__get__', functionGetImpl],
];
