// A young-generation collection in the analysis thread's idle time.
//
// Why: an analysis of a 2,000-line file allocates a few megabytes and keeps
// most of it alive until its result is sent. When V8's young generation fills
// in the middle of a run, the scavenge copies all of that (several
// milliseconds, the slow edits of the typing benchmark); collected right
// after the result is posted, while the thread waits for the next edit, the
// same generation is nearly empty and the next run starts with room.
// Node only (worker thread, benchmark): the browser build has no `v8` module.
import * as v8 from 'v8';
import * as vm from 'vm';

type Gc = (options: { type: 'minor' | 'major'; execution: 'sync' | 'async' }) => void;
let gc: Gc | null | undefined;

/** Runs a minor collection now; false where the runtime does not allow it. */
export function collectYoungGeneration(): boolean {
  if (gc === undefined) {
    try {
      // Exposes V8's gc() to a new context only; nothing in the process's own globals changes.
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as Gc;
    } catch {
      gc = null;
    }
  }
  if (!gc) return false;
  gc({ type: 'minor', execution: 'sync' });
  return true;
}
