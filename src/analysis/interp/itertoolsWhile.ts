// itertools.takewhile, dropwhile and batched (Modules/itertoolsmodule.c): what each holds between steps.
//
// - takewhile(pred, iterable) holds pred and iter(iterable) for as long as it lives (also once it
//   stopped). Each step reads one item and calls pred on it; a true answer gives the item itself,
//   the first false one drops that item and sets `stop`: every later step answers the end at once,
//   so the source iterator is left just past the dropped item.
// - dropwhile(pred, iterable) holds the same two; while `start` is unset each item pred answers
//   true for is dropped, the first false one is given and sets `start`; from then on items pass
//   through without calling pred. The iterator stays held at the end.
// - batched(iterable, n) (3.12+) holds iter(iterable) and n as a C integer; each step is a new
//   tuple of up to n items (a short last one keeps the iterator); the step that reads no item
//   drops the iterator and ends.
// A predicate answer the model cannot tell leaves what was consumed open: the source and what it
// reaches escape, the item is given with an open count, and the object ends as a loop of unknown
// rounds (fuzzyIter).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { knownInt } from './operators';

type Pos = { line: number; col: number };

const TAKEWHILE = 'takewhile';
const DROPWHILE = 'dropwhile';
const BATCHED = 'batched';
export const WHILE_KINDS: readonly string[] = [TAKEWHILE, DROPWHILE, BATCHED];

/** `indices[0]`: takewhile's `stop` / dropwhile's `start` flag (0 / 1), batched's n. */
function newObj(b: Builtins, kind: string, src: PyObj, pos: Pos): PyObj {
  const h = b.it.heap;
  const o = h.alloc('iterator', `itertools.${kind}`, h.site(pos.line, pos.col, `itertools.${kind}`, `${kind}(…)`));
  o.iterKind = kind;
  o.iterIndex = 0;
  o.tracked = true;
  o.iterSource = src;
  return o;
}

/** takewhile / dropwhile / batched from the call's borrowed arguments; undefined for a call the model does not follow. */
export function* makeWhile(b: Builtins, kind: string, args: PyObj[], kw: Map<string, PyObj>, frame: Frame, pos: Pos): G<PyObj | undefined> {
  if (kw.size || args.length !== 2) return undefined;
  if (kind === BATCHED) {
    if (!b.it.vm.itertoolsBatched) return undefined;
    const n = knownInt(args[1]);
    // (n < 1 is a ValueError the model leaves to the unknown call)
    if (n === undefined || n < 1n || n > 1n << 20n) return undefined;
    const o = newObj(b, kind, yield* b.getIter(args[0], frame), pos);
    o.indices = [Number(n)];
    return o;
  }
  const o = newObj(b, kind, yield* b.getIter(args[1], frame), pos);
  o.iterFunc = b.it.heap.incref(args[0]);
  o.indices = [0];
  return o;
}

/** The next item (a new reference) of one of the objects above, or undefined at its end. */
export function* whileNext(b: Builtins, o: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = b.it.heap;
  const flag = o.indices!;
  if (o.iterKind === BATCHED) return yield* batchedNext(b, o, frame);
  if (o.iterKind === TAKEWHILE && flag[0] === 1) return undefined;
  const src = o.iterSource!;
  const site = { line: frame.line, col: 0, key: `${o.iterKind}-pred` };
  for (let n = 0; n < 100000; n++) {
    const item = yield* b.iterNext(src, frame);
    if (item === undefined) return undefined;
    if (o.iterKind === DROPWHILE && flag[0] === 1) return item;
    const truth = yield* b.it.truthOf(yield* b.it.callFromC(o.iterFunc!, [item], frame, site), frame);
    if (truth === undefined) {
      // Given or dropped (and the source read further or not): unknown from here on.
      b.it.fuzzyEvents++;
      h.escape(src);
      b.fuzz(item);
      o.fuzzyIter = true;
      flag[0] = 1;
      return item;
    }
    if (o.iterKind === TAKEWHILE) {
      if (truth) return item;
      h.decref(item);
      flag[0] = 1;
      return undefined;
    }
    if (!truth) { flag[0] = 1; return item; }
    h.decref(item);
  }
  return undefined;
}

function* batchedNext(b: Builtins, o: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = b.it.heap;
  const src = o.iterSource;
  if (!src) return undefined;
  const items: PyObj[] = [];
  while (items.length < o.indices![0]) {
    const item = yield* b.iterNext(src, frame);
    if (item === undefined) break;
    items.push(item);
  }
  if (!items.length) {
    o.iterSource = undefined;
    h.decref(src);
    return undefined;
  }
  return b.newSeq('tuple', items, { line: frame.line, col: 0 });
}
