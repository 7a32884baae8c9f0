// isinstance() against classes whose answer is not their MRO alone (3.11-3.13):
//
// - a `typing.Protocol` made `@runtime_checkable`: _ProtocolMeta.__instancecheck__ looks the
//   protocol's members up on the object (3.11: hasattr, 3.12+: inspect.getattr_static) and answers
//   True when every one is there (a callable member must not be None);
// - an ABC (ABCMeta, C `_abc`) with classes `register`ed: _abc_subclasscheck answers True for a
//   nominal subclass, for a subclass of a registered class, and for what a subclass of the ABC
//   would answer (`__subclasses__()` recursion).
//
// Neither keeps a reference to the object checked: ABCMeta caches classes in sets of weak
// references, `register` keeps a weak reference to the class. So the object keeps its own class,
// and a true branch runs its own methods. A user `__subclasshook__`, `__getattr__`, a property the
// 3.11 check would run, or a class or object the model does not know in full leave the answer open.
import { LIMITS } from './limits';
import { builtinTypeHas } from './builtinTypeAttrs';
import { exactBuiltin } from './typeErrors';
import type { Builtins } from './builtins';
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { PyObj } from './objects';
import { inertAbcName } from './libraryBases';
import { ABC_MRO } from './abcMixinTable';
import { abcCachesOpen } from './abcCaches';

/** builtinName of `SomeAbc.register`, a method of ABCMeta bound to the class. */
export const ABC_REGISTER = 'abc.ABCMeta.register';

/** Names `typing._get_protocol_attrs` leaves out of a protocol's members (3.11-3.13, union). */
const NOT_PROTOCOL_MEMBERS = new Set([
  '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__',
  '__subclasshook__', '__weakref__', '__class_getitem__', '__match_args__', '__static_attributes__', '__firstlineno__',
  '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
  '__non_callable_proto_members__', '__type_params__', '__qualname__', '__callable_proto_members_only__',
  '_MutableMapping__marker', '__classcell__',
]);

/** `Abc.register(sub)` calls so far: (the ABC, the class), both held weakly (checked alive when read). */
const REGISTRATIONS = new WeakMap<Builtins, { abc: PyObj; sub: PyObj }[]>();
/** Runs that made more registrations than the model keeps. */
const OVERFLOWED = new WeakSet<Builtins>();

/** A class the model knows in full: its own code, every base known, no metaclass it does not follow. */
function knownClass(c: PyObj | undefined): c is PyObj {
  return !!c && c.kind === 'class' && !c.unknownBase && !c.foreignMeta && !c.fuzzy;
}

/** An ABC of the program whose subclass checks the model can run (no __subclasshook__ of its own). */
function plainAbc(b: Builtins, t: PyObj): boolean {
  return t.isAbc && knownClass(t) && !!t.classIR && !b.lookupClassAttr(t, '__subclasshook__');
}

/** `issubclass(c, t)` for a class t that may be an ABC with registered classes; undefined when not known. */
function subclassCheck(b: Builtins, c: PyObj, t: PyObj, depth: number): boolean | undefined {
  if (t.kind !== 'class') return undefined;
  if (b.isSubclass(c, t) || t.builtinName === 'object') return true;
  if (!t.isAbc) return t.protocolClass || !knownClass(t) ? undefined : false;
  if (!plainAbc(b, t) || depth > LIMITS.MAX_VIRTUAL_SUBCLASS_DEPTH || OVERFLOWED.has(b)) return undefined;
  // _abc_registry of t and of every (nominal) subclass of t, each registered class checked in turn.
  let open = false;
  for (const { abc, sub } of REGISTRATIONS.get(b) ?? []) {
    if (!abc.alive || !sub.alive || !b.isSubclass(abc, t)) continue;
    const r = subclassCheck(b, c, sub, depth + 1);
    if (r) return true;
    if (r === undefined) open = true;
  }
  return open ? undefined : false;
}

