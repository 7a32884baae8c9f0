// A list, tuple or deque searched by equality: `x in seq`, seq.index(x), seq.count(x),
// seq.remove(x). CPython walks the items in order and asks PyObject_RichCompareBool(item, x, Py_EQ)
// of each (list_contains, list_index_impl, list_count, list_remove, tuplecontains, deque_count …):
// the same object is equal with no call; otherwise `==` runs, so a class's own __eq__ runs once
// per item compared, on every search (what it keeps or counts adds up), and the truth of its
// answer is read as a truth test reads it (its own __bool__ / __len__ run, Interpreter.truthOf).
// This is why such searches do not use the dict / set key settlement (valueKeys.ts): that one
// compares a pair once, and a sequence search compares it every time.
// Who holds the item meanwhile differs (measured in __eq__'s `self`, 3.11-3.13): list_contains /
// list_index / list_count / list_remove and deque contains / count / remove hold it (Py_INCREF
// around the compare), deque.index only from 3.13 (VersionFlags.dequeIndexHoldsItem), and
// tuplecontains / tuple.index / tuple.count never (the tuple's own reference keeps it alive).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { itemEquals, ownEquality } from './operators';

type Pos = { line: number; col: number };

/**
 * Whether comparing x runs code of the program: its class's own Python __eq__, or a dataclass's
 * generated one. (A library class the model keeps, a WeakMethod, is compared as itemEquals decides.)
 */
function runsEquality(bi: Builtins, x: PyObj): boolean {
  if (x.kind !== 'instance' || !ownEquality(bi, x.cls)) return false;
  const eq = bi.lookupClassAttr(x.cls, '__eq__');
  return eq ? eq.kind === 'function' : true;
}

/** Whether searching `items` for x runs code of the program (else the settled keys answer, valueKeys.ts). */
export function searchRunsCode(bi: Builtins, items: readonly PyObj[], x: PyObj): boolean {
  return runsEquality(bi, x) || items.some((i) => runsEquality(bi, i));
}

/**
 * PyObject_RichCompareBool(item, x, Py_EQ): true / false, or undefined when the model cannot tell.
 * `askCompare`: a pair whose equality runs no code of the program and that itemEquals cannot
 * decide is given to the model's `==` too (a search over an iterator, whose items may be of any kind).
 */
export function* itemEqual(bi: Builtins, item: PyObj, x: PyObj, frame: Frame, pos: Pos, askCompare = false, hold = true): G<boolean | undefined> {
  if (item === x) return true;
  if (!runsEquality(bi, item) && !runsEquality(bi, x)) {
    const known = itemEquals(bi, item, x);
    if (known !== undefined || !askCompare) return known;
  }
  const h = bi.it.heap;
  // (`hold`: the search holds the item while its comparison runs: __eq__ may drop it from the list)
  if (hold) h.incref(item);
  try {
    return yield* bi.it.truthOf(yield* bi.compare('==', item, x, frame, pos), frame);
  } finally {
    if (hold) h.decref(item);
  }
}

/**
 * The answers for `items` in order, one per item compared: `all` (count) compares every item;
 * otherwise the walk stops at the first equal one. An answer the model cannot tell also ends the
 * walk (whether CPython goes on is unknown): the equality of each item after it may run or not,
 * so it runs once under an unknown condition (what it stores is open) and x's count opens.
 */
export function* searchEqual(bi: Builtins, items: readonly PyObj[], x: PyObj, frame: Frame, pos: Pos, all: boolean, hold = true): G<(boolean | undefined)[]> {
  // (a snapshot: an __eq__ that changes the list does not change which items the model compares)
  const snapshot = [...items];
  const out: (boolean | undefined)[] = [];
  for (let i = 0; i < snapshot.length; i++) {
    const eq = yield* itemEqual(bi, snapshot[i], x, frame, pos, false, hold);
    out.push(eq);
    if (eq === true && !all) break;
    if (eq === undefined) {
      maybeCompareRest(bi, snapshot.slice(i + 1), x, frame, pos);
      break;
    }
  }
  return out;
}

/** The comparisons a search may or may not make after an answer the model could not tell. */
export function maybeCompareRest(bi: Builtins, rest: readonly PyObj[], x: PyObj, frame: Frame, pos: Pos): void {
  const it = bi.it;
  if (it.inUncalledRun) return;
  const h = it.heap;
  const site = { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:search` };
  for (const item of rest) {
    const eq = runsEquality(bi, item) ? bi.lookupClassAttr(item.cls, '__eq__') : undefined;
    if (eq?.kind !== 'function') continue;
    const bound = bi.boundMethodObject(h.incref(eq)!, h.incref(item)!, '__eq__', site);
    it.runEscapedCallables([bound], frame, site);
    h.decref(bound);
  }
  if (rest.length > 0) h.escape(x);
}
