// A millisecond clock with fractions for phase timings. `performance` exists in
// Node ≥ 16 and in browsers, but the analysis tsconfig includes neither lib.
declare const performance: { now(): number };

export function nowMs(): number {
  return performance.now();
}
