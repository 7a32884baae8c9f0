// Results of work that cannot suspend, handed to `yield*` without a generator.
//
// The interpreter is written as JS generators so that Python generators can
// suspend anywhere. V8 allocates a generator object per call, sized for every
// local of its function; for the many evaluations that never suspend (a
// constant, a name, arithmetic on numbers, most builtins) an iterator that is
// already finished does the same job for far less.
import type { G } from './interpreter';
import type { PyObj } from './objects';

/**
 * An iterator that is already done, with `value` as its result. One instance
 * may be reused: it is consumed by the `yield*` that asked for it before
 * anything else runs.
 */
export class FinishedIterator<T = PyObj> {
  value: T | undefined;
  [Symbol.iterator](): this { return this; }
  next(): IteratorResult<PyObj | undefined, T> {
    const value = this.value!;
    this.value = undefined;
    return { done: true, value };
  }
  return(v: T): IteratorResult<PyObj | undefined, T> { return { done: true, value: v }; }
}

/** A new finished iterator with result `v` (safe to hold before it is consumed). */
export function done<T>(v: T): G<T> {
  const it = new FinishedIterator<T>();
  it.value = v;
  return it as unknown as G<T>;
}
