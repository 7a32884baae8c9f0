// `async for` as CPython 3.11-3.13 compile it: GET_AITER calls type(obj).__aiter__(obj) once,
// and the iterator it returns stays on the value stack for the whole loop; each round GET_ANEXT
// calls type(it).__anext__(it) and the awaitable it returns is awaited (SEND), until the await
// raises StopAsyncIteration, which ends the loop (the else block runs).
//
// An async generator (an `async def` with `yield`) is run by the model like a generator: its
// __aiter__ is itself, and one __anext__ awaited resumes it to its next `yield` (the yielded value
// is wrapped and unwrapped in transient objects only; what the frame holds between rounds is the
// same as for a generator — measured on 3.11-3.13). An object the model does not know (or one
// without __aiter__) is iterated as an unknown iterator: its items unknown, the object escaped.
import type { Expr } from '../ir/irTypes';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import { PyException } from './interpreter';
import type { PyObj } from './objects';
import { COROUTINE } from './builtinNames';
import type { Builtins } from './builtins';

/** Event-loop libraries that install asyncgen hooks (sys.set_asyncgen_hooks) while their loop runs. */
const LOOP_MODULES = ['asyncio', 'trio', 'anyio', 'curio', 'uvloop'];

/** Whether an event loop's asyncgen finalizer hook may be installed when an async generator goes. */
export function mayHaveAsyncGenHooks(b: Builtins): boolean {
  return LOOP_MODULES.some((m) => b.imported(m));
}

/** Whether `o` is an async generator object (calling an `async def` whose body yields). */
export function isAsyncGen(o: PyObj): boolean {
  if (o.kind !== 'generator' || o.builtinName === COROUTINE) return false;
  const code = o.genFrame?.code;
  return !!code && 'isAsync' in code && code.isAsync;
}

