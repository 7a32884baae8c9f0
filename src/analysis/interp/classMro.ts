// `Cls.mro()` / `type.mro(Cls)`: type's mro method computes the C3 linearisation again and
// returns it as a new list, holding a strong reference to each class of it (Cls itself first).
// A class of the program keeps that order in its `__mro__` tuple, so the list is a copy of it;
// of a class whose bases the model does not know (a library base, one made under a condition of
// unknown direction), or a builtin class, the call is not followed (its classes escape into it).
import type { BuiltinCall } from './builtinCalls';
import type { PyObj } from './objects';

export function typeMroImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, unknownCall } = call;
  const cls = args[0];
  const items = cls?.kind === 'class' ? cls.mroTuple?.items : undefined;
  if (args.length !== 1 || kwargs.length || !cls || cls.external || cls.fuzzy || cls.unknownBase || !items || cls.mroTuple!.fuzzy) {
    for (const c of items ?? []) h.escape(c);
    return unknownCall();
  }
  return b.newSeq('list', items.map((c) => h.incref(c)!), call.pos);
}
