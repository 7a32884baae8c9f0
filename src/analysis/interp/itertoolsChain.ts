// itertools.chain and chain.from_iterable (Modules/itertoolsmodule.c).
//
// A chain object holds `source`, an iterator over its iterables (for
// chain(*its), an iterator over the argument tuple, which that iterator
// holds), and `active`, an iterator over the iterable being read, made when
// it is needed and dropped when it runs out. While the loop reads `a` in
// `chain(a, b)`, `a` has one reference from the argument tuple and one from
// the active iterator; `b` only the tuple's. When the source runs out it is
// dropped too.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';

export const CHAIN = 'chain';

/** chain(*iterables) (`args` borrowed), or chain.from_iterable(iterable) when `fromIterable`. */
export function* makeChain(b: Builtins, args: PyObj[], fromIterable: boolean, frame: Frame, pos: { line: number; col: number }): G<PyObj> {
  const h = b.it.heap;
  let source: PyObj;
  if (fromIterable) source = yield* b.getIter(args[0], frame);
  else {
    const t = args.length ? b.newSeq('tuple', args.map((a) => h.incref(a)!), pos) : h.incref(b.emptyTuple)!;
    source = yield* b.getIter(t, frame);
    h.decref(t);
  }
  const c = h.alloc('iterator', 'itertools.chain', h.site(pos.line, pos.col, 'itertools.chain', 'chain(…)'));
  c.iterKind = CHAIN;
  c.iterIndex = 0;
  c.tracked = true;
  c.iterSource = source;
  c.iterSources = [];
  return c;
}

/** The next item of a chain (a new reference), or undefined at its end. */
export function* chainNext(b: Builtins, c: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = b.it.heap;
  for (;;) {
    let active = c.iterSources?.[0];
    if (!active) {
      const source = c.iterSource;
      if (!source) return undefined;
      const iterable = yield* b.iterNext(source, frame);
      if (iterable === undefined) {
        c.iterSource = undefined;
        h.decref(source);
        return undefined;
      }
      active = yield* b.getIter(iterable, frame);
      h.decref(iterable);
      c.iterSources = [active];
    }
    const item = yield* b.iterNext(active, frame);
    if (item !== undefined) return item;
    c.iterSources = [];
    h.decref(active);
  }
}
