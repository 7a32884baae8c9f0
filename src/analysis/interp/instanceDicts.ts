// Where a plain instance keeps its attributes, as Objects/dictobject.c and
// typeobject.c decide (3.11-3.13, measured on all three):
// - Instances of a class share one keys table (ht_cached_keys) of at most
//   SHARED_KEYS_MAX_SIZE names; each instance holds only the values. Making
//   an instance takes one free slot while more than one is left (so that the
//   values arrays of earlier instances stay large enough); a new name takes
//   one; a name that finds no free slot moves that instance's values into a
//   dict of its own (make_dict_from_instance_attributes), which the collector
//   counts like any dict: tracked when it holds a container.
// - `obj.__dict__` (vars(), hasattr(obj, "__dict__"), object.__getstate__)
//   makes the dict object over the values: on 3.11/3.12 a dict of its own
//   (counted while tracked), on 3.13 one sharing the inline values (embedded:
//   not counted). `obj.__class__ = X` and a shared-keys overflow detach an
//   embedded dict: from then on it is counted as tracked when it was made (so
//   a container stored through the instance meanwhile may leave a cycle the
//   collector never finds, as in CPython).
import type { Builtins } from './builtins';
import type { PyObj, SharedKeys } from './objects';
import { noteTypeModified } from './initSpecialise';

/** SHARED_KEYS_MAX_SIZE in Objects/dictobject.c. */
const SHARED_KEYS_MAX_SIZE = 30;

type Pos = { line: number; col: number };

/** Whether `obj` keeps its attribute values against its class's shared keys (no dict of its own from the start). */
export function usesSharedKeys(b: Builtins, obj: PyObj): boolean {
  if (obj.kind !== 'instance' || !obj.attrs || obj.basePayload || !obj.cls?.classIR) return false;
  // 3.13: a layout with slot members has no inline values (a real dict from the first store).
  return !(b.it.vm.slotsDictIsRealDict && b.hasSlotMembers(obj.cls));
}

function keysOf(cls: PyObj): SharedKeys {
  // (a base the model does not know may store names of its own; an inert one, `__slots__ = ()`
  // without __init__ / __new__, stores none: libraryBases.ts)
  cls.sharedKeys ??= { names: new Set(), maybe: new Set(), lo: SHARED_KEYS_MAX_SIZE, hi: SHARED_KEYS_MAX_SIZE, open: !!cls.unknownBase && !cls.inertUnknownBases };
  // A class that escaped may have had instances made and names added where the model does not look.
  // (a class on inert bases is fuzzy from the start; escaping clears its countKnown)
  if (cls.fuzzy && !(cls.inertUnknownBases && cls.countKnown)) cls.sharedKeys.open = true;
  return cls.sharedKeys;
}

/** object.__new__ made `inst` (init_inline_values: one slot fewer while more than one is left). */
export function noteInstanceMade(b: Builtins, inst: PyObj): void {
  if (!usesSharedKeys(b, inst)) return;
  const keys = keysOf(inst.cls!);
  // Under a condition of unknown direction (or in a loop of unknown rounds) it may happen any number of times.
  if (b.it.uncertainFor(inst.cls)) keys.lo = Math.min(keys.lo, 1);
  else if (keys.lo > 1) keys.lo--;
  if (!b.it.uncertainFor(inst.cls) && keys.hi > 1) keys.hi--;
}

/** Whether any attribute value of `obj` makes a dict over them tracked (make_dict_from_instance_attributes). */
function anyTracked(b: Builtins, obj: PyObj): boolean {
  for (const v of obj.attrs?.values() ?? []) if (b.mayBeTracked(v)) return true;
  return false;
}

/** The values move into a combined-table dict of the instance's own (an embedded one detaches). */
function overflow(b: Builtins, obj: PyObj, pos: Pos): void {
  const d = obj.dictObj ?? b.instanceDict(obj, pos, anyTracked(b, obj));
  d.splitKeysOf = undefined;
  d.embedded = false;
}

/**
 * A store of name `name`, not yet among the attributes, into a split table using `owner`'s shared
 * keys: 'fits' (in the keys now), 'overflow' (no free slot: the values move into a dict of their
 * own) or 'maybe' (the model cannot tell). `certain`: the store does happen.
 */
function insertName(owner: PyObj, name: string, certain: boolean): 'fits' | 'overflow' | 'maybe' {
  const keys = keysOf(owner);
  if (keys.names.has(name)) return 'fits';
  if (!keys.open && keys.lo > 0) {
    // It fits whether or not an earlier uncertain store already put it in (then it took no slot).
    const wasMaybe = keys.maybe.has(name);
    keys.lo--;
    if (certain) {
      keys.names.add(name);
      keys.maybe.delete(name);
      if (!wasMaybe) keys.hi--;
    } else keys.maybe.add(name);
    return 'fits';
  }
  if (certain && !keys.open && keys.hi === 0 && !keys.maybe.has(name)) return 'overflow';
  keys.maybe.add(name);
  keys.lo = 0;
  return 'maybe';
}

/**
 * A new attribute `name` is about to be stored into `obj` through the instance: the name goes
 * into the shared keys, or the instance's values move into a dict of their own.
 */
