// Metaclasses of the program. A followed metaclass (`followedMetaclass`) derives from `type` through
// classes of the program only and adds `__call__`, `__new__`, `__init__`, methods and data (the
// singleton pattern's `__call__`, a registry's `__new__`). Its classes are built as CPython builds
// them: the class body fills a namespace dict, `M(name, bases, ns, **kw)` runs type.__call__ →
// M.__new__ (whose super().__new__ is type.__new__: `typeNew`, the class's dict a copy of ns) →
// M.__init__, and __build_class__ drops ns afterwards. The class holds its metaclass (its ob_type,
// visited by type_traverse: measured 3.11-3.13), attributes the class's MRO lacks are looked up on
// the metaclass (type_getattro: a function there binds to the class), and calling the class runs
// the metaclass's __call__ through slot_tp_call. Anything that changes how classes are made, looked
// into, hashed or compared (__prepare__, `mro`, attribute hooks, descriptors) keeps the metaclass
// unrun (interpreter.ts finishClass: the class and the metaclass escape).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import type { ClassIR, Pos } from '../ir/irTypes';
import type { PyObj } from './objects';

/** The dunders a followed metaclass may have: what every class body puts in its namespace, and the calls type makes. */
const FOLLOWED_DUNDERS = new Set(['__module__', '__qualname__', '__doc__', '__firstlineno__', '__static_attributes__', '__call__', '__classcell__',
  '__new__', '__init__']);

/** Whether a class's metaclass `meta` is one whose classes the model builds and counts as it follows them. */
export function followedMetaclass(meta: PyObj): boolean {
  if (meta.kind !== 'class' || !meta.classIR || meta.fuzzy || meta.unknownBase || meta.foreignMeta || meta.slotNames) return false;
  const mro = meta.mroTuple?.items ?? [];
  if (!mro.some(isType)) return false;
  return mro.every((c) => (c.external
    ? c.builtinName === 'type' || c.builtinName === 'object'
    : !!c.classIR && !c.fuzzy && !c.slotNames && [...(c.attrs ?? [])].every(([k, v]) => (!k.startsWith('__') || FOLLOWED_DUNDERS.has(k)) && k !== 'mro'
      && v.kind !== 'property' && v.kind !== 'instance' && v.kind !== 'unknown'
      && ((k !== '__new__' && k !== '__init__') || v.kind === 'function'))));
}

/** Whether a class statement must call `meta` (it or a base of the program defines __new__ / __init__), not just build the class. */
export function metaclassRuns(meta: PyObj): boolean {
  return (meta.mroTuple?.items ?? []).some((c) => !c.external && (c.attrs?.has('__new__') || c.attrs?.has('__init__')));
}

/** A class deriving from `type`: a metaclass (calling it makes a class). */
export function isMetaclass(cls: PyObj): boolean {
  return cls.kind === 'class' && !cls.external && (cls.mroTuple?.items ?? []).some(isType);
}

function isType(c: PyObj): boolean {
  return !!c.external && c.builtinName === 'type';
}

/**
 * The metaclass __build_class__ and type_new settle on (_PyType_CalculateMetaclass): the most
 * derived of `meta` and every base's; undefined on a conflict the model leaves to CPython's TypeError.
 * `meta` undefined stands for type.
 */
export function winningMetaclass(meta: PyObj | undefined, bases: PyObj[]): PyObj | undefined | false {
  let winner = meta;
  for (const b of bases) {
    const m = b.kind === 'class' ? b.foreignMeta : undefined;
    if (!m || m === winner) continue;
    if (!winner || (m.mroTuple?.items ?? []).includes(winner)) winner = m;
    else if (!(winner.mroTuple?.items ?? []).includes(m)) return false;
  }
  return winner;
}

/** The class statement whose body filled a namespace dict handed to its metaclass (type.__new__ names the class by it). */
const classBodies = new WeakMap<PyObj, ClassIR>();

export function noteClassBody(ns: PyObj, cls: ClassIR): void {
  classBodies.set(ns, cls);
}

let dynamicClassIds = 0;

/**
 * type.__new__(meta, name, bases, dict) as CPython runs it for `type(name, bases, dict)` (meta
 * undefined: type) and a metaclass's super().__new__: the class's dict a copy of `dict` (each
 * value one more reference; the caller's dict keeps its own), `__classcell__` taken out of it and
 * filled, the values' __set_name__ and the bases' __init_subclass__ run (with `kwargs`). Only
 * bases the model builds classes on and a dict of known str keys; otherwise undefined (the caller
 * answers an unknown call). Arguments are borrowed.
 */
