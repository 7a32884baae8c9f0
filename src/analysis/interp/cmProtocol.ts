// Whether an object's type has the context manager methods, as the two places that ask for them see
// it (3.11-3.13):
// - BEFORE_WITH / BEFORE_ASYNC_WITH look `__enter__` up first, then `__exit__`, on the type
//   (_PyObject_LookupSpecial: no instance attribute, no __getattr__); a name the type lacks is a
//   TypeError ("does not support the context manager protocol"), never an AttributeError, and
//   the manager is dropped with it.
// - ExitStack.enter_context reads `cls.__enter__`, then `cls.__exit__`; the AttributeError of a
//   missing one becomes `raise TypeError(...) from None` in the same frame: the TypeError's
//   __context__ is that AttributeError (its `obj` the class, its traceback the same frame).
import type { Builtins } from './builtins';
import { builtinTypeHas, exactTypeRow } from './builtinTypeAttrs';
import { knownClass } from './operators';
import type { PyObj } from './objects';

/**
 * True when the model knows `mgr`'s type lacks `name`: an instance of a class of the program whose
 * bases the model all knows, or a value of an exact builtin type; false when it has it or when
 * that is not known (an unknown base, a value of unknown type: the lookup decides as before).
 */
export function typeLacks(b: Builtins, mgr: PyObj, name: string): boolean {
  if (mgr.kind === 'instance') {
    const cls = mgr.cls;
    // (a class unknown code reached may have been given the method since)
    return !!cls && !cls.fuzzy && knownClass(cls) && !(cls.mroTuple?.items ?? [cls]).some((c) => c.reachedByUnknown || c.fuzzy) && !b.lookupClassAttr(cls, name);
  }
  const row = exactTypeRow(mgr);
  return !!row && builtinTypeHas(row, name, b.it.vm.typeNamesMinor) === false;
}

/** The first of the protocol's two names (enter first, as CPython asks) that `mgr`'s type lacks. */
export function missingCmMethod(b: Builtins, mgr: PyObj, isAsync: boolean): string | undefined {
  const names = isAsync ? ['__aenter__', '__aexit__'] : ['__enter__', '__exit__'];
  return names.find((n) => typeLacks(b, mgr, n));
}
