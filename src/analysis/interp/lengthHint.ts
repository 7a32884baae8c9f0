// PyObject_LengthHint (Objects/abstract.c, the same in 3.11-3.13): list_extend (list(x),
// list.extend, `[*x]`, `f(*x)` through a list, sorted, str.join) and PySequence_Tuple (tuple(x),
// `f(*x)`), bytes(x) and bytearray.extend (bytesObjects.ts contentFrom) ask the iterable for its
// length after iter(x), to size their buffer. A class's own
// `__len__` runs then (its side effects and what it allocates count); a TypeError from it is
// cleared and `__length_hint__` asked instead; any other exception ends the call. The number
// itself only sizes a buffer the model does not build: it is dropped.
// The iterators iter(seq) and reversed(seq) make over a class's own sequence answer the hint with
// that sequence's length (iter_len, reversed_len: PySequence_Size), so its __len__ runs then too.
import { PyException } from './interpreter';
import { REVERSED_SEQUENCE, SEQUENCE_PROTOCOL } from './iteration';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';

/** Runs `src`'s own __len__ (else __length_hint__) as PyObject_LengthHint does; nothing for other objects. */
export function* lengthHint(bi: Builtins, src: PyObj, frame: Frame): G<void> {
  const seq = src.kind === 'iterator' && (src.iterKind === SEQUENCE_PROTOCOL || src.iterKind === REVERSED_SEQUENCE) ? src.iterSource : undefined;
  if (seq) return yield* ownLen(bi, seq, frame, false);
  if (src.kind !== 'instance' || !src.cls) return;
  yield* ownLen(bi, src, frame, true);
}

/** `src`'s own __len__ run, a TypeError from it cleared; then (`orHint`) its __length_hint__ when it has no __len__ or that raised TypeError. */
function* ownLen(bi: Builtins, src: PyObj, frame: Frame, orHint: boolean): G<void> {
  if (src.kind !== 'instance' || !src.cls) return;
  const it = bi.it;
  const site = { line: frame.line, col: 0, key: `${frame.line}:0:length_hint` };
  const len = bi.lookupClassAttr(src.cls, '__len__');
  if (len) {
    // (a __len__ the model does not run: what it does is open)
    if (len.kind !== 'function') { it.noteMayRaise(); return; }
    try {
      it.heap.decref(yield* it.callFromC(len, [src], frame, site));
      return;
    } catch (err) {
      if (!(err instanceof PyException) || !bi.isSubclass(bi.classOf(err.exc), bi.types.get('TypeError')!)) throw err;
      it.heap.decref(err.exc);
    }
  }
  if (!orHint) return;
  const hint = bi.lookupClassAttr(src.cls, '__length_hint__');
  if (!hint) return;
  if (hint.kind !== 'function') { it.noteMayRaise(); return; }
  // (NotImplemented or a number; a value of another type is a TypeError the model leaves open)
  const r = yield* it.callFromC(hint, [src], frame, site);
  if (r.kind !== 'int' && r.kind !== 'bool' && r.kind !== 'notimpl') it.noteMayRaise();
  it.heap.decref(r);
}
