// Whether a class call `Cls(args)` runs as 3.13's CALL_ALLOC_AND_ENTER_INIT, which moves the
// caller's argument references into __init__'s frame (no argument tuple, no extra stack
// references while __init__ runs). Python/specialize.c specialize_class_call and
// get_init_for_simple_managed_python_class decide it once a call site has run (the first run is
// the adaptive one): type(Cls) is `type` itself (no metaclass: ABCMeta, typing's _ProtocolMeta,
// EnumType and any program metaclass leave the site generic), tp_new is object's (no __new__,
// no builtin base such as list / dict / Exception / tuple), the layout keeps inline values (a
// __dict__ and no slot members anywhere in the MRO; `__slots__ = ("__dict__", "__weakref__")`
// or `()` over a plain base keep them), __init__ is a Python function with only positional
// parameters (no *args / **kwargs / keyword-only: function_kind's SIMPLE_FUNCTION) and the call
// passes exactly that many (co_argcount == nargs + 1: a defaulted parameter left out, or a
// keyword, is never specialised). Measured on 3.13.0 with a probe inside __init__ in loops of three
// calls per class: each rule above flips the second call's count by 2 per argument.
import type { Builtins } from './builtins';
import type { CallSite } from './interpreter';
import type { PyObj } from './objects';

/** How many parameters a Python `__init__` takes when they are all plain positional ones (else undefined). */
export function simplePositionalCount(init: PyObj): number | undefined {
  const params = init.kind === 'function' ? init.fn?.params : undefined;
  if (!params || init.fn!.isGenerator || init.fn!.isAsync) return undefined;
  return params.every((p) => p.kind === 'pos') ? params.length : undefined;
}

/**
 * Whether this run of a class call site is specialised (and notes the site as run). `positional`:
 * the parameter count of __init__ when simple (simplePositionalCount, or a dataclass's generated one).
 */
export function classCallSpecialised(b: Builtins, cls: PyObj, positional: number | undefined, nargs: number, nkw: number, site: CallSite): boolean {
  const warm = b.it.warmCallSites.has(site.key);
  b.it.warmCallSites.add(site.key);
  if (!b.it.vm.initCallSpecialises || !warm || site.fromC || nkw > 0 || positional !== nargs + 1) return false;
  // (type(Cls) is type; tp_new is object_new)
  if (cls.foreignMeta || cls.isAbc || cls.protocolClass || cls.enumKind || cls.typedDict || cls.isException || cls.namedFields || b.builtinBaseOf(cls)) return false;
  // (Py_TPFLAGS_INLINE_VALUES: tp_basicsize is a bare object's and the instances have a managed dict)
  if (b.hasSlotMembers(cls)) return false;
  const own = (cls.mroTuple?.items ?? [cls]).filter((c) => c.classIR);
  return own.some((c) => !c.slotNames || c.slotNames.includes('__dict__'));
}
