// A generator's / coroutine's state attributes (Objects/genobject.c): gi_yieldfrom / cr_await,
// gi_running / cr_running, gi_suspended / cr_suspended. (gi_frame: Builtins.getAttr; gi_code:
// codeObjects.ts.)
//
// gi_yieldfrom is _PyGen_yf: the object on top of the frame's stack while the frame is suspended
// inside a `yield from` / `await` (3.13: FRAME_SUSPENDED_YIELD_FROM; 3.11 / 3.12: the next
// instruction is a RESUME after a yield-from), else None: not started, running (the frame is at
// its SEND, not at the RESUME), at a plain `yield`, finished. The model keeps that object as the
// frame's 'yield from' stack reference (Interpreter.delegate), so it is the same object.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

export const YIELD_FROM_LABEL = 'yield from';

const DELEGATE_ATTRS: ReadonlySet<string> = new Set(['gi_yieldfrom', 'cr_await']);
const RUNNING_ATTRS: ReadonlySet<string> = new Set(['gi_running', 'cr_running']);
const SUSPENDED_ATTRS: ReadonlySet<string> = new Set(['gi_suspended', 'cr_suspended']);

/** The attribute's value (a new reference), or undefined for a name handled elsewhere or an answer not known. */
export function generatorStateAttr(b: Builtins, g: PyObj, name: string): PyObj | undefined {
  // (a coroutine's names start with cr_, a generator's with gi_; the other prefix is an AttributeError left open)
  const coro = g.type === 'coroutine';
  if (!coro && g.type !== 'generator') return undefined;
  if (!name.startsWith(coro ? 'cr_' : 'gi_')) return undefined;
  if (!DELEGATE_ATTRS.has(name) && !RUNNING_ATTRS.has(name) && !SUSPENDED_ATTRS.has(name)) return undefined;
  // (a generator stepped by code the model does not follow is in a state it does not know: read
  // as any unknown attribute is, the generator escaping)
  if (!g.genState || g.fuzzyIter) return undefined;
  if (RUNNING_ATTRS.has(name)) return b.bool(g.genState === 'running');
  if (SUSPENDED_ATTRS.has(name)) return b.bool(g.genState === 'suspended');
  const fr = g.genFrame;
  if (g.genState !== 'suspended' || !fr?.live) return b.none;
  const t = [...fr.temps].reverse().find((x) => x.label === YIELD_FROM_LABEL);
  if (t) return b.it.heap.incref(t.obj)!;
  // A generator suspended elsewhere is at a plain `yield`; a coroutine may wait on an awaitable
  // the model runs itself (a future, asyncio.sleep ...) without that stack reference: read as an
  // unknown attribute (that object gets a reference the model does not see, so the coroutine escapes).
  return coro ? undefined : b.none;
}
