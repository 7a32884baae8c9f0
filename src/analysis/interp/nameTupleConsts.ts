// How many references a constant tuple of names gets from code objects' name tuples that the
// compiler's constant cache made one object with it (lower.ts noteNameTupleSlack finds them).
//
// Each co_names / localsplusnames of an equal set may be the tuple (+1, held by its code object) or
// not (its order differs: the model does not follow the bytecode's). 3.13's `__static_attributes__`
// of an equal tuple surely is (+2: the class body's co_consts and the class's dict). Whichever met
// the cache first is the object: when that was a code object's tuple, the literal's own object stays
// in the parser's arena and the constant has no parser reference (one fewer).
import type { NameTupleMatches } from '../ir/irTypes';

/** The least and most references the matches add to the constant's count (`parser`: it has the parser's reference). */
export function nameTupleRange(m: NameTupleMatches, parser: boolean, staticAttrs: boolean): { lo: number; hi: number } {
  const s = staticAttrs ? m.staticBefore + m.staticAfter : 0;
  const sb = staticAttrs ? m.staticBefore : 0;
  const u = m.namesBefore + m.namesAfter;
  // (fewest: none of the uncertain ones is the tuple; a sure one finished first took the parser's reference)
  const lo = 2 * s - (parser && sb > 0 ? 1 : 0);
  // (most: all are; one finished first took it)
  const hi = 2 * s + u - (parser && (sb > 0 || m.namesBefore > 0) ? 1 : 0);
  return { lo, hi: Math.max(lo, hi) };
}
