// Calls whose arguments do not fit the callee: CPython raises TypeError before the callee's code
// runs. A Python function's frame binds its parameters first (initialize_locals): too many
// positional arguments, a keyword no parameter has (or only a positional-only one), a keyword for
// a parameter a positional argument already filled, a required positional or keyword-only
// parameter left without a value.
// A class without its own `__init__` / `__new__` called with arguments fails in object.__new__
// ("Box() takes no arguments"). Nothing the call made outlives the error: the arguments are let
// go, an instance type.__call__ made is dropped.
import { attrDictPairs } from './attrDictIter';
import type { Builtins } from './builtins';
import type { CallSite } from './interpreter';
import type { PyObj } from './objects';

/**
 * Whether binding `nargs` positional arguments and the keywords `kwnames` to the Python function
 * `func` fails: true, false, or undefined when the model does not know its defaults for sure
 * (`__defaults__` / `__kwdefaults__` replaced by something of unknown content).
 */
export function bindFails(b: Builtins, func: PyObj, nargs: number, kwnames: string[]): boolean | undefined {
  const fn = func.fn;
  if (!fn) return undefined;
  const d = func.defaults;
  if (d && (d.kind !== 'tuple' || d.fuzzy)) return undefined;
  const kwd = func.kwdefaults;
  if (kwd && (kwd.kind !== 'dict' || kwd.fuzzy)) return undefined;
  const pos = fn.params.filter((p) => p.kind === 'pos');
  const hasVararg = fn.params.some((p) => p.kind === 'vararg');
  const hasKwarg = fn.params.some((p) => p.kind === 'kwarg');
  if (nargs > pos.length && !hasVararg) return true;
  const filled = new Set<string>(pos.slice(0, nargs).map((p) => p.name));
  for (const k of kwnames) {
    // (a keyword naming a positional-only parameter binds nothing: it goes to **kwargs if there is
    // one, else "got some positional-only arguments passed as keyword arguments")
    const p = fn.params.find((q) => q.name === k && ((q.kind === 'pos' && !q.posOnly) || q.kind === 'kwonly'));
    if (!p) { if (!hasKwarg) return true; continue; }
    // (a keyword naming a parameter a positional argument filled: "got multiple values")
    if (filled.has(k)) return true;
    filled.add(k);
  }
  const firstDefault = pos.length - (d?.items?.length ?? 0);
  for (let i = 0; i < pos.length; i++) if (i < firstDefault && !filled.has(pos[i].name)) return true;
  // (a keyword-only parameter takes its value from __kwdefaults__ or nowhere)
  return fn.params.some((p) => p.kind === 'kwonly' && !filled.has(p.name) && !(kwd && b.dictGetStr(kwd, p.name)));
}

/**
 * Whether the call at `site` handed `callee` exactly the arguments written there (no `*` / `**`):
 * then a mismatch is a definite TypeError. Called by C code (a sort key, map's function, an escaped
 * callable's run on arguments the model made up) it may not be.
 */
export function argsAsWrittenFor(b: Builtins, site: CallSite, callee: PyObj): boolean {
  const d = site.directCallee;
  if (!site.argsAsWritten || !d) return false;
  if (d === callee || d.methodFunc === callee) return true;
  // type.__call__ hands the class call's arguments to __init__ / __new__
  return d.kind === 'class' && (b.lookupClassAttr(d, '__init__') === callee || b.lookupClassAttr(d, '__new__') === callee);
}

/**
 * object.__new__'s excess-arguments check: a class of the program whose MRO defines neither
 * `__init__` nor `__new__` (only object's) takes no arguments. Undefined when the model does
 * not know the class in full (an unknown or library base, a metaclass of its own).
 */
export function takesNoArguments(cls: PyObj): boolean | undefined {
  if (cls.unknownBase || cls.foreignMeta || cls.fuzzy || cls.enumKind || cls.namedFields || cls.isException || cls.external) return undefined;
  const mro = cls.mroTuple?.items ?? [cls];
  if (!mro.every((c) => (c.classIR && !c.weakrefBase) || c.builtinName === 'object')) return undefined;
  if (mro.some((c) => c.dataclassFields)) return undefined;
  return !mro.some((c) => c.classIR && (c.attrs?.has('__init__') || c.attrs?.has('__new__')));
}

/**
 * A call's keywords as CPython gathers them into one dict when it has a `**` (compiler_call_helper):
 * the plain keywords before the first `**` make the dict, each `**` mapping and each later run of
 * plain keywords is merged into it (DICT_MERGE), and a key already there is a TypeError in the
 * caller, whatever the callee is ("f() got multiple values for keyword argument 'a'", also for
 * `dict(**d1, **d2)`). Settled only while every mapping merged is an exact dict of known str keys;
 * past one the model cannot read, a later key may collide: a possible raise.
 */
export class KeywordMerge {
  private readonly names = new Set<string>();
  private run: string[] = [];
  private merging = false;
  private unread = false;

  /** A plain keyword `name=value`: into the first dict, or into the run merged at the next `**` / the end. */
  plain(name: string): void {
    if (this.merging) this.run.push(name);
    else this.names.add(name);
  }

  /** The run of plain keywords since the last `**` is merged (before the next `**` is evaluated, or at the end). */
  closeRun(): 'raises' | 'may' | undefined {
    const run = this.run;
    this.run = [];
    return run.length ? this.merge(run) : undefined;
  }

  /** A `**` mapping `src` is merged (its keys read only when it is an exact dict of known str keys). */
  mapping(b: Builtins, src: PyObj): 'raises' | 'may' | undefined {
    this.merging = true;
    return this.merge(knownStrKeys(b, src));
  }

  private merge(keys: string[] | undefined): 'raises' | 'may' | undefined {
    if (!keys) {
      const before = this.names.size > 0 || this.unread;
      this.unread = true;
      return before ? 'may' : undefined;
    }
    const verdict = this.unread && keys.length ? 'may' : undefined;
    for (const k of keys) {
      if (this.names.has(k)) return this.unread ? 'may' : 'raises';
      this.names.add(k);
    }
    return verdict;
  }
}

/** The keys of an exact dict of known content, when all are strs of known text. */
function knownStrKeys(b: Builtins, src: PyObj): string[] | undefined {
  // (an instance's __dict__: its attribute names, attrDictIter.ts)
  const pairs = attrDictPairs(b, src, { line: 0, col: 0 });
  if (pairs) return pairs.map(([name]) => name);
  if (src.kind !== 'dict' || src.cls || src.fuzzy || !src.entries) return undefined;
  const out: string[] = [];
  for (const e of src.entries.values()) {
    if (e.key.kind !== 'str' || e.key.cls || typeof e.key.value !== 'string' || b.keyUnknown(e.key)) return undefined;
    out.push(e.key.value);
  }
  return out;
}
