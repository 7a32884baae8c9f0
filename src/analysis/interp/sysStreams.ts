// sys.stdout / sys.stderr as replaceable attributes of the sys module (Python/sysmodule.c keeps
// them in the module's dict; print and redirect_stdout look them up there each time).
//
// Until the program stores one, each is the interpreter's own stream: one external object per
// name (moduleName `sys.stdout` / `sys.stderr`, what `sys.__stdout__` / `sys.__stderr__` also
// give), whose writes stdoutBuffer.ts follows. `sys.stdout = obj` makes the module hold obj (a
// reference outside the heap graph: hiddenHolders) and lets go of the previous one; storing the
// original stream back holds nothing the model counts.
//
// Code the model does not follow can read sys.stdout and keep it (a logging handler keeps
// sys.stderr) or write to it, so a replaced stream escapes at every unknown call; a store that
// may not happen (a branch of unknown direction) leaves which object is current unknown.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

export type StreamName = 'stdout' | 'stderr';

const WHY = 'the sys module (sys.stdout / sys.stderr)';

interface Streams {
  /** The interpreter's own streams (externals, created on first use). */
  readonly original: Map<StreamName, PyObj>;
  /** What the program stored, when it is not the original (owned); 'unknown' after an uncertain store. */
  readonly current: Map<StreamName, PyObj | 'unknown'>;
}

const STATES = new WeakMap<Builtins, Streams>();

function streamsOf(b: Builtins): Streams {
  let s = STATES.get(b);
  if (!s) STATES.set(b, (s = { original: new Map(), current: new Map() }));
  return s;
}

/** `stdout` / `stderr` for a sys attribute that names one (`__stdout__` too with `dunder`), else undefined. */
export function streamOfAttr(name: string, dunder: boolean): StreamName | undefined {
  const bare = dunder && name.startsWith('__') && name.endsWith('__') ? name.slice(2, -2) : name;
  if (!dunder && bare !== name) return undefined;
  return bare === 'stdout' || bare === 'stderr' ? bare : undefined;
}

/** The interpreter's own stream (external: never counted). */
export function originalStream(b: Builtins, name: StreamName): PyObj {
  const s = streamsOf(b);
  let o = s.original.get(name);
  if (!o) {
    o = b.it.heap.external('unknown', 'object', `module:sys.${name}`);
    o.fuzzy = true;
    o.moduleName = `sys.${name}`;
    s.original.set(name, o);
  }
  return o;
}

/** What `sys.<name>` gives now (borrowed); an unknown object when the model does not know which it is. */
export function currentStream(b: Builtins, name: StreamName): PyObj {
  const cur = streamsOf(b).current.get(name);
  if (cur !== 'unknown') return cur ?? originalStream(b, name);
  const o = b.it.heap.external('unknown', 'object', `module:sys.${name}`);
  o.fuzzy = true;
  return o;
}

/** Whether the model does not know which object `sys.<name>` is (it may still be the original). */
export function streamUnknown(b: Builtins, name: StreamName): boolean {
  return STATES.get(b)?.current.get(name) === 'unknown';
}

/** `sys.<name> = value` (value owned): the module holds value and releases what it held. */
export function setStream(b: Builtins, name: StreamName, value: PyObj): void {
  const h = b.it.heap;
  const s = streamsOf(b);
  const old = s.current.get(name);
  const isOriginal = value === s.original.get(name);
  if (b.it.uncertainFor(undefined)) {
    // The store may not happen: either object may be current afterwards, and either may be held.
    h.escape(value);
    if (old && old !== 'unknown') h.escape(old);
  }
  // (an object the model does not know, stored back from what it read while unknown, may be the original)
  const vague = b.it.uncertainFor(undefined) || (value.kind === 'unknown' && value.external && !isOriginal);
  const next = vague ? 'unknown' : isOriginal ? undefined : value;
  if (next && next !== 'unknown' && !value.immortal) {
    value.hiddenHolders += 1;
    value.hiddenWhy ??= WHY;
  }
  if (next === undefined) s.current.delete(name);
  else s.current.set(name, next);
  // (an 'unknown' state keeps no reference of its own: what was stored escaped above)
  if (next !== value) h.decref(value);
  if (old && old !== 'unknown') {
    if (!old.immortal) old.hiddenHolders -= 1;
    h.decref(old);
  }
}

/** Code the model does not follow ran: it may have kept or written to a replaced stream. */
export function streamsEscape(b: Builtins): void {
  const s = STATES.get(b);
  if (!s) return;
  for (const cur of s.current.values()) if (cur !== 'unknown') b.it.heap.escape(cur);
}
