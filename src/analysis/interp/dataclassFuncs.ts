// dataclasses.replace, asdict and astuple as Lib/dataclasses.py runs them
// (3.11-3.13), for instances of fully modelled @dataclass classes.
//
// replace(obj, **changes) calls the class with every field as a keyword: the
// unchanged ones are the same objects obj holds. asdict(obj) rebuilds the
// fields recursively: nested dataclasses become dicts, lists, tuples and
// dicts new containers of the same kind, anything else copy.deepcopy's copy
// (atoms come back as themselves either way).
import { deepCopy } from './copyModule';
import { keepInTraceback } from './jsonFrames';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { Pos } from '../ir/irTypes';
import { PyException } from './interpreter';
import type { CallSite, G, Interpreter } from './interpreter';
import { attrOrSlot } from './objects';
import type { DataclassInitEntry, PyObj } from './objects';
import { knownClass } from './operators';

/** The fields of a dataclass instance, or undefined when it is not one the analysis knows in full. */
function fieldsOf(o: PyObj): string[] | undefined {
  if (o.kind !== 'instance' || o.fuzzy || !o.cls || !knownClass(o.cls) || !(o.attrs || o.slots)) return undefined;
  const fields = (o.cls.mroTuple?.items ?? []).find((c) => c.dataclassFields)?.dataclassFields;
  return fields && fields.every((f) => attrOrSlot(o, f)) ? fields : undefined;
}

/** replace(obj, **changes) with borrowed arguments: the new instance, or undefined when not followed. */
export function* dcReplace(b: Builtins, it: Interpreter, obj: PyObj, changes: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const fields = fieldsOf(obj);
  if (!fields || changes.some(([k]) => !fields.includes(k))) return undefined;
  const given = new Map(changes);
  const kwargs: [string, PyObj][] = fields.map((f) => [f, it.heap.incref(given.get(f) ?? attrOrSlot(obj, f))!]);
  // (replace() runs `obj.__class__(**changes)`: a CALL_FUNCTION_EX whose dict holds the values)
  return yield* b.instantiate(obj.cls!, [], kwargs, frame, { ...site, exCallee: obj.cls });
}

/**
 * asdict(obj) (or astuple(obj): each dataclass a tuple of its fields' values), obj borrowed:
 * the new dict (tuple), or undefined when some value is not followed.
 */
export function dcAsdict(b: Builtins, it: Interpreter, obj: PyObj, pos: { line: number; col: number }, asTuple = false): PyObj | undefined {
  const h = it.heap;
  const made: PyObj[] = [];
  const inner = (x: PyObj, depth: number): PyObj | undefined => {
    if (depth > 20) return undefined;
    const fields = fieldsOf(x);
    if (fields && asTuple) {
      // tuple_factory(list of values): the list is a temporary.
      const items: PyObj[] = [];
      for (const f of fields) {
        const v = inner(attrOrSlot(x, f)!, depth + 1);
        if (!v) { for (const z of items) h.decref(z); return undefined; }
        items.push(v);
      }
      return items.length ? b.newSeq('tuple', items, pos) : h.incref(b.emptyTuple)!;
    }
    if (fields) {
      const d = b.newDict(pos);
      made.push(d);
      for (const f of fields) {
        const v = inner(attrOrSlot(x, f)!, depth + 1);
        if (!v) return undefined;
        b.dictSet(d, b.newStr(f, pos), v);
      }
      made.pop();
      return d;
    }
    if ((x.kind === 'list' || x.kind === 'tuple') && x.type === x.kind && x.items && !x.fuzzy) {
      const items: PyObj[] = [];
      for (const y of x.items) {
        const v = inner(y, depth + 1);
        if (!v) { for (const z of items) h.decref(z); return undefined; }
        items.push(v);
      }
      return x.kind === 'tuple' && !items.length ? h.incref(b.emptyTuple)! : b.newSeq(x.kind, items, pos);
    }
    if (x.kind === 'dict' && x.type === 'dict' && x.entries && !x.fuzzy) {
      const d = b.newDict(pos);
      for (const e of [...x.entries.values()]) {
        const k = inner(e.key, depth + 1);
        const v = k && inner(e.value, depth + 1);
        if (!k || !v) { h.decref(k); h.decref(d); return undefined; }
        b.dictSet(d, k, v);
      }
      return d;
    }
    return deepCopy(b, it, x, pos);
  };
  const r = inner(obj, 0);
  // A half-built dict left by a failure is released with what it holds.
  for (const d of made) h.decref(d);
  return r;
}

