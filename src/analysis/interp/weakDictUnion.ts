// The `|` and `|=` operators of WeakValueDictionary and WeakKeyDictionary
// (weakref.py, 3.9+; the same in 3.11-3.13):
//
// - `w | other`: when other is a Mapping, c = self.copy(); c.update(other).
// - `other | w` (dict.__or__ declines a non-dict, so w.__ror__): when other is a
//   Mapping, c = self.__class__(); c.update(other); c.update(self).
// - `w |= other`: self.update(other); self is the result.
//
// Followed only when the other operand is an exact dict or another weak
// dictionary the model knows entry by entry (nothing of the program runs); the
// entries then go in as update() stores them (weakContainers.ts weakUpdate).
// Undefined otherwise: the caller's generic path.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { newWeakContainer, weakCopy, WeakContainerType, weakUpdate } from './weakContainers';

type Pos = { line: number; col: number };

function weakDict(o: PyObj): boolean {
  return o.kind === 'instance' && !!o.weakContainer && o.type !== 'WeakSet' && !o.fuzzy;
}

/** A mapping whose entries the model reads without running code. */
function knownMapping(o: PyObj): boolean {
  return weakDict(o) || (o.kind === 'dict' && o.type === 'dict' && !o.cls && !o.fuzzy && !!o.entries && !o.instanceDict);
}

/** `l | r` / `l |= r` with a weak dictionary on either side: the result (owned), or undefined. */
export function* weakDictBinop(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, inplace: boolean, pos: Pos): G<PyObj | undefined> {
  if (op !== '|' || !knownMapping(l) || !knownMapping(r)) return undefined;
  if (weakDict(l)) {
    if (inplace) {
      yield* weakUpdate(bi, l, r, [], frame, pos);
      return bi.it.heap.incref(l)!;
    }
    const c = weakCopy(bi, l, pos);
    yield* weakUpdate(bi, c, r, [], frame, pos);
    return c;
  }
  // (a dict on the left: dict_or returns NotImplemented for a non-dict, so r.__ror__ runs; `d |= w` is
  // dict's own in-place update, not this)
  if (inplace || !weakDict(r)) return undefined;
  const c = newWeakContainer(bi, r.type as WeakContainerType, pos);
  yield* weakUpdate(bi, c, l, [], frame, pos);
  yield* weakUpdate(bi, c, r, [], frame, pos);
  return c;
}
