// traceback.walk_tb(tb) / traceback.walk_stack(f) (Lib/traceback.py, the same on 3.11-3.13): plain
// generators, `while tb is not None: yield tb.tb_frame, tb.tb_lineno; tb = tb.tb_next` (walk_stack:
// `yield f, f.f_lineno; f = f.f_back`). Between steps the generator's frame holds only its local,
// the entry (frame) it yielded last, before the first step the argument; each step yields a new
// 2-tuple of that entry's frame object and a new int; at its end it holds nothing. Nothing else is
// read or kept. walk_stack(None) starts from sys._getframe()'s fourth caller: not followed.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { LIMITS } from './limits';

/** iterKind of the generator object walk_tb / walk_stack return. */
export const WALK_TB = 'traceback.walk_tb';
export const WALK_STACK = 'traceback.walk_stack';

/**
 * The entries of the chain `tb` starts (tb_next order; none for None), or undefined when a link is
 * not a traceback entry the model knows whole with its frame, or the chain is longer than the walk
 * limit. walk_tb, extract_tb / format_tb, inspect.getinnerframes and clear_frames all walk it so.
 */
export function tracebackChain(tb: PyObj): PyObj[] | undefined {
  const out: PyObj[] = [];
  for (let t: PyObj | undefined = tb; t && t.kind !== 'none'; t = t.tbNext) {
    if (t.kind !== 'traceback' || t.fuzzy || !t.tbFrame || out.length >= LIMITS.MAX_WALKED_TRACEBACK) return undefined;
    out.push(t);
  }
  return out;
}

/** walk_tb(tb) / walk_stack(f), `start` borrowed: the generator holding it; undefined when not followed. */
export function makeWalk(b: Builtins, kind: typeof WALK_TB | typeof WALK_STACK, start: PyObj | undefined, pos: { line: number; col: number }): PyObj | undefined {
  if (!start || (kind === WALK_TB ? !tracebackChain(start) : start.kind !== 'frame')) return undefined;
  const h = b.it.heap;
  const g = h.alloc('iterator', 'generator', h.site(pos.line, pos.col, 'generator', `${kind}(…)`));
  g.iterKind = kind;
  g.iterIndex = 0;
  g.tracked = true;
  g.heldValue = h.incref(start);
  return g;
}

/** The next (frame, lineno) tuple, undefined at the end (the generator then holds nothing). */
export function* walkNext(b: Builtins, g: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = b.it.heap;
  const pos = { line: frame.line, col: 0 };
  let cur = g.heldValue;
  if (!cur) return undefined;
  if (g.iterIndex) {
    // (`tb = tb.tb_next` / `f = f.f_back` on resuming)
    const next = g.iterKind === WALK_TB ? h.incref(cur.tbNext) ?? b.none : yield* b.getAttr(cur, 'f_back', frame, { ...pos, key: WALK_STACK });
    g.heldValue = next;
    h.decref(cur);
    cur = next;
  }
  g.iterIndex = 1;
  const entryFrame = g.iterKind === WALK_TB ? cur.tbFrame : cur;
  if (cur.kind === 'none' || !entryFrame || entryFrame.kind !== 'frame') {
    g.heldValue = undefined;
    if (cur.kind !== 'none') {
      // (a link the model does not know: one made-up entry, then the end, its rest open)
      h.escape(cur);
      h.decref(cur);
      if (g.fuzzyIter) return undefined;
      g.fuzzyIter = true;
      return b.standIn(frame.line);
    }
    h.decref(cur);
    return undefined;
  }
  return b.newSeq('tuple', [h.incref(entryFrame)!, b.newInt(undefined, pos)], pos);
}
