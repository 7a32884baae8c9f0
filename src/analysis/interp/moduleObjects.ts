// Module objects the program makes itself: `types.ModuleType(name, doc=None)`
// (Objects/moduleobject.c, the same on 3.11-3.13, measured). new_module makes
// the module (tracked by the collector) and its md_dict, a plain dict;
// module_init_dict stores `__name__`, `__doc__`, `__package__`, `__loader__`
// and `__spec__` in it (the last three None) and md_name holds the name too.
// `mod.__dict__` is md_dict itself, so `exec(text, mod.__dict__)` runs over a
// plain dict (execText.ts); attribute reads, stores and deletions are the dict's
// entries. module_dealloc drops md_name and md_dict (the dict is not cleared).
// The module holds its name in `items` ([md_name]) and its dict in `dictObj`, so
// refsOf sees both.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/** builtinName of a module the program made (kind 'module', not external). */
export const PROGRAM_MODULE = 'types.ModuleType';

/** Whether `o` is a module object the program made (its attributes are its dict's entries). */
export function isProgramModule(o: PyObj): boolean {
  return o.kind === 'module' && o.builtinName === PROGRAM_MODULE && !o.external && !!o.dictObj?.entries;
}

/** `types.ModuleType(name[, doc])` with a str name: the module and its dict. */
function moduleTypeImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, kw, pos, unknownCall } = call;
  const name = args[0] ?? kw.get('name');
  const doc = args[1] ?? kw.get('doc') ?? b.none;
  if (!name || name.kind !== 'str' || name.type !== 'str' || args.length + kwargs.length > 2 || kwargs.some(([k]) => k !== 'name' && k !== 'doc')) return unknownCall();
  const m = h.alloc('module', 'module', h.site(pos.line, pos.col, 'module', 'ModuleType(…)'));
  m.builtinName = PROGRAM_MODULE;
  m.tracked = true;
  const d = b.newDict(pos);
  const put = (key: string, v: PyObj): void => {
    d.entries!.set(`s:${key}`, { key: b.newStrImmortal(key), value: h.incref(v)! });
    b.noteStore(d, v);
  };
  put('__name__', name);
  put('__doc__', doc);
  for (const k of ['__package__', '__loader__', '__spec__']) put(k, b.none);
  m.dictObj = d;
  m.items = [h.incref(name)!];
  b.noteStore(m, name);
  return m;
}

/**
 * `mod.name` of a program module (owned), or undefined when not followed: a name its dict does
 * not have may be one of ModuleType's own attributes or raise AttributeError (whose making on
 * 3.12+ leaves garbage the model does not build).
 */
export function programModuleAttr(b: Builtins, mod: PyObj, name: string, pos: Pos): PyObj | undefined {
  const h = b.it.heap;
  const d = mod.dictObj!;
  if (name === '__dict__') return h.incref(d)!;
  const e = d.entries!.get(`s:${name}`);
  if (e) return h.incref(e.value)!;
  b.it.noteMayRaise();
  b.it.unmodelledGarbage = true;
  return d.fuzzy ? b.unknown(pos.line, pos.col) : undefined;
}

/** `mod.name = value` (value owned): the dict's entry replaced; false for the names ModuleType itself defines. */
export function programModuleStore(b: Builtins, mod: PyObj, name: string, value: PyObj): boolean {
  if (name.startsWith('__') && name !== '__name__' && name !== '__doc__' && !mod.dictObj!.entries!.has(`s:${name}`)) return false;
  b.dictSet(mod.dictObj!, b.newStrImmortal(name), value);
  return true;
}

/** `del mod.name`: the dict's entry removed; a name it does not have may raise AttributeError. */
export function programModuleDelete(b: Builtins, mod: PyObj, name: string): void {
  const d = mod.dictObj!;
  const e = d.entries!.get(`s:${name}`);
  if (!e) { b.it.noteMayRaise(); return; }
  d.entries!.delete(`s:${name}`);
  b.it.heap.decref(e.key);
  b.it.heap.decref(e.value);
  b.it.recorder.noteStore();
}

export const MODULE_TYPE_IMPLS: [string, BuiltinImpl][] = [[PROGRAM_MODULE, moduleTypeImpl]];