/**
 * fields(class_or_instance): a new tuple of the Field objects of __dataclass_fields__ (the real
 * fields, in order), which keeps nothing else; undefined when the class is not fully known.
 */
export function dcFields(b: Builtins, it: Interpreter, x: PyObj, pos: { line: number; col: number }): PyObj | undefined {
  const cls = x.kind === 'class' ? x : x.kind === 'instance' ? x.cls : undefined;
  if (!cls || !knownClass(cls)) return undefined;
  const names = (cls.mroTuple?.items ?? []).find((c) => c.dataclassFields)?.dataclassFields;
  const table = b.lookupClassAttr(cls, '__dataclass_fields__');
  if (!names || table?.kind !== 'dict' || !table.entries || table.fuzzy) return undefined;
  const found = names.map((n) => b.dictGetStr(table, n));
  if (found.some((f) => !f)) return undefined;
  return found.length ? b.newSeq('tuple', found.map((f) => it.heap.incref(f)!), pos) : it.heap.incref(b.emptyTuple)!;
}

/** dataclasses' module global `_HAS_DEFAULT_FACTORY` (an instance of a Python class: GC-tracked, never freed), per model. */
const HAS_DEFAULT_FACTORY = new WeakMap<Builtins, PyObj>();

/** One entry of the generated `__init__`'s parameter list (PyObj.dataclassInit). */
interface InitEntry { name: string; initVar: boolean; init: boolean; kwOnly: boolean }

/**
 * What the generated `__init__` holds as the real function `_create_fn` (3.11/3.12) / `_FuncBuilder`
 * (3.13) makes with exec (measured the same on 3.11-3.13): each parameter's default — in
 * `__defaults__` for positional ones, in `__kwdefaults__` (name → default) for keyword-only ones — is
 * the field's default object, or the `_HAS_DEFAULT_FACTORY` sentinel for a default factory; the body's
 * reads of the exec'ing function's locals are closure cells: one per default factory (init or not),
 * the sentinel's when a factory field is a parameter, a slots=True class's init=False default (no class
 * attribute stands for it), frozen=True's `object` (for `object.__setattr__`).
 * `fieldOf(name)` is the field's Field (own or a base's); an entry without one leaves the parts open.
 */