export function noteNewName(b: Builtins, obj: PyObj, name: string, pos: Pos): void {
  if (!usesSharedKeys(b, obj) || obj.attrs!.has(name)) return;
  const d = obj.dictObj;
  // A combined table grows on its own; a split one uses the keys of the class it was made under.
  if (d && !d.splitKeysOf) return;
  const r = insertName(d?.splitKeysOf ?? obj.cls!, name, !b.it.uncertainFor(obj));
  if (r === 'overflow') overflow(b, obj, pos);
  // (it may or may not have found a free slot: the collector may count one dict more)
  else if (r === 'maybe') (d ?? obj).dictMaybe = true;
}

/** `obj.__dict__[name] = v` (or an update) of a new name into a materialised instance dict. */
export function noteNewDictKey(b: Builtins, d: PyObj, name: string): void {
  if (!d.instanceDict || !d.splitKeysOf || d.attrs?.has(name)) return;
  const r = insertName(d.splitKeysOf, name, !b.it.uncertainFor(d));
  // insertion_resize: the dict gets a combined table of its own (an embedded one leaves the values).
  if (r === 'overflow') { d.splitKeysOf = undefined; d.embedded = false; }
  else if (r === 'maybe') d.dictMaybe = true;
}

/**
 * A new name set in an instance `obj` whose dict `d` is materialised (its attrs the dict's
 * entries), as a store through the dict does it: the shared keys, the dict's tracking. Takes the
 * reference to `v`.
 */
export function storeNewDictKey(b: Builtins, obj: PyObj, d: PyObj, name: string, v: PyObj): void {
  noteNewDictKey(b, d, name);
  obj.attrs!.set(name, v);
  b.noteStore(obj, v);
  noteDictStore(b, d, v);
}

/**
 * dict.update into an empty materialised instance dict: 3.11/3.12 may clone a small source's
 * combined table (dict_merge) rather than insert into the shared keys. Which one happened is
 * not modelled: the class's keys become open. 3.13 never clones into a split table: the names
 * go in one by one (the caller's noteNewDictKey), an embedded dict stays embedded.
 */
export function noteInstanceDictUpdate(b: Builtins, d: PyObj): void {
  if (!b.it.vm.mergeClonesIntoSplitDict) return;
  if (d.instanceDict && d.splitKeysOf && !d.attrs?.size) keysOf(d.splitKeysOf).open = true;
}

/** `obj.__dict__` made a real object (the first access, vars(), hasattr, object.__getstate__, copy). */
export function materializeInstanceDict(b: Builtins, obj: PyObj, pos: Pos): PyObj {
  if (obj.dictObj) return obj.dictObj;
  const d = b.instanceDict(obj, pos, anyTracked(b, obj));
  if (usesSharedKeys(b, obj)) {
    d.splitKeysOf = obj.cls;
    d.embedded = b.it.vm.instanceDictEmbedded;
  }
  // An instance given to code the model does not follow may have gained attributes there
  // (functools.update_wrapper(obj, f) sets __wrapped__, __name__ …): the dict made now holds
  // what the model knows and maybe more, so its content is open, its own count known.
  // Measured (3.11-3.13): vars(box).get("__wrapped__", token) is the function, not token.
  if (obj.fuzzy && obj.kind === 'instance') b.fuzzContent(d);
  return d;
}

/** A store through the dict itself (insertdict's MAINTAIN_TRACKING; an embedded dict too). */
export function noteDictStore(b: Builtins, d: PyObj, value: PyObj): void {
  if (!d.tracked && b.mayBeTracked(value)) d.tracked = true;
}

/**
 * object_set_class: the dict is made first (the implicit keys belong to the old class) and,
 * on 3.13, detached from the values (_PyDict_DetachFromObject), its tracking as it was.
 */
export function detachForClassChange(b: Builtins, obj: PyObj, pos: Pos): void {
  if (!obj.attrs) return;
  const d = materializeInstanceDict(b, obj, pos);
  d.embedded = false;
}

/**
 * Whether the layouts of two classes of the program let `obj.__class__` change from one to the
 * other for sure (compatible_for_assignment): plain attribute layouts, no slot members, no builtin base.
 */
export function plainLayouts(b: Builtins, from: PyObj, to: PyObj): boolean {
  const plain = (c: PyObj): boolean => c.kind === 'class' && !!c.classIR && !c.external && !c.unknownBase && !c.isException
    && !c.enumKind && !c.namedFields && !b.hasSlotMembers(c) && !b.builtinBaseOf(c) && !c.slotNames;
  return plain(from) && plain(to);
}

/**
 * _PyType_GetSlotNames, as object.__getstate__ and object.__reduce_ex__ (copy, pickle) run it:
 * copyreg._slotnames caches the class's slot names in the class's own `__slotnames__` (an empty
 * list for a class without slot members), a new object in the class's dict.
 */
export function cacheSlotnames(b: Builtins, cls: PyObj, pos: Pos): void {
  if (!cls.attrs || cls.attrs.has('__slotnames__')) return;
  // (the slot members of the classes of the MRO, in order; the names are interned strings)
  const members = (cls.mroTuple?.items ?? [cls]).flatMap((c) => (c.slotNames ?? []).filter((n) => n !== '__dict__' && n !== '__weakref__'));
  const names = b.newSeq('list', members.map((n) => b.newStrImmortal(n)), pos);
  cls.attrs.set('__slotnames__', names);
  b.noteStore(cls, names);
  if (cls.dictObj) cls.dictObj.tracked = true;
  // (`cls.__slotnames__ = names` goes through type_setattro: the class gets a new version, and a
  // 3.13 call site specialised for it misses from then on; measured with copy.copy between calls)
  noteTypeModified(b, cls);
}