export function* typeNew(it: Interpreter, b: Builtins, meta: PyObj | undefined, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, pos: Pos): G<PyObj | undefined> {
  const h = it.heap;
  const [name, basesTuple, dict] = args;
  if (args.length !== 3 || name.kind !== 'str' || name.value === undefined || basesTuple.kind !== 'tuple' || basesTuple.fuzzy || basesTuple.cls) return undefined;
  if (dict.kind !== 'dict' || dict.fuzzy || dict.cls || !dict.entries) return undefined;
  if (meta && !followedMetaclass(meta)) return undefined;
  const bases = basesTuple.items ?? [];
  const plain = (c: PyObj): boolean => c.kind === 'class' && !c.enumKind && !c.namedFields && !c.unknownBase && (!c.foreignMeta || c.plainMeta === true)
    && (!!c.classIR || (c.external && c.builtinName === 'object'));
  // (a base's metaclass more derived than `meta` would run its own __new__ instead)
  if (!bases.every(plain) || winningMetaclass(meta, bases) !== meta) return undefined;
  const ns = new Map<string, PyObj>();
  for (const e of dict.entries.values()) {
    if (e.key.kind !== 'str' || e.key.value === undefined) return undefined;
    ns.set(String(e.key.value), e.value);
  }
  // type_new_set_classcell: the cell the class body made for `__class__` / super(), filled with the class and dropped from its dict.
  const classCell = ns.get('__classcell__');
  if (classCell && classCell.kind !== 'cell') return undefined;
  ns.delete('__classcell__');
  for (const v of ns.values()) h.incref(v);
  for (const c of bases) h.incref(c);
  // The class's dict is a copy holding the given dict's key objects, which the attribute map does
  // not model: outside a class body (whose names are interned) a key's count is opened (measured:
  // type("T", (), {fresh_str: 1}) +1 on 3.11-3.13).
  if (!classBodies.has(dict)) for (const e of dict.entries.values()) if (!e.key.immortal) h.escape(e.key);
  // (the class keeps its name object twice, ht_name and ht_qualname, which the model does not keep:
  // a name made at run time has an open count; measured type(made, (), {}) +2 on 3.11-3.13)
  if (!name.immortal && !classBodies.has(dict)) h.escape(name);
  const text = String(name.value);
  const body = classBodies.get(dict);
  const cls: ClassIR = body && body.name === text ? body : {
    id: -1_000_000 - dynamicClassIds++, name: text, qualname: text, line: pos.line, consts: new Set(), cellVars: new Set(),
    freeVars: new Set(), locals: new Set(ns.keys()), globalsUsed: new Set(), bases: [], keywords: [], body: [], hasClassCell: false, annotated: [],
  };
  const kw = kwargs.map(([k, v]): [string, PyObj] => [k, h.incref(v)!]);
  const klass = yield* it.finishClass(cls, [...bases], ns, kw, { abcMeta: false, foreignMeta: meta, classCell, metaRan: true }, frame, pos);
  // (type_new keeps the bases tuple it was given as __bases__, when not empty)
  if (bases.length && klass.kind === 'class' && klass.basesTuple && klass.basesTuple.items?.every((c, i) => c === bases[i]) && klass.basesTuple.items.length === bases.length) {
    h.decref(klass.basesTuple);
    klass.basesTuple = h.incref(basesTuple);
  }
  return klass;
}

/**
 * What a metaclass the model does not run may change. __build_class__ calls its `__prepare__`,
 * then `M(name, bases, ns)` runs its `__new__` / `__init__` with the metaclass, the bases and the
 * new class in hand (`mcls.registry[name] = cls`, `bases[0].seen.append(...)`), and its methods
 * reach the module globals they name (`REGISTRY[name] = cls`) and, through those, the program's
 * functions they call. So the data in the class dicts of the metaclass's and the new class's
 * program MRO, and the globals named by the metaclass's creation hooks (followed through global
 * functions and classes, `limit` codes deep), escape: their counts and contents are open from here, not the empty
 * registry the class statement found (a lookup in it is no sure KeyError).
 */
const CREATION_HOOKS = ['__prepare__', '__new__', '__init__', 'mro'];

export function escapeUnrunMetaclassReach(it: Interpreter, meta: PyObj, klass: PyObj, globals: Map<string, PyObj>, limit = 200): void {
  const h = it.heap;
  const codeSeen = new Set<PyObj>();
  const names = new Set<string>();
  const pending: PyObj[] = [];
  const noteCode = (f: PyObj | undefined): void => {
    if (!f || codeSeen.has(f) || codeSeen.size >= limit) return;
    if (f.kind === 'function' && f.fn) {
      codeSeen.add(f);
      for (const n of f.fn.globalsUsed) if (!names.has(n)) { names.add(n); pending.push(...[globals.get(n)].filter((x): x is PyObj => !!x)); }
    } else if (f.wrapped) for (const w of f.wrapped) noteCode(w);
  };
  const program = (c: PyObj): boolean => !c.external && !!c.classIR;
  // (the hooks __build_class__ and type.__call__ run now; `__call__`, `__instancecheck__` … run when used)
  for (const hook of CREATION_HOOKS) noteCode((meta.mroTuple?.items ?? []).filter(program).find((c) => c.attrs?.has(hook))?.attrs?.get(hook));
  for (const c of [...(meta.mroTuple?.items ?? []), ...(klass.mroTuple?.items ?? [])]) {
    if (!program(c)) continue;
    for (const v of c.attrs?.values() ?? []) if (v.kind !== 'function' && !v.wrapped?.some((w) => w.kind === 'function')) h.escape(v);
  }
  while (pending.length) {
    const g = pending.pop()!;
    noteCode(g);
    if (g.kind === 'class' && !g.external && g.classIR) for (const v of g.attrs?.values() ?? []) noteCode(v);
    if (g.kind !== 'function') h.escape(g);
  }
}
