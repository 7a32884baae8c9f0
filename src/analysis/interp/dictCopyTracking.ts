// Whether PyDict_Copy's result is tracked by the collector. A leaf module.
import type { PyObj } from './objects';

/**
 * `d.copy()` / `copy.copy(d)` of an exact dict: PyDict_Copy's fast paths (a combined table at
 * most a third deleted, cloned; a split table) track the copy when the original is tracked,
 * whatever it holds now. A dict that once held a list, or a tuple not yet untracked, stays
 * tracked after that value is replaced, and so is its copy (gc.is_tracked(d.copy()) true,
 * measured 3.11-3.13); the model does not keep deleted slots, so the slow path (a fresh dict
 * filled item by item) is not told apart.
 */
export function copyTracking(src: PyObj, copy: PyObj): void {
  if (src.kind === 'dict' && src.type === 'dict' && !src.instanceDict && src.tracked) copy.tracked = true;
}
