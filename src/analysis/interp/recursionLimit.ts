// CPython's recursion limit met exactly, for recursion through plain Python calls.
//
// A call past the host's call depth (Interpreter.maxCallDepth) is normally not followed: its
// effects become unknown and every argument escapes for the rest of the program. When every frame
// running was entered by a plain call expression (CALL of a Python function or a method loaded by
// LOAD_METHOD, no `*` / `**`, no C code, generator or class body in between), CPython 3.11-3.13
// count exactly one unit per Python frame, the module's included: with the limit L (1,000, or what
// sys.setrecursionlimit set) L - 1 function frames run and the next call raises RecursionError in
// its caller before its frame holds anything. Measured (3.11.7, 3.12.1, 3.13.0): `def deep(n, obj):
// keep = obj; return deep(n + 1, obj)` from the module reaches n = 998 and the caught exception's
// traceback keeps 1,998 references to obj (two per frame), from inside one more function 997; after
// the handler the frames are gone and obj is back to its count. Such chains are followed to that
// depth on a host with a large stack (LIMITS.MAX_PLAIN_CALL_DEPTH), so the program goes on exact;
// other calls on top of them (an __exit__ as the error unwinds) are followed while even three units
// for each such frame keep within the limit.
import type { CallSite, Interpreter } from './interpreter';
import type { PyObj } from './objects';

/** CPython's default sys.getrecursionlimit(). */
export const DEFAULT_RECURSION_LIMIT = 1000;

/**
 * Units CPython surely counts for a frame entered otherwise than by a plain call (from C: a class's
 * __init__, a sort key, __exit__; a generator step): LIMITS.MAX_CALL_DEPTH_LARGE_STACK's bound,
 * which every pattern measured stays under.
 */
const OTHER_FRAME_UNITS = 3;

/**
 * What a call of the Python function `func` from `site` meets: 'raise' (RecursionError in the
 * caller), 'follow' (run it, past maxCallDepth: the stack allows it and CPython surely runs it),
 * or undefined (the usual rule: maxCallDepth cuts it).
 */
export function recursionVerdict(it: Interpreter, func: PyObj, site: CallSite): 'raise' | 'follow' | undefined {
  const limit = it.recursionLimit;
  if (it.inUncalledRun || limit === undefined) return undefined;
  const units = stackUnits(it);
  if (!units) return undefined;
  const plain = units.exact && plainEntry(func, site);
  // (exactly counted: the call raises when it would pass the limit)
  if (plain && units.n + 1 > limit) return 'raise';
  // (otherwise it is followed while even the most it can count stays within the limit)
  return units.n + (plain ? 1 : OTHER_FRAME_UNITS) <= limit && it.frameDepth < it.plainCallDepth ? 'follow' : undefined;
}

/** A call expression calling the function itself with its arguments as written (CALL, inlined into the eval loop). */
export function plainEntry(func: PyObj, site: CallSite): boolean {
  return !!site.argsAsWritten && site.directCallee === func && !site.fromC;
}

/**
 * The units CPython counts for the frames running (the module's one, one per plain call and per
 * ≤3.11 comprehension frame, at most OTHER_FRAME_UNITS per other frame) and whether that count is
 * exact; undefined when the stack holds what frameDepth does not count (a class body).
 */
function stackUnits(it: Interpreter): { n: number; exact: boolean } | undefined {
  const st = it.stack;
  if (st.length !== it.frameDepth + 1 || st[0] !== it.moduleFrame) return undefined;
  let n = 0;
  let exact = true;
  for (let i = 0; i < st.length; i++) {
    const f = st[i];
    if (i === 0 || f.plainCall) n += 1;
    else { n += OTHER_FRAME_UNITS; exact = false; }
    if (!it.vm.inlinedComprehensions) n += f.compFrames.length;
  }
  return { n, exact };
}
