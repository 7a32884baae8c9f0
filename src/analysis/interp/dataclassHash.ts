// A @dataclass's `__hash__` as Lib/dataclasses.py sets it (_hash_action, the same table in
// 3.11-3.13), from unsafe_hash, eq, frozen and whether the class body has an explicit __hash__
// (one that is not the None type_new puts next to a body's own __eq__):
//   - nothing: eq=False (and not unsafe_hash), or an explicit __hash__ kept;
//   - None in the class dict: eq=True, frozen=False (instances are unhashable: TypeError);
//   - the generated `def __hash__(self): return hash((self.f1, self.f2, ...))`: eq=True and
//     frozen=True, or unsafe_hash=True; its fields are those with field(hash=True), or hash=None
//     and compare=True. Hashing an instance then builds that tuple and hashes each field in turn,
//     so the fields' own __hash__ run (slotHooks.ts runHash);
//   - TypeError at decoration: unsafe_hash=True over an explicit __hash__.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import { attrOrSlot } from './objects';
import type { PyObj } from './objects';
import type { Pos } from '../ir/irTypes';

/** builtinName of the generated __hash__ function (a real function in CPython: one GC object). */
export const DATACLASS_HASH = 'dataclasses.__hash__';

/**
 * Sets `cls.__hash__` as the decorator does. `opt` reads a dataclass() option (True / False objects
 * or undefined), `fieldOf` a field's Field object. Returns a TypeError message when it refuses.
 */
export function setDataclassHash(b: Builtins, cls: PyObj, opt: (k: string) => PyObj | undefined, fieldOf: (n: string) => PyObj | undefined, pos: Pos): string | undefined {
  const h = b.it.heap;
  const attrs = cls.attrs!;
  const own = attrs.get('__hash__');
  const explicit = !!own && !(own.kind === 'none' && attrs.has('__eq__'));
  const unsafe = opt('unsafe_hash') === b.trueObj;
  const eq = opt('eq') !== b.falseObj;
  const frozen = opt('frozen') === b.trueObj;
  if (unsafe && explicit) return `Cannot overwrite attribute __hash__ in class ${cls.classIR?.name ?? cls.type}`;
  if (explicit || (!unsafe && !eq)) return undefined;
  let value: PyObj;
  if (!unsafe && !frozen) {
    value = h.incref(b.none)!;
  } else {
    value = h.alloc('builtin', 'function', h.site(pos.line, pos.col, 'function', `${cls.classIR?.name ?? cls.type}.__hash__`));
    value.builtinName = DATACLASS_HASH;
    value.tracked = true;
    value.dataclassHashFields = (cls.dataclassFields ?? []).filter((n) => {
      const f = fieldOf(n);
      const flag = f?.attrs?.get('hash');
      return !flag || flag.kind === 'none' ? f?.attrs?.get('compare') !== b.falseObj : flag === b.trueObj;
    });
  }
  h.decref(own);
  attrs.set('__hash__', value);
  b.noteStore(cls, value);
  return undefined;
}

/** The generated __hash__ of instance k's class, when that is what hashing k runs. */
export function generatedHash(b: Builtins, k: PyObj): PyObj | undefined {
  if (k.kind !== 'instance' || !k.cls) return undefined;
  const m = b.lookupClassAttr(k.cls, '__hash__');
  return m?.builtinName === DATACLASS_HASH ? m : undefined;
}

/**
 * Runs the generated __hash__ on `self` (its frame holding self): the tuple of the fields, each
 * hashed by `hashItem` (tuplehash), then dropped. A field the instance lacks is an AttributeError
 * the model leaves open. Returns the hash's tag (Builtins.hashTag), if it has one.
 */
export function* runGeneratedHash(b: Builtins, m: PyObj, self: PyObj, frame: Frame, hashItem: (x: PyObj) => G<void>): G<string | undefined> {
  const h = b.it.heap;
  const vals = (m.dataclassHashFields ?? []).map((f) => attrOrSlot(self, f));
  if (vals.some((v) => !v)) { b.it.noteMayRaise(); return undefined; }
  h.incref(self);
  const t = b.newSeq('tuple', vals.map((v) => h.incref(v)!), { line: frame.line, col: 0 });
  try {
    for (const x of t.items ?? []) yield* hashItem(x);
    // (the hash is hash(t): what tells it from another key's is the tuple's hash key, builtins.hashTag)
    return b.hashTag(t);
  } finally {
    h.decref(t);
    h.decref(self);
  }
}
