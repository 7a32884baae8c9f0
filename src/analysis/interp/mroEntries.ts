// __build_class__'s update_bases (Python/bltinmodule.c, the same in 3.11-3.13) for bases that are
// instances of the program's classes with their own `__mro_entries__`: the bases as written are
// made a tuple first (orig_bases); each base that is not a class and has the method (found by
// attribute lookup: a bound method, holding the base while it runs) is called with that tuple, and
// the tuple it returns replaces the base (another type: TypeError). After the body ran, the
// namespace gets `__orig_bases__`, that very tuple, which the class dict then keeps.
// (typing's aliases, `Generic[T]`, are libraryBases.ts / finishClass's: their hook runs no code.)
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { exactBuiltin, typeError } from './typeErrors';
import type { Pos } from '../ir/irTypes';

/** The class's own Python __mro_entries__ of a base that is an instance (not shadowed by its own dict). */
function ownHook(it: Interpreter, base: PyObj): PyObj | undefined {
  return base.attrs?.has('__mro_entries__') ? undefined : it.instanceDunder(base, '__mro_entries__');
}

/**
 * Runs update_bases on `bases` (owned references, replaced in place by the new bases, owned):
 * the orig_bases tuple (owned) when a base's hook ran, undefined when none has one. When a hook
 * raises, `bases` is emptied and everything let go before the error goes on.
 */
export function* updateBases(it: Interpreter, bases: PyObj[], frame: Frame, s: Pos): G<PyObj | undefined> {
  const hooks = bases.map((x) => ownHook(it, x));
  if (!hooks.some((m) => m)) return undefined;
  const h = it.heap;
  const b = it.b;
  const site: CallSite = { line: s.line, col: s.col, key: `${s.line}:${s.col}:mro_entries`, fromC: true };
  const orig = b.newSeq('tuple', bases.splice(0), s);
  try {
    for (let i = 0; i < orig.items!.length; i++) {
      const x = orig.items![i];
      const m = hooks[i];
      if (!m) { bases.push(h.incref(x)!); continue; }
      const bound = b.boundMethodObject(h.incref(m)!, h.incref(x)!, '__mro_entries__', s);
      let r: PyObj;
      try {
        r = yield* it.callObject(bound, [h.incref(orig)!], [], frame, site);
      } finally {
        h.decref(bound);
      }
      if (r.kind === 'tuple' && !r.fuzzy) {
        for (const y of r.items ?? []) bases.push(h.incref(y)!);
        h.decref(r);
        continue;
      }
      if (exactBuiltin(r)) {
        h.decref(r);
        throw it.raiseObj(typeError(b, '__mro_entries__ must return a tuple', s), frame, true);
      }
      // (an answer the model cannot read: one base it does not know, or a TypeError)
      it.noteMayRaise();
      h.escape(r);
      bases.push(r);
    }
  } catch (err) {
    for (const x of bases) h.decref(x);
    bases.length = 0;
    h.decref(orig);
    throw err;
  }
  return orig;
}
