// operator.attrgetter / operator.itemgetter: the usual key functions of
// sorted / min / max / groupby. A getter is a small GC object holding its
// arguments (the attribute names or the items); calling it fetches them from
// its argument as `getattr` / `obj[item]` would (dotted names attribute by
// attribute), one value or, for several arguments, a new tuple.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';

/** `operator.attrgetter(*names)` / `operator.itemgetter(*items)`: undefined when the names are not known strings. */
export function makeGetter(b: Builtins, it: Interpreter, kind: 'attrgetter' | 'itemgetter', args: PyObj[], site: CallSite): PyObj | undefined {
  if (!args.length || (kind === 'attrgetter' && !args.every((a) => a.kind === 'str' && a.value !== undefined))) return undefined;
  const h = it.heap;
  const g = h.alloc('builtin', `operator.${kind}`, h.site(site.line, site.col, `operator.${kind}`, `${kind}(…)`));
  g.builtinName = `operator.${kind}()`;
  g.items = args.map((a) => h.incref(a)!);
  g.tracked = true;
  return g;
}

/** Calls a getter made by makeGetter on `obj` (borrowed); the result is owned. */
export function* callGetter(b: Builtins, it: Interpreter, getter: PyObj, obj: PyObj, frame: Frame, site: CallSite): G<PyObj> {
  const parts = getter.items ?? [];
  const one = function* (p: PyObj): G<PyObj> {
    if (getter.builtinName === 'operator.itemgetter()') return yield* b.getItem(obj, p, frame);
    let cur = it.heap.incref(obj)!;
    for (const name of String(p.value).split('.')) {
      try {
        const next = yield* b.getAttr(cur, name, frame, site);
        it.heap.decref(cur);
        cur = next;
      } catch (err) {
        it.heap.decref(cur);
        throw err;
      }
    }
    return cur;
  };
  if (parts.length === 1) return yield* one(parts[0]);
  const out: PyObj[] = [];
  try {
    for (const p of parts) out.push(yield* one(p));
  } catch (err) {
    for (const o of out) it.heap.decref(o);
    throw err;
  }
  return b.newSeq('tuple', out, site);
}

/** The builtinName of an operator.methodcaller object. */
export const METHODCALLER = 'operator.methodcaller()';

/** `operator.methodcaller(name, *args)`: holds the (interned) name and a tuple of the arguments; undefined when not followed. */
export function makeMethodcaller(b: Builtins, it: Interpreter, args: PyObj[], kwargs: [string, PyObj][], site: CallSite): PyObj | undefined {
  if (kwargs.length || args[0]?.kind !== 'str' || typeof args[0].value !== 'string') return undefined;
  const h = it.heap;
  const mc = h.alloc('builtin', 'operator.methodcaller', h.site(site.line, site.col, 'operator.methodcaller', 'methodcaller(…)'));
  mc.builtinName = METHODCALLER;
  const rest = args.slice(1);
  mc.items = [b.newStrImmortal(args[0].value), rest.length ? b.newSeq('tuple', rest.map((a) => h.incref(a)!), site) : h.incref(b.emptyTuple)!];
  mc.tracked = true;
  return mc;
}

/**
 * mc(obj), obj borrowed. Up to 3.12 methodcaller has no vectorcall: the call goes through tp_call
 * (an argument tuple holding obj) and methodcaller_call calls a bound method (holding obj too) with
 * its stored tuple. 3.13's vectorcall calls the method as LOAD_METHOD would: only the callee's frame
 * adds a reference. A call from C (a sort key) has no caller's stack reference (CallSite.fromC).
 */
export function* callMethodcaller(b: Builtins, it: Interpreter, mc: PyObj, obj: PyObj, frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const [name, argsTuple] = mc.items!;
  const extra = (it.vm.methodcallerVectorcall ? 0 : 1) - (site.fromC ? 1 : 0);
  for (let i = 0; i < extra; i++) h.incref(obj);
  for (let i = 0; i > extra; i--) h.decref(obj);
  try {
    const pass = (argsTuple.items ?? []).map((a) => h.incref(a)!);
    if (it.vm.methodcallerVectorcall) {
      const m = yield* b.loadMethod(obj, String(name.value), frame, site);
      try {
        return yield* it.callObject(m.func, m.self ? [m.self, ...pass] : pass, [], frame, site);
      } finally {
        h.decref(m.func);
      }
    }
    const bound = yield* b.getAttr(obj, String(name.value), frame, site);
    try {
      return yield* it.callObject(bound, pass, [], frame, site);
    } finally {
      h.decref(bound);
    }
  } finally {
    for (let i = 0; i < extra; i++) h.decref(obj);
    for (let i = 0; i > extra; i--) h.incref(obj);
  }
}
