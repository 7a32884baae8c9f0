// pickle.dumps / pickle.loads (the C _pickle module, 3.11-3.13, measured on all
// three): dumps of a graph of builtin containers and atoms only reads it — the
// Pickler's memo table holds each object it wrote while the call runs and is
// freed when it returns — and gives a new bytes object. loads of such bytes
// builds a new graph that holds nothing of the program's; it is not rebuilt
// here (its objects are of unknown count), and bytes of any other origin may
// name program callables (REDUCE through find_class), so that call is unknown.
// Instances (reduce hooks, copyreg's __slotnames__ cache), functions and classes
// (pickled by reference) are left to the unknown call.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { PyObj } from './objects';
import { LIMITS } from './limits';

/** Bytes this model made with dumps of a plain graph: loading them runs no program code. */
const PLAIN_PICKLES = new WeakSet<PyObj>();

const ATOMS: ReadonlySet<string> = new Set(['none', 'int', 'float', 'complex', 'str', 'bytes', 'bool']);
const CONTAINERS: ReadonlySet<string> = new Set(['list', 'tuple', 'dict', 'set', 'frozenset']);

/**
 * Whether pickling `o` only reads builtin containers and atoms of exact type (no hook, no lookup
 * by name). Iterative and bounded: a deep or huge graph is not followed (the call stays unknown).
 */
function plainGraph(o: PyObj): boolean {
  const seen = new Set<PyObj>();
  const todo = [o];
  while (todo.length) {
    const x = todo.pop()!;
    if (seen.has(x)) continue;
    if (seen.size >= LIMITS.MAX_PICKLE_OBJECTS) return false;
    seen.add(x);
    if (x.kind === 'unknown' || (x.fuzzy && !x.immortal) || x.cls || x.type !== x.kind && !(x.kind === 'none' || x.kind === 'bool')) return false;
    if (ATOMS.has(x.kind)) continue;
    if (!CONTAINERS.has(x.kind)) return false;
    if (x.kind === 'list' || x.kind === 'tuple') todo.push(...(x.items ?? []));
    else if (!x.entries) return false;
    else for (const e of x.entries.values()) todo.push(...(x.kind === 'dict' ? [e.key, e.value] : [e.key]));
  }
  return true;
}

/** pickle.dumps(obj[, protocol]): a new bytes object; nothing of obj is kept. */
function pickleDumpsImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, self, pos, unknownCall } = call;
  if (!self || args.length > 2 || kwargs.some(([k]) => k !== 'protocol') || !plainGraph(self)) return unknownCall();
  const r = b.newBytes(pos);
  PLAIN_PICKLES.add(r);
  return r;
}

/** pickle.loads(data) of bytes dumps made from a plain graph: a new object graph of unknown shape. */
function pickleLoadsImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, self, pos, unknownCall } = call;
  if (args.length !== 1 || kwargs.length || !self || !PLAIN_PICKLES.has(self)) return unknownCall();
  return b.unknown(pos.line, pos.col);
}

export const PICKLE_IMPLS: [string, BuiltinImpl][] = [
  ['pickle.dumps', pickleDumpsImpl],
  ['pickle.loads', pickleLoadsImpl],
];
