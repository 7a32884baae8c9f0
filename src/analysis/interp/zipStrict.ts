// zip(*iterables, strict=True) (3.10+). zip_next takes one item of each argument in turn; when
// argument i+1 ends, a strict zip checks instead of just ending: if earlier arguments gave an
// item (i > 0) it raises ValueError "zip() argument i+1 is shorter than argument(s) ..."; if the
// first one ended, it steps each later argument once more, and the first that still gives an item
// (let go at once) makes it raise "... is longer than ...". Only when all end together does the
// zip end quietly. The items taken this round go where a plain zip's would (partialRound).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { reuseResult } from './iteration';

/** Strict zips: true when strict, undefined when the strict argument's truth is unknown. */
const strictZips = new WeakMap<PyObj, boolean | undefined>();

/** zip_new: `strict` is read with PyObject_IsTrue (format "|$p"); an unknown truth may be either. */
export function markStrict(z: PyObj, truth: boolean | undefined): void {
  if (truth !== false) strictZips.set(z, truth);
}

/** A zip that is (or may be) strict: its unseen rounds may end in a ValueError. */
export function mayBeStrictZip(z: PyObj): boolean {
  return strictZips.has(z);
}

function argList(i: number): string {
  return i === 1 ? 'argument 1' : `arguments 1-${i}`;
}

/**
 * The next result of zip `itr` (its iterSources are the argument iterators): a tuple, or undefined
 * at its end; a strict zip whose arguments end at different rounds raises ValueError there.
 */
export function* zipRound(bi: Builtins, itr: PyObj, frame: Frame): G<PyObj | undefined> {
  const ip = bi.it;
  const srcs = itr.iterSources!;
  const pos = { line: frame.line, col: 0 };
  // (what tells whether the ends seen are the real ones: no item made up, no unknown step)
  const before = [ip.fuzzyEvents, ip.mayRaiseEvents, bi.standIns];
  const parts: PyObj[] = [];
  try {
    for (const s of srcs) {
      const v = yield* bi.iterNext(s, frame);
      if (!v) break;
      parts.push(v);
    }
  } catch (err) {
    partialRound(bi, itr, parts);
    throw err;
  }
  if (parts.length === srcs.length) return srcs.length ? reuseResult(bi, itr, parts, pos) : undefined;
  const ended = parts.length;
  partialRound(bi, itr, parts);
  if (!strictZips.has(itr) || !srcs.length) return undefined;
  let longer = 0;
  if (ended === 0) {
    for (let j = 1; j < srcs.length && !longer; j++) {
      const v = yield* bi.iterNext(srcs[j], frame);
      if (v) { ip.heap.decref(v); longer = j; }
    }
  }
  const sure = strictZips.get(itr) === true && srcs.every((s) => s.kind !== 'unknown' && !s.fuzzyIter)
    && [ip.fuzzyEvents, ip.mayRaiseEvents, bi.standIns].every((n, k) => n === before[k]);
  if (!sure) {
    // (lengths the model does not know: the real run may end here quietly or raise)
    ip.noteMayRaise();
    return undefined;
  }
  if (!ended && !longer) return undefined;
  const msg = ended ? `zip() argument ${ended + 1} is shorter than ${argList(ended)}` : `zip() argument ${longer + 1} is longer than ${argList(longer)}`;
  throw ip.raiseObj(bi.newException('ValueError', [bi.newStr(msg, pos)], pos), frame, true);
}

/**
 * The items a zip took in a round that ended early (owned): zip_next filled its own result tuple
 * with them when it was reusing it (each replacing, and letting go of, the old item there), else
 * a new tuple that is then freed with them.
 */
function partialRound(bi: Builtins, itr: PyObj, parts: PyObj[]): void {
  const h = bi.it.heap;
  const r = itr.lastResult;
  if (!r || r.rc !== 1 || !r.items || r.items.length !== itr.iterSources!.length) {
    for (const p of parts) h.decref(p);
    return;
  }
  parts.forEach((p, k) => {
    const old = r.items![k];
    r.items![k] = p;
    bi.noteStore(r, p);
    h.decref(old);
  });
}