/** The members of a protocol class (its own and its protocol bases' names and annotations); undefined when not known. */
function protocolMembers(b: Builtins, t: PyObj): Map<string, boolean> | undefined {
  const members = new Map<string, boolean>();
  for (const k of t.mroTuple?.items ?? [t]) {
    if (k.builtinName === 'object') continue;
    // (a protocol's class is open, typing.Protocol being a base the model does not run; but what
    // Protocol.__init_subclass__ and _ProtocolMeta add to it are not members)
    if (!k.protocolClass || k.protocolOpen || !k.classIR) return undefined;
    for (const [name, v] of k.attrs ?? []) {
      if (NOT_PROTOCOL_MEMBERS.has(name) || name.startsWith('_abc_')) continue;
      if (!members.has(name)) members.set(name, v.kind === 'function' || v.kind === 'classmethod' || v.kind === 'staticmethod');
    }
    for (const f of k.classIR.annotated) if (!members.has(f.name)) members.set(f.name, false);
  }
  return members;
}

/** isinstance(obj, t) for a runtime-checkable protocol t; undefined when not known. */
function protocolCheck(b: Builtins, obj: PyObj, t: PyObj): boolean | undefined {
  // (a protocol without @runtime_checkable: TypeError, not modelled)
  if (!t.runtimeProtocol) return undefined;
  const c = b.classOf(obj);
  if (obj.kind === 'instance' && c && b.isSubclass(c, t)) return true;
  const members = protocolMembers(b, t);
  if (!members) return undefined;
  if (obj.kind !== 'instance') return builtinProtocolCheck(b, obj, members);
  // (a bare `object()`: no __dict__, only object's own attributes)
  if (!obj.cls && obj.type === 'object' && c?.builtinName === 'object' && !obj.attrs && !obj.slots) return builtinTypeProtocolCheck(b, 'object', members);
  if (!knownClass(c) || !c.classIR) return undefined;
  // 3.11's hasattr runs __getattr__ / __getattribute__ and properties: not followed.
  if (b.lookupClassAttr(c, '__getattr__') || b.lookupClassAttr(c, '__getattribute__')) return undefined;
  for (const [name, callableMember] of members) {
    const own = obj.attrs?.get(name) ?? obj.slots?.get(name);
    const v = own ?? b.lookupClassAttr(c, name);
    if (!v) {
      if (obj.fuzzy) return undefined;
      return false;
    }
    // (a class attribute with a __get__ the 3.11 check would run, or one the model does not know)
    if (!own && (v.kind === 'property' || v.kind === 'instance' || v.kind === 'unknown')) return undefined;
    if (callableMember && v.kind === 'none') return false;
  }
  return true;
}

/**
 * A protocol check of an exact builtin value: its type's attributes (no instance dict). Only these
 * rows of builtinTypeAttrs.ts: an iterator's, a generator's, a Match's or a deque's data attributes
 * may be None on the instance (gi_frame, lastgroup, maxlen), which a callable member's check refuses.
 */
function builtinProtocolCheck(b: Builtins, obj: PyObj, members: Map<string, boolean>): boolean | undefined {
  return exactBuiltin(obj) ? builtinTypeProtocolCheck(b, obj.type, members) : undefined;
}

/** A protocol check against the attributes of builtin type `type` (builtinTypeAttrs.ts). */
function builtinTypeProtocolCheck(b: Builtins, type: string, members: Map<string, boolean>): boolean | undefined {
  let open = false;
  for (const [name, callableMember] of members) {
    const has = builtinTypeHas(type, name, b.it.vm.typeNamesMinor);
    if (has === false || (has === 'none' && callableMember)) return false;
    if (has === undefined) open = true;
  }
  return open ? undefined : true;
}

/**
 * isinstance(obj, t) when t is a protocol class or an ABC of the program: true / false when the
 * model can tell, undefined otherwise; not applicable (null) for other classes.
 */
export function virtualInstanceCheck(b: Builtins, obj: PyObj, t: PyObj): boolean | undefined | null {
  if (t.kind !== 'class') return null;
  if (t.protocolClass) return protocolCheck(b, obj, t);
  if (!t.isAbc || !t.classIR) return null;
  const c = b.classOf(obj);
  if (!c || obj.kind === 'unknown' || (c.kind === 'class' && (c.unknownBase || c.foreignMeta))) return undefined;
  return subclassCheck(b, c, t, 0);
}

