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
// calls per class: each rule above flips the second call's count by 2 per argument. A site
// specialises for one class: others calling through it run generic (classCallSpecialised).
import type { Builtins } from './builtins';
import type { CallSite } from './interpreter';
import type { PyObj } from './objects';

/** How many parameters a Python `__init__` takes when they are all plain positional ones (else undefined). */
export function simplePositionalCount(init: PyObj): number | undefined {
  const params = init.kind === 'function' ? init.fn?.params : undefined;
  if (!params || init.fn!.isGenerator || init.fn!.isAsync) return undefined;
  return params.every((p) => p.kind === 'pos') ? params.length : undefined;
}

/** A class call site's adaptive state: its _PyCallCache counter and what the instruction became. */
export interface ClassCallSite {
  /** The backoff counter's value: the site tries to specialise when it reaches 0. */
  counter: number;
  /** The counter's backoff exponent (restart_backoff_counter). */
  backoff: number;
  /** CALL_ALLOC_AND_ENTER_INIT for this class, or CALL_NON_PY_GENERAL for good ('generic'), or still CALL. */
  spec?: PyObj | 'generic';
  /** The class's version (typeVersion) when the site specialised for it. */
  version?: number;
}

/**
 * A store into or deletion from a class's namespace (type_setattro: PyType_Modified), which gives
 * it and its subclasses new version tags: a site specialised for them misses from then on.
 * Measured (3.13.0): with `Counted.total += 1` in __init__, `Counted(x)` in a loop runs specialised
 * on its second run only; `self.log.append(...)` on a class list changes nothing.
 */
export function noteTypeModified(b: Builtins, cls: PyObj): void {
  b.it.typeEdits.set(cls, (b.it.typeEdits.get(cls) ?? 0) + 1);
}

/** Changes whenever the class or a class of its MRO was modified (a base's change reaches its subclasses). */
function typeVersion(b: Builtins, cls: PyObj): number {
  return (cls.mroTuple?.items ?? [cls]).reduce((n, c) => n + (b.it.typeEdits.get(c) ?? 0), 0);
}

/** What specialize_class_call makes of a call of `cls` with `nargs` positional arguments. */
function specialiseAs(b: Builtins, cls: PyObj, positional: number | undefined, nargs: number): 'init' | 'generic' | 'fail' {
  // (type(Cls) is not type: generic; tp_new is not object_new: generic)
  if (cls.foreignMeta || cls.isAbc || cls.protocolClass || cls.enumKind || cls.typedDict || cls.isException || cls.namedFields || b.builtinBaseOf(cls)) return 'generic';
  // (get_init_for_simple_managed_python_class: Py_TPFLAGS_INLINE_VALUES, tp_basicsize a bare
  // object's with a managed dict; a Python __init__ of SIMPLE_FUNCTION kind; else generic)
  if (b.hasSlotMembers(cls) || positional === undefined) return 'generic';
  const own = (cls.mroTuple?.items ?? [cls]).filter((c) => c.classIR);
  if (!own.some((c) => !c.slotNames || c.slotNames.includes('__dict__'))) return 'generic';
  // (SPEC_FAIL_WRONG_NUMBER_ARGUMENTS: the site backs off and tries again later)
  return positional === nargs + 1 ? 'init' : 'fail';
}

/**
 * Whether this run of a class call site is specialised, advancing the site's adaptive state as
 * 3.13's CALL does (Python/bytecodes.c _SPECIALIZE_CALL, Include/internal/pycore_backoff.h): the
 * counter starts at 1 (warm-up: the first run is generic, the second specialises), a success
 * sets it to 52 (cooldown), a failure restarts it at 2^backoff - 1 with the backoff one higher.
 * Measured: `for cls in (P, Opt, P, P, P)` with Opt(x) leaving a default out runs the last P specialised.
 * A specialised site runs specialised while it sees the same class; another class misses (the
 * generic CALL runs and counts down towards a new try). `positional`: the parameter count of
 * __init__ when simple (simplePositionalCount, or a dataclass's generated one), else undefined.
 * Measured on 3.13.0: `for cls in (A, B, A, B, A): cls(x)` runs A generic every time, B
 * specialised; a class made anew in each round of a loop misses at its site.
 */
export function classCallSpecialised(b: Builtins, cls: PyObj, positional: number | undefined, nargs: number, nkw: number, site: CallSite): boolean {
  // (CALL_KW is not specialised on 3.13; nor is CALL_FUNCTION_EX, `Cls(*args)`, measured; a C
  // caller is no instruction)
  if (!b.it.vm.initCallSpecialises || site.fromC || site.exCallee || nkw > 0) return false;
  let st = b.it.classCallSites.get(site.key);
  if (!st) b.it.classCallSites.set(site.key, st = { counter: 1, backoff: 1 });
  if (st.spec === 'generic') return false;
  if (st.spec === cls && st.version === typeVersion(b, cls)) return true;
  if (st.counter > 0) {
    st.counter--;
    return false;
  }
  const kind = specialiseAs(b, cls, positional, nargs);
  if (kind === 'init') {
    st.spec = cls;
    st.version = typeVersion(b, cls);
    st.counter = 52;
    st.backoff = 0;
    return true;
  }
  if (kind === 'generic') {
    st.spec = 'generic';
    return false;
  }
  // (the failed try re-dispatches CALL, which already counts this run down once: measured, the
  // third run after a failure tries again)
  st.spec = undefined;
  st.backoff = Math.min(st.backoff + 1, 12);
  st.counter = (1 << st.backoff) - 2;
  return false;
}
