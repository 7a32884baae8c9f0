// `Cls.__abstractmethods__` of a class ABCMeta made: _abc_init stores a frozenset of the abstract
// names in the class's dict when the class is made (3.11-3.13). The model keeps the names
// (`abstractNames`, taken then: later changes to the class do not update it, as in CPython) and
// builds the frozenset on the first read, into the class's attributes, where it stays.
// (A class ABCMeta made in garbage is an open collection anyway: collector.ts.)
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/** The class's `__abstractmethods__` frozenset (a new reference), made once. */
export function abstractMethodsSet(b: Builtins, cls: PyObj, pos: Pos): PyObj {
  const h = b.it.heap;
  const have = cls.attrs?.get('__abstractmethods__');
  if (have) return h.incref(have)!;
  // (the names are the interned identifiers of the class bodies)
  const s = b.newSet((cls.abstractNames ?? []).map((n) => b.newStrImmortal(n)), pos, 'frozenset');
  cls.attrs!.set('__abstractmethods__', s);
  b.noteStore(cls, s);
  if (cls.dictObj) cls.dictObj.tracked = true;
  return h.incref(s)!;
}