/** `Abc.register(sub)`: a weak entry in the ABC's registry; gives sub back. */
function abcRegisterImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, unknownCall } = call;
  const [abc, sub] = args;
  // (the registry, or the cache its issubclass check fills, holds a weak reference to sub with a callback: abcCaches.ts)
  abcCachesOpen(b);
  if (args.length !== 2 || kwargs.length || !abc || !plainAbc(b, abc) || !knownClass(sub)) return unknownCall();
  // (already a subclass: nothing registered; the ABC a subclass of sub: RuntimeError, not modelled)
  if (b.isSubclass(sub, abc)) return h.incref(sub)!;
  if (b.isSubclass(abc, sub)) return unknownCall();
  let regs = REGISTRATIONS.get(b);
  if (!regs) REGISTRATIONS.set(b, (regs = []));
  if (regs.length >= LIMITS.MAX_ABC_REGISTRATIONS) {
    // (more than the model keeps: every later check against an ABC is open)
    OVERFLOWED.add(b);
    return unknownCall();
  }
  regs.push({ abc, sub });
  return h.incref(sub)!;
}

/** builtinName of `Sized.register` …: ABCMeta.register bound to a collections.abc ABC (or its typing alias). */
export const LIB_ABC_REGISTER = 'collections.abc.ABCMeta.register';

/** `LibAbc.register(sub)` calls so far: the ABC's name and the class (held weakly, checked alive when read). */
const LIB_REGISTRATIONS = new WeakMap<Builtins, { abc: string; sub: PyObj }[]>();

/**
 * isinstance(obj, t) for a collections.abc ABC t by registration: obj's class derives from a class
 * registered with t or with an ABC below it (_abc_subclasscheck walks `__subclasses__()`).
 */
export function libraryRegistered(b: Builtins, obj: PyObj, t: PyObj): boolean {
  const name = inertAbcName(t);
  return !!name && registeredWith(b, obj, name);
}

/** Whether obj's class derives from a class registered with the collections.abc ABC `name` or one below it. */
export function registeredWith(b: Builtins, obj: PyObj, name: string): boolean {
  const c = b.classOf(obj);
  if (!c || obj.kind === 'unknown') return false;
  return (LIB_REGISTRATIONS.get(b) ?? []).some(({ abc, sub }) => sub.alive && b.isSubclass(c, sub) && (ABC_MRO[abc] ?? [abc]).includes(name));
}

/** `LibAbc.register(sub)`: a weak entry in the ABC's registry (no count changes); gives sub back. */
function libAbcRegisterImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, unknownCall } = call;
  const [abc, sub] = args;
  const name = abc ? inertAbcName(abc) : undefined;
  // (a library ABC never derives from a class of the program: no inheritance-cycle RuntimeError)
  if (args.length !== 2 || kwargs.length || !name || !knownClass(sub)) return unknownCall();
  let regs = LIB_REGISTRATIONS.get(b);
  if (!regs) LIB_REGISTRATIONS.set(b, (regs = []));
  // (more than the model keeps: the registration is not followed)
  if (regs.length >= LIMITS.MAX_ABC_REGISTRATIONS) return unknownCall();
  regs.push({ abc: name, sub });
  return h.incref(sub)!;
}

/** `typing.runtime_checkable(proto)`: marks the protocol class (its class attributes only) and gives it back. */
function runtimeCheckableImpl(call: BuiltinCall): PyObj {
  const { h, args, kwargs, unknownCall } = call;
  const cls = args[0];
  if (args.length !== 1 || kwargs.length || cls?.kind !== 'class' || !cls.protocolClass) return unknownCall();
  cls.runtimeProtocol = true;
  return h.incref(cls)!;
}

export const VIRTUAL_SUBCLASS_IMPLS: [string, BuiltinImpl][] = [
  [ABC_REGISTER, abcRegisterImpl],
  [LIB_ABC_REGISTER, libAbcRegisterImpl],
  ['typing.runtime_checkable', runtimeCheckableImpl],
];
