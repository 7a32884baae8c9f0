/**
 * Arithmetic on a known range's (start, stop, step), shared by iteration,
 * reversed() and random's population: one length formula, so the three
 * cannot disagree about an empty or a negative-step range.
 */

export type RangeVals = readonly [bigint, bigint, bigint];

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

/** len(range(start, stop, step)) as compute_range_length gives it (0 for an empty range; step is never 0). */
export function rangeLength([start, stop, step]: RangeVals): bigint {
  if (step > 0n) return stop > start ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** range_iter's test for its fast iterator: start, stop, step and the length fit a C long, and so does the last step. */
export function fitsLongRange(vals: RangeVals): boolean {
  const [, stop, step] = vals;
  if (vals.some((v) => v > LONG_MAX || v < LONG_MIN)) return false;
  const len = rangeLength(vals);
  if (len > LONG_MAX) return false;
  if (len === 0n) return true;
  return step > 0n ? stop <= LONG_MAX - (step - 1n) : stop >= LONG_MIN + (-1n - step);
}

/**
 * slice.indices(length) as _PySlice_GetLongIndices computes it: the (start, stop, step) a slice with
 * these parts (undefined: None) selects of a sequence of `length`; undefined for a zero step.
 */
export function sliceIndices(parts: readonly (bigint | undefined)[], length: bigint): RangeVals | undefined {
  const step = parts[2] ?? 1n;
  if (step === 0n) return undefined;
  const [lower, upper] = step < 0n ? [-1n, length - 1n] : [0n, length];
  const clamp = (v: bigint | undefined, dflt: bigint): bigint => {
    if (v === undefined) return dflt;
    if (v < 0n) { v += length; return v < lower ? lower : v; }
    return v > upper ? upper : v;
  };
  return [clamp(parts[0], step < 0n ? upper : lower), clamp(parts[1], step < 0n ? lower : upper), step];
}
