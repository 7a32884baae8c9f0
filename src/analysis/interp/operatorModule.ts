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
