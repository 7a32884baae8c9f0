// itertools.islice and itertools.count (Modules/itertoolsmodule.c).
//
// islice holds an iterator over its iterable and reads it lazily: items
// before `start` (and between steps) are taken and dropped, and once `stop`
// is reached, or the source runs out, it drops its iterator (Py_CLEAR). count
// holds nothing but its numbers and makes a new int on every step.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';

export const ISLICE = 'islice';
export const COUNT = 'count';

const int = (b: Builtins, o: PyObj | undefined): bigint | undefined | null => {
  if (!o || o === b.none) return null;
  return o.kind === 'int' && typeof o.value === 'bigint' ? o.value : undefined;
};

/** islice(iterable, stop) / islice(iterable, start, stop[, step]) with borrowed arguments; undefined when not followed. */
export function* makeIslice(b: Builtins, args: PyObj[], frame: Frame, pos: { line: number; col: number }): G<PyObj | undefined> {
  if (args.length < 2 || args.length > 4) return undefined;
  const nums = args.slice(1).map((a) => int(b, a));
  if (nums.some((n) => n === undefined)) return undefined;
  const [start, stop, step] = args.length === 2 ? [0n, nums[0], 1n] : [nums[0] ?? 0n, nums[1], nums[2] ?? 1n];
  if (start! < 0n || (stop !== null && stop! < 0n) || step! < 1n) return undefined;
  const h = b.it.heap;
  const source = yield* b.getIter(args[0], frame);
  const s = h.alloc('iterator', 'itertools.islice', h.site(pos.line, pos.col, 'itertools.islice', 'islice(…)'));
  s.iterKind = ISLICE;
  s.iterIndex = 0;
  s.tracked = true;
  s.iterSource = source;
  // [next index to hand out, stop (-1: none), step]
  s.rangeVals = [start!, stop === null ? -1n : stop!, step!];
  return s;
}

export function* isliceNext(b: Builtins, s: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = b.it.heap;
  const src = s.iterSource;
  if (!src) return undefined;
  const [next, stop, step] = s.rangeVals!;
  let cnt = BigInt(s.iterIndex ?? 0);
  const empty = (): undefined => { s.iterSource = undefined; h.decref(src); return undefined; };
  while (cnt < next) {
    const skipped = yield* b.iterNext(src, frame);
    if (skipped === undefined) return empty();
    h.decref(skipped);
    cnt++;
    s.iterIndex = Number(cnt);
  }
  if (stop !== -1n && cnt >= stop) return empty();
  const item = yield* b.iterNext(src, frame);
  if (item === undefined) return empty();
  s.iterIndex = Number(cnt + 1n);
  let after = next + step;
  if (stop !== -1n && after > stop) after = stop;
  s.rangeVals = [after, stop, step];
  return item;
}

/** count(start=0, step=1) of known ints; undefined when not followed. */
export function makeCount(b: Builtins, args: PyObj[], pos: { line: number; col: number }): PyObj | undefined {
  const start = args.length > 0 ? int(b, args[0]) : 0n;
  const step = args.length > 1 ? int(b, args[1]) : 1n;
  if (args.length > 2 || typeof start !== 'bigint' || typeof step !== 'bigint') return undefined;
  const h = b.it.heap;
  const c = h.alloc('iterator', 'itertools.count', h.site(pos.line, pos.col, 'itertools.count', 'count(…)'));
  c.iterKind = COUNT;
  c.iterIndex = 0;
  c.rangeVals = [start, 0n, step];
  return c;
}

export function countNext(b: Builtins, c: PyObj, frame: Frame): PyObj {
  const [start, , step] = c.rangeVals!;
  const i = BigInt(c.iterIndex ?? 0);
  c.iterIndex = Number(i + 1n);
  return b.newInt(start + step * i, { line: frame.line, col: 0 });
}
