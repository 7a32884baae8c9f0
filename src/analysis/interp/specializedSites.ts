// Which runs of an instruction the 3.12+ specializing interpreter runs specialized: an adaptive
// instruction runs generic the first time (its warm-up counter), then specializes for what it sees
// and runs so while that stays the same. The model notes, per run of the analysis and per code
// object, which instruction sites ran before, and which ever saw something the specialization does
// not take (then it is left generic: a deoptimised counter's backoff is not modelled).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { PyObj } from './objects';

/**
 * Per run (the IR of unchanged statements is reused across edits), the instructions of each code
 * object that ran before (3.12+'s specialization, versions.ts): a STORE_SUBSCR into an exact dict
 * by line, a subscript reaching a Python __getitem__ by position.
 */
const ranSites = new WeakMap<object, WeakMap<object, Set<string>>>();

/** The instructions of the running code object that ran before in this run. */
function ranSitesOf(bi: Builtins, frame: Frame): Set<string> {
  let run = ranSites.get(bi.it);
  if (!run) ranSites.set(bi.it, (run = new WeakMap()));
  let sites = run.get(frame.code);
  if (!sites) run.set(frame.code, (sites = new Set()));
  return sites;
}

/** Whether the instruction `site` of the running code object runs for the first time in this run (and note that it ran). */
export function firstRunOf(bi: Builtins, frame: Frame, site: string): boolean {
  const sites = ranSitesOf(bi, frame);
  if (sites.has(site)) return false;
  sites.add(site);
  return true;
}

/**
 * Whether the instruction `site` runs specialized now (and note this run): it ran before, and every
 * run of it was `eligible` (what the specialization takes).
 */
export function specializedRun(bi: Builtins, frame: Frame, site: string, eligible: boolean): boolean {
  const sites = ranSitesOf(bi, frame);
  const ran = sites.has(site);
  sites.add(site);
  if (!eligible) { sites.add(`${site}:other`); return false; }
  return ran && !sites.has(`${site}:other`);
}

/** A plain Python function of `argc` positional parameters (specialize.c's SIMPLE_FUNCTION with that co_argcount). */
function simpleFunction(m: PyObj | undefined, argc: number): boolean {
  const fn = m?.kind === 'function' ? m.fn : undefined;
  return !!fn && !fn.isGenerator && !fn.isAsync && fn.params.length === argc && fn.params.every((p) => p.kind === 'pos');
}

/**
 * The __getitem__ a subscript expression `obj[i]` (at line:col) calls with the stack's own
 * references when specialized (3.12+ BINARY_SUBSCR_GETITEM, from the instruction's second run):
 * _Py_Specialize_BinarySubscr takes a heap type's __getitem__ that is a plain function (no *args,
 * **kwargs or keyword-only parameters, co_argcount 2) and the new frame's `self` and index are the
 * references the stack held. Measured (3.12, 3.13): `self` inside __getitem__ at 4 on the first run,
 * 3 on the second (3.11: 4, 4). Undefined when the generic path runs (then getItem calls it). A site
 * that saw another kind of container is left generic (its deoptimised counter is not modelled).
 */
export function specializedGetitem(bi: Builtins, obj: PyObj, frame: Frame, line: number, col: number): PyObj | undefined {
  if (!bi.it.vm.subscrGetitemSpecialized) return undefined;
  const m = obj.kind === 'instance' && !obj.weakContainer && !obj.fuzzy ? bi.lookupClassAttr(obj.cls, '__getitem__') : undefined;
  return specializedRun(bi, frame, `get:${line}:${col}`, simpleFunction(m, 2)) ? m : undefined;
}

/**
 * The property getter an attribute load `obj.name` (at line:col, not a method call) calls with the
 * stack's own reference to obj when specialized (3.12+ LOAD_ATTR_PROPERTY, from the instruction's
 * second run): an exact property of the instance's class whose fget is a plain function of one
 * parameter, the class using the generic getattr (no __getattr__ / __getattribute__ of its own).
 * Measured (3.12, 3.13): `self` in the getter 4 on the first run, 3 after (3.11: 4 every time).
 */
export function specializedPropertyGetter(bi: Builtins, obj: PyObj, name: string, frame: Frame, line: number, col: number): PyObj | undefined {
  if (!bi.it.vm.loadAttrPropertySpecialized) return undefined;
  const cls = obj.kind === 'instance' && !obj.fuzzy ? obj.cls : undefined;
  const prop = cls && !cls.fuzzy && !bi.lookupClassAttr(cls, '__getattr__') && !bi.lookupClassAttr(cls, '__getattribute__') ? bi.lookupClassAttr(cls, name) : undefined;
  const getter = prop?.kind === 'property' ? prop.wrapped?.[0] : undefined;
  return specializedRun(bi, frame, `attr:${line}:${col}`, simpleFunction(getter, 1)) ? getter : undefined;
}
