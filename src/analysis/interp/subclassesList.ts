// `Cls.__subclasses__()` / `type.__subclasses__(Cls)`: type___subclasses___impl walks the
// class's tp_subclasses (weak references keyed by address, in the order the subclasses were
// made) and returns a new list holding a strong reference to each live direct subclass.
//
// The model knows every class the program made and their bases, so for a class of the program
// the list is exact. It is not when code the model does not follow may have made subclasses
// (the class reached such code), or when a subclass was made under a condition of unknown direction
// (it may not exist), nor for a builtin class, whose subclasses include the interpreter's own:
// then the result is unknown, and the direct subclasses the model knows escape into it (the list
// may hold each of them, and what reads the list may change them). A class with a base the model
// dropped (a library class) is not one of cls's unless cls reached code the model does not follow.
import type { BuiltinCall } from './builtinCalls';
import type { PyObj } from './objects';

export function typeSubclassesImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, unknownCall } = call;
  const cls = args[0];
  if (args.length !== 1 || kwargs.length || cls?.kind !== 'class') return unknownCall();
  const subs: PyObj[] = [];
  let unsure = !!cls.external || !cls.classIR || !!cls.reachedByUnknown;
  for (const o of h.live) {
    if (o.kind !== 'class' || o === cls || !o.bases?.includes(cls)) continue;
    subs.push(o);
    if (o.fuzzy) unsure = true;
  }
  if (unsure) {
    for (const s of subs) h.escape(s);
    return unknownCall();
  }
  return b.newSeq('list', subs.map((s) => h.incref(s)!), call.pos);
}
