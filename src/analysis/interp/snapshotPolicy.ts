// Which program points get a heap snapshot for the panel, and how much of a
// deep stack one keeps.
//
// A snapshot is taken after a statement, before the heap changes again, so a
// run that is skipped cannot be taken later. Taking every run of a loop body or
// of a recursive function made thousands of snapshots of the same few lines,
// and the first few hundred statements used up the whole allowance: lines
// further down had no heap to show. Every line keeps its first runs and then
// runs 4, 8, 16, ... (so a line run a million times costs about twenty), which
// leaves room for every line of the program.

import { LIMITS } from './limits';
import type { HeapFrame } from '../results/resultTypes';

/** Whether the `run`th run (1-based) of a line is snapshotted. */
export function snapshotRun(run: number): boolean {
  return run <= 3 || (run & (run - 1)) === 0;
}

/** Objects, references and frame names in a snapshot: what the size budget counts. */
export function snapshotItems(s: { frames: HeapFrame[]; nodes: unknown[]; edges: unknown[] }): number {
  let n = s.nodes.length + s.edges.length;
  for (const f of s.frames) n += 1 + f.vars.length;
  return n;
}

/**
 * The indexes of the frames a snapshot draws: all of a shallow stack; of a deep one
 * (recursion goes to 1,000 frames) the outermost and the innermost, with the number
 * left out in between.
 */
export function framesKept(depth: number): { kept: number[]; elidedAfter: number; elided: number } {
  const outer = LIMITS.SNAPSHOT_OUTER_FRAMES;
  const inner = LIMITS.SNAPSHOT_INNER_FRAMES;
  if (depth <= outer + inner + 1) return { kept: [...Array(depth).keys()], elidedAfter: -1, elided: 0 };
  const kept = [...Array(outer).keys()];
  for (let i = depth - inner; i < depth; i++) kept.push(i);
  return { kept, elidedAfter: outer - 1, elided: depth - outer - inner };
}