/** GET_AITER on an owned value: the async iterator, owned (an unknown one when not followed). */
export function* asyncIterOf(ip: Interpreter, v: PyObj, frame: Frame, pos: Expr | { line: number; col: number }): G<PyObj> {
  if (isAsyncGen(v)) return ip.heap.incref(v)!;
  if (ip.instanceDunder(v, '__aiter__')) {
    const r = yield* ip.callInstanceDunder(v, '__aiter__', [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:aiter` });
    if (r) return r;
  }
  ip.heap.escape(v);
  return ip.b.unknown(pos.line, pos.col);
}

/** Whether `err` is a StopAsyncIteration (the end of an async iteration) raised in the program. */
function isStopAsync(ip: Interpreter, err: unknown): err is PyException {
  return err instanceof PyException && ip.b.isSubclass(ip.b.classOf(err.exc), ip.b.types.get('StopAsyncIteration')!);
}

/** GET_ANEXT + await: the next item (owned), or undefined once StopAsyncIteration ended it. */
export function* asyncNext(ip: Interpreter, it: PyObj, frame: Frame, pos: { line: number; col: number }): G<PyObj | undefined> {
  if (isAsyncGen(it)) return yield* ip.b.iterNext(it, frame);
  if (it.kind === 'unknown' || !ip.instanceDunder(it, '__anext__')) return ip.b.unknown(pos.line, pos.col);
  const site = { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:anext` };
  const aw = yield* ip.callInstanceDunder(it, '__anext__', [], frame, site);
  if (!aw) return ip.b.unknown(pos.line, pos.col);
  try {
    return yield* ip.awaitValue(aw, frame, pos, 'anext-await');
  } catch (err) {
    if (!isStopAsync(ip, err)) throw err;
    ip.heap.decref(err.exc);
    return undefined;
  }
}

// An async generator's methods (Objects/genobject.c): `__anext__()` / `asend(v)` make an
// async_generator_asend awaitable holding the generator and the value to send (ags_sendval: a
// pending `asend(v)` keeps v until the awaitable goes, after the await); `athrow(exc)` / `aclose()`
// an async_generator_athrow holding the generator and its arguments. Awaiting one runs one step of
// the generator: resumed (or thrown into, or closed) up to its next `yield`, whose value is the
// await's; its end raises StopAsyncIteration (aclose: the await gives None).
const AWAITABLE = { asend: 'async_generator_asend', athrow: 'async_generator_athrow' } as const;
export const AGEN_METHODS = ['__anext__', 'asend', 'athrow', 'aclose'];

/** The awaitable `gen.<method>(*args)` makes (args borrowed), or undefined when not followed. */
export function agenAwaitable(ip: Interpreter, gen: PyObj, method: string, args: PyObj[], pos: { line: number; col: number }): PyObj | undefined {
  const h = ip.heap;
  const throwing = method === 'athrow' || method === 'aclose';
  const want = method === 'asend' ? 1 : method === 'athrow' ? [1, 2, 3] : 0;
  if (Array.isArray(want) ? !want.includes(args.length) : args.length !== want) return undefined;
  const name = throwing ? AWAITABLE.athrow : AWAITABLE.asend;
  const o = h.alloc('builtin', name, h.site(pos.line, pos.col, name, `${name}()`));
  o.builtinName = name;
  o.tracked = true;
  o.slots = new Map([[throwing ? 'agt_gen' : 'ags_gen', h.incref(gen)!]]);
  if (method === 'asend') o.slots.set('ags_sendval', h.incref(args[0])!);
  if (method === 'athrow') o.slots.set('agt_args', h.incref(args[0])!);
  if (method === 'athrow' && args[1]) o.slots.set('agt_val', h.incref(args[1])!);
  if (method === 'aclose') o.slots.set('agt_close', h.incref(ip.b.none)!);
  return o;
}

/** Whether `v` is one of those awaitables. */
export function isAgenAwaitable(v: PyObj): boolean {
  return v.builtinName === AWAITABLE.asend || v.builtinName === AWAITABLE.athrow;
}

/** `await` of an owned asend / athrow awaitable: the step's value (owned). */
export function* awaitAgenStep(ip: Interpreter, aw: PyObj, frame: Frame, pos: { line: number; col: number }, thrown: (args: PyObj[]) => G<PyObj | undefined>): G<PyObj> {
  const b = ip.b;
  try {
    const gen = aw.slots!.get('ags_gen') ?? aw.slots!.get('agt_gen')!;
    let r: { done: boolean; value: PyObj };
    if (aw.slots!.has('agt_close')) {
      ip.heap.decref(b.closeGenerator(gen, frame));
      return b.none;
    }
    if (aw.slots!.has('agt_args')) {
      const args = [aw.slots!.get('agt_args')!, ...(aw.slots!.has('agt_val') ? [aw.slots!.get('agt_val')!] : [])];
      const exc = yield* thrown(args);
      if (!exc) {
        ip.heap.escape(gen);
        return b.unknown(pos.line, pos.col);
      }
      r = yield* b.throwInto(gen, exc, frame);
    } else {
      const sent = aw.slots!.get('ags_sendval')!;
      r = yield* b.resume(gen, ip.heap.incref(sent), frame);
    }
    if (!r.done) return r.value;
    ip.heap.decref(r.value);
    throw ip.raiseObj(b.newException('StopAsyncIteration', [], pos), frame, true);
  } finally {
    ip.heap.decref(aw);
  }
}

// The builtins aiter(obj) and anext(it[, default]) (Python/bltinmodule.c, 3.10+): aiter is
// type(obj).__aiter__(obj); anext calls type(it).__anext__(it) at once, and with a default wraps
// the awaitable it got in an anext_awaitable holding both (until that goes, after the await);
// awaiting that awaits the inner one, a StopAsyncIteration giving the default instead.
const ANEXT_AWAITABLE = 'anext_awaitable';

/** aiter(obj) with a borrowed obj: the async iterator (owned), or undefined when not followed. */
export function* aiterOf(ip: Interpreter, obj: PyObj, frame: Frame, pos: { line: number; col: number }): G<PyObj | undefined> {
  if (isAsyncGen(obj)) return ip.heap.incref(obj)!;
  if (!ip.instanceDunder(obj, '__aiter__')) return undefined;
  return yield* ip.callInstanceDunder(obj, '__aiter__', [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:aiter()` });
}

/** anext(it[, default]) with borrowed arguments: the awaitable (owned), or undefined when not followed. */
export function* anextOf(ip: Interpreter, it: PyObj, dflt: PyObj | undefined, frame: Frame, pos: { line: number; col: number }): G<PyObj | undefined> {
  const h = ip.heap;
  const aw = isAsyncGen(it) ? agenAwaitable(ip, it, '__anext__', [], pos)
    : ip.instanceDunder(it, '__anext__') ? yield* ip.callInstanceDunder(it, '__anext__', [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:anext()` })
    : undefined;
  if (!aw || !dflt) return aw;
  const o = h.alloc('builtin', ANEXT_AWAITABLE, h.site(pos.line, pos.col, ANEXT_AWAITABLE, 'anext(it, default)'));
  o.builtinName = ANEXT_AWAITABLE;
  o.tracked = true;
  o.slots = new Map([['wrapped', aw], ['default_value', h.incref(dflt)!]]);
  return o;
}

export function isAnextAwaitable(v: PyObj): boolean {
  return v.builtinName === ANEXT_AWAITABLE;
}

/** `await` of an owned anext_awaitable: the inner awaitable's result, or the default (owned). */
export function* awaitAnextDefault(ip: Interpreter, aw: PyObj, frame: Frame, pos: { line: number; col: number }, tag: string): G<PyObj> {
  const h = ip.heap;
  try {
    return yield* ip.awaitValue(h.incref(aw.slots!.get('wrapped'))!, frame, pos, `${tag}:anext`);
  } catch (err) {
    if (!isStopAsync(ip, err)) throw err;
    h.decref(err.exc);
    return h.incref(aw.slots!.get('default_value'))!;
  } finally {
    h.decref(aw);
  }
}
