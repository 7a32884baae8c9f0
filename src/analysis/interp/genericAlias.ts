// `Cls[T]` of a class deriving from typing.Generic: the typing._GenericAlias typing's cache keeps
// (one per class and arguments), calling it (a new instance with `__orig_class__` set to the
// alias) and using it as a base (its __mro_entries__ gives the class).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G } from './interpreter';
import { LIMITS } from './limits';
import type { PyObj } from './objects';

const GENERIC_ALIAS = 'typing._GenericAlias';

/** An alias `Cls[...]` made by subscriptGenericClass. */
export function isGenericClassAlias(o: PyObj): boolean {
  return o.kind === 'unknown' && o.moduleName === GENERIC_ALIAS && !!o.attrs?.get('__origin__');
}

/** The class an alias stands for (its `__origin__`). */
export function aliasOrigin(o: PyObj): PyObj | undefined {
  return isGenericClassAlias(o) ? o.attrs!.get('__origin__') : undefined;
}

/**
 * The arguments' cache key, when the model can tell equal keys apart: classes only (compared by
 * identity). Other arguments (TypeVars, strings) may equal objects the model holds as others.
 */
function cacheKey(idx: PyObj): string | undefined {
  const items = idx.kind === 'tuple' && !idx.cls ? idx.items ?? [] : [idx];
  if (!items.length || items.length > LIMITS.MAX_GENERIC_ALIAS_ARGS || idx.fuzzy || !items.every((a) => a.kind === 'class' && !a.fuzzy && !a.foreignMeta)) return undefined;
  return items.map((a) => a.id).join(',');
}

/**
 * `Cls[args]` (Generic.__class_getitem__ → typing._generic_class_getitem, an lru_cache of 128
 * entries): a new alias holding the class as `__origin__` and the arguments (which escape), kept
 * by the cache (a reference the model does not build: hiddenHolders); the same arguments again
 * give the same alias. Past the model's bound of cached aliases, or with arguments the model
 * cannot key, the cache may evict or share it: its count is open.
 */
export function subscriptGenericClass(bi: Builtins, cls: PyObj, idx: PyObj, line: number): PyObj {
  const h = bi.it.heap;
  const key = cacheKey(idx);
  const cache = (cls.genericAliases ??= new Map());
  const cached = key !== undefined ? cache.get(key) : undefined;
  if (cached) return h.incref(cached)!;
  h.escape(idx);
  const alias = h.alloc('unknown', GENERIC_ALIAS, h.site(line, 0, GENERIC_ALIAS, `${cls.classIR?.name ?? 'class'}[…]`));
  alias.moduleName = GENERIC_ALIAS;
  alias.tracked = true;
  alias.attrs = new Map([['__origin__', h.incref(cls)!]]);
  // (the cache's own reference)
  alias.rc += 1;
  alias.hiddenHolders = 1;
  alias.hiddenWhy = "typing's alias cache (_generic_class_getitem's lru_cache)";
  bi.genericAliasCount += 1;
  if (key === undefined || bi.genericAliasCount > LIMITS.MAX_GENERIC_ALIASES) h.escape(alias);
  else cache.set(key, alias);
  return alias;
}

/**
 * `alias(*args)`: _BaseGenericAlias.__call__ calls the class with its `*args` tuple (one more
 * reference to each argument while __init__ runs than a direct call, whose type.__call__ makes
 * such a tuple from the stack), then `result.__orig_class__ = self`, an
 * AttributeError (an instance without __dict__) ignored. Keyword calls hold more (a kwargs dict
 * and its unpacked copy): their arguments are open then.
 */
export function* callGenericAlias(bi: Builtins, alias: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
  const h = bi.it.heap;
  const cls = aliasOrigin(alias)!;
  if (kwargs.length) for (const a of [...args, ...kwargs.map(([, v]) => v)]) h.escape(a);
  // (the call's own references, passed on, are the `*args` tuple's: the caller's stay on its stack)
  const result = yield* bi.it.callObject(cls, args.map((a) => h.incref(a)!), kwargs.map(([k, v]) => [k, h.incref(v)!]), frame, site);
  const plainStore = result.kind === 'instance' && !result.fuzzy && !bi.lookupClassAttr(result.cls, '__setattr__') && !bi.lookupClassAttr(result.cls, '__orig_class__');
  if (plainStore && result.attrs) yield* bi.setAttr(result, '__orig_class__', h.incref(alias)!, frame);
  else if (!(plainStore && !result.slots?.has('__orig_class__') && !result.cls?.hasInstanceDict)) {
    // A class's own __setattr__ or descriptor, or an object the model does not know, may keep it.
    h.escape(alias);
    h.escape(result);
  }
  return result;
}