export function dataclassInitParts(b: Builtins, init: PyObj, entries: InitEntry[], fieldOf: (name: string) => PyObj | undefined,
  frozen: boolean, slots: boolean, pos: Pos): void {
  const h = b.it.heap;
  let sentinel = HAS_DEFAULT_FACTORY.get(b);
  if (!sentinel) HAS_DEFAULT_FACTORY.set(b, (sentinel = h.external('instance', '_HAS_DEFAULT_FACTORY_CLASS', 'dataclasses._HAS_DEFAULT_FACTORY')));
  const positional: PyObj[] = [];
  const keywords: [string, PyObj][] = [];
  const cellValues: PyObj[] = [];
  let open = false;
  let factoryParam = false;
  for (const e of entries) {
    const spec = fieldOf(e.name);
    if (!spec) { open = true; continue; }
    const factory = spec.attrs?.get('default_factory');
    const dflt = spec.attrs?.get('default');
    if (factory) cellValues.push(factory);
    if (!e.init) {
      if (!factory && dflt && slots) cellValues.push(dflt);
      continue;
    }
    const value = factory ? sentinel : dflt;
    if (factory) factoryParam = true;
    if (!value) continue;
    if (e.kwOnly) keywords.push([e.name, value]);
    else positional.push(value);
  }
  if (factoryParam) cellValues.push(sentinel);
  if (frozen) cellValues.push(b.builtin('object')!);
  if (positional.length) init.defaults = b.newSeq('tuple', positional.map((v) => h.incref(v)!), pos);
  if (keywords.length) {
    const d = b.newDict(pos);
    for (const [k, v] of keywords) b.dictSet(d, b.newStrImmortal(k), h.incref(v)!);
    init.kwdefaults = d;
  }
  if (cellValues.length) {
    init.closure = b.newSeq('tuple', cellValues.map((v) => { const c = b.newCell(pos.line); c.cellValue = h.incref(v)!; return c; }), pos);
  }
  // (a field the model has no Field for: what __init__ holds of it is not known)
  if (open) for (const o of [init.defaults, init.kwdefaults, init.closure]) if (o) b.fuzzContent(o);
}

/**
 * An exception out of the generated `__init__` (its `__post_init__` or a default factory raised):
 * that is a real Python function (exec'd, filename '<string>'), so the traceback gets an entry for
 * its frame, which keeps self and every parameter (`kept`, owned: the passed argument, else the
 * default), the function itself (f_funcobj) and its closure cells while the exception lives
 * (measured 3.11-3.13: +1 each; a frame and a traceback entry more for a collection).
 */
export function keepInitFrame(b: Builtins, exc: PyObj, init: PyObj | undefined, kept: PyObj[], pos: Pos): void {
  const h = b.it.heap;
  if (init?.builtinName === 'dataclasses.__init__') kept.push(h.incref(init)!, ...(init.closure?.items ?? []).map((c) => h.incref(c)!));
  const fo = h.alloc('frame', 'frame', h.site(pos.line, pos.col, 'frame', 'frame of the dataclass __init__'));
  fo.tracked = true;
  fo.items = kept;
  keepInTraceback(b, exc, [fo], pos, "the dataclass __init__'s traceback entry");
}

/** What the generated __init__ of dataclass `cls` (the first dataclass of its MRO) takes and stores. */
export function dataclassEntries(cls: PyObj, fields: string[]): DataclassInitEntry[] {
  return (cls.mroTuple?.items ?? [cls]).find((c) => c.dataclassFields)?.dataclassInit
    ?? fields.map((name) => ({ name, initVar: false, init: true, kwOnly: false }));
}

/**
 * The generated __init__ called as a function: `super().__init__(a, b)` or `Base.__init__(self, a, b)`
 * from a subclass's own __init__ (arguments borrowed). Its frame holds self and the parameters
 * the caller handed over (the borrowed references stand for them): nothing more is held while
 * __post_init__ runs. Measured (3.11-3.13): a probe in __post_init__ reached this way sees the
 * caller's argument once plus the frames' references, as for any Python method.
 */
export function* dataclassInitCall(b: Builtins, init: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const self = args[0];
  // (the class whose generated __init__ this is: the entries and defaults are its own)
  const owner = self?.kind === 'instance' && !self.fuzzy ? (self.cls?.mroTuple?.items ?? []).find((c) => c.attrs?.get('__init__') === init) : undefined;
  if (!owner?.dataclassFields || !knownClass(owner) || !knownClass(self.cls!)) return undefined;
  const params: PyObj[] = [];
  try {
    yield* b.dataclassInitBody(owner, dataclassEntries(owner, owner.dataclassFields), self, args.slice(1), kwargs, [], params, frame, site);
  } catch (err) {
    if (err instanceof PyException) keepInitFrame(b, err.exc, init, [self, ...params].map((x) => b.it.heap.incref(x)!), site);
    throw err;
  }
  return b.none;
}
