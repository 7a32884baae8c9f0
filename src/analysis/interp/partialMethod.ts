// functools.partialmethod (Lib/functools.py, 3.11-3.13; measured on all three). The object is a
// plain Python instance whose __init__ keeps `func`, the `*args` tuple (the empty tuple without
// arguments) and the `**keywords` dict (a new one, empty: untracked); no instance dict is made.
// Read through an instance, `__get__(obj, cls)` of a plain function binds it (a new bound method
// holding func and obj) and returns `partial(bound, *args, **keywords)` whose `__self__` is stored
// in the partial's own __dict__ (a new dict holding obj): two references to obj per access, four
// GC objects (partial, bound method, args tuple unless empty, the __dict__). Read through the
// class, `__get__(None, cls)` makes a closure over the partialmethod (_make_unbound_method): not
// followed. A func that is not a plain function (a classmethod, another partialmethod) is not
// followed either: the constructor call stays unknown.
import type { Builtins } from './builtins';
import type { CallSite, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { makePartial } from './partialObjects';

/** builtinName of a partialmethod object (the constructor is `functools.partialmethod`). */
export const PARTIAL_METHOD = 'functools.partialmethod.object';

export function isPartialMethod(o: PyObj | undefined): boolean {
  return !!o && o.kind === 'builtin' && o.builtinName === PARTIAL_METHOD && !!o.attrs;
}

/** partialmethod(func, *args, **keywords), arguments borrowed; undefined when not followed. */
export function makePartialMethod(b: Builtins, it: Interpreter, args: PyObj[], kwargs: [string, PyObj][], site: CallSite): PyObj | undefined {
  const func = args[0];
  if (!func || func.kind !== 'function') return undefined;
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const pm = h.alloc('builtin', 'functools.partialmethod', h.site(site.line, site.col, 'functools.partialmethod', 'partialmethod(…)'));
  pm.builtinName = PARTIAL_METHOD;
  pm.tracked = true;
  const rest = args.slice(1);
  const tuple = rest.length ? b.newSeq('tuple', rest.map((a) => h.incref(a)!), pos) : h.incref(b.emptyTuple)!;
  const kw = b.newDict(pos);
  for (const [k, v] of kwargs) b.dictSet(kw, b.newStr(k, pos), h.incref(v)!);
  pm.attrs = new Map([['func', h.incref(func)!], ['args', tuple], ['keywords', kw]]);
  for (const v of pm.attrs.values()) b.noteStore(pm, v);
  return pm;
}

/** pm.__get__(obj, type(obj)) for an instance `obj` (borrowed): the new partial (see the file comment). */
export function partialMethodGet(b: Builtins, it: Interpreter, pm: PyObj, obj: PyObj, site: CallSite): PyObj {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const func = pm.attrs!.get('func')!;
  const bound = b.boundMethodObject(h.incref(func)!, h.incref(obj)!, func.fn?.name ?? 'method', pos);
  const stored = pm.attrs!.get('args')!.items ?? [];
  const kw = [...(pm.attrs!.get('keywords')!.entries?.values() ?? [])].map((e): [string, PyObj] => [String(e.key.value), e.value]);
  const p = makePartial(b, it, [bound, ...stored], kw, site)!;
  h.decref(bound);
  // (result.__self__ = new_func.__self__: the partial's __dict__, made by the store)
  const d = b.newDict(pos);
  b.dictSet(d, b.newStr('__self__', pos), h.incref(obj)!);
  p.attrs!.set('__dict__', d);
  b.noteStore(p, d);
  return p;
}
