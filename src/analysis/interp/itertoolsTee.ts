// itertools.tee and itertools.starmap (Modules/itertoolsmodule.c): what each holds between steps.
//
// - tee(iterable, n) takes iter(iterable) (a tee given a tee uses it as the first and copies it)
//   and gives a tuple of n `_tee` objects sharing one `_tee_dataobject`. The data object holds
//   the iterator and every value it read, in up to LINKCELLS slots; a tee that has read them all
//   goes on to the next data object (made on first need, holding the same iterator), which the
//   full one links. A data object, and the values in it, live while a tee still reads it or an
//   earlier data object links it. Nothing is dropped at the end (the iterator stays).
// - starmap(func, iterable) holds func and the iterator (also once it ends); each step calls
//   func with the items of the next tuple (another iterable is made a tuple first), holding that
//   tuple during the call: a zip's reused result tuple keeps its items after it.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { knownInt } from './operators';

type Pos = { line: number; col: number };

/** Values per _tee_dataobject (LINKCELLS). */
const LINKCELLS = 57;

const TEE = 'tee';
const TEE_DATA = '_tee_dataobject';
export const STARMAP = 'starmap';
export const TEE_KINDS: readonly string[] = [TEE, STARMAP];

function newObj(b: Builtins, kind: string, pos: Pos): PyObj {
  const h = b.it.heap;
  const o = h.alloc('iterator', `itertools.${kind === TEE ? '_tee' : kind}`, h.site(pos.line, pos.col, `itertools.${kind}`, `${kind}(…)`));
  o.iterKind = kind;
  o.iterIndex = 0;
  o.tracked = true;
  return o;
}

/** A data object reading `it` (a reference the caller hands over). */
function newData(b: Builtins, it: PyObj, pos: Pos): PyObj {
  const d = newObj(b, TEE_DATA, pos);
  d.iterSource = it;
  d.items = [];
  return d;
}

/** A tee reading `data` from `index` (tee_copy shares the data object). */
function newTee(b: Builtins, data: PyObj, index: number, pos: Pos): PyObj {
  const t = newObj(b, TEE, pos);
  t.iterSource = b.it.heap.incref(data);
  t.iterIndex = index;
  return t;
}

/** tee(...) or starmap(...) from the call's borrowed arguments; undefined for a call the model does not follow. */
export function* makeTeeOrStarmap(b: Builtins, kind: string, args: PyObj[], kw: Map<string, PyObj>, frame: Frame, pos: Pos): G<PyObj | undefined> {
  const h = b.it.heap;
  if (kw.size) return undefined;
  if (kind === STARMAP) {
    if (args.length !== 2) return undefined;
    const o = newObj(b, STARMAP, pos);
    o.iterSource = yield* b.getIter(args[1], frame);
    o.iterFunc = h.incref(args[0]);
    return o;
  }
  if (args.length < 1 || args.length > 2) return undefined;
  const n = args[1] ? knownInt(args[1]) : 2n;
  if (n === undefined || n < 0n || n > 64n) return undefined;
  if (n === 0n) return h.incref(b.emptyTuple)!;
  const it = yield* b.getIter(args[0], frame);
  // (an iterator with __copy__: a tee is copied as it is; an instance's __copy__ is not followed)
  if (it.kind === 'instance') { h.decref(it); return undefined; }
  let first = it;
  if (it.iterKind !== TEE) {
    const data = newData(b, it, pos);
    first = newTee(b, data, 0, pos);
    h.decref(data);
  }
  const tees = [first];
  for (let i = 1; i < Number(n); i++) tees.push(newTee(b, first.iterSource!, first.iterIndex ?? 0, pos));
  return b.newSeq('tuple', tees, pos);
}

/** The next item (a new reference) of a tee or a starmap, or undefined at its end. */
export function* teeOrStarmapNext(b: Builtins, o: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = b.it.heap;
  const pos = { line: frame.line, col: 0 };
  if (o.iterKind === STARMAP) {
    const v = yield* b.iterNext(o.iterSource!, frame);
    if (v === undefined) return undefined;
    const site = { line: frame.line, col: 0, key: 'starmap-call' };
    let t: PyObj | undefined = v.kind === 'tuple' && v.type === 'tuple' && !v.cls && !v.fuzzy ? v : undefined;
    if (!t && (v.kind === 'list' || v.kind === 'tuple') && !v.fuzzy && v.items) {
      // PySequence_Tuple of another sequence: a new tuple of its items
      t = b.newSeq('tuple', v.items.map((x) => h.incref(x)!), pos);
      h.decref(v);
    }
    if (!t) {
      // Arguments the model does not know: the function runs on unknown ones (as in code not followed).
      h.escape(v);
      h.decref(v);
      b.it.noteMayRaise();
      if (!b.it.inUncalledRun) b.it.runEscapedCallables([o.iterFunc!], frame, site);
      return b.unknown(pos.line, pos.col);
    }
    try {
      return yield* b.it.callFromC(o.iterFunc!, t.items!, frame, site);
    } finally {
      h.decref(t);
    }
  }
  // tee_next: past the last slot, on to the next data object (made now if none yet).
  let d = o.iterSource!;
  if ((o.iterIndex ?? 0) >= LINKCELLS) {
    if (!d.heldValue) d.heldValue = newData(b, h.incref(d.iterSource)!, pos);
    const next = h.incref(d.heldValue)!;
    o.iterSource = next;
    o.iterIndex = 0;
    h.decref(d);
    d = next;
  }
  const i = o.iterIndex ?? 0;
  const values = d.items!;
  if (i >= values.length) {
    // (the lead tee reads the iterator; each value read stays in the data object)
    const v = yield* b.iterNext(d.iterSource!, frame);
    if (v === undefined) return undefined;
    values.push(v);
    b.noteStore(d, v);
  }
  o.iterIndex = i + 1;
  return h.incref(values[i]);
}
