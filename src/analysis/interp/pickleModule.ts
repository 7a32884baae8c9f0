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

/** Bytes this model made with dumps of a plain graph: loading them runs no program code. */
const PLAIN_PICKLES = new WeakSet<PyObj>();

const ATOMS: ReadonlySet<string> = new Set(['none', 'int', 'float', 'complex', 'str', 'bytes', 'bool']);
const CONTAINERS: ReadonlySet<string> = new Set(['list', 'tuple', 'dict', 'set', 'frozenset']);

/** Whether pickling `o` only reads builtin containers and atoms of exact type (no hook, no lookup by name). */
function plainGraph(o: PyObj, seen: Set<PyObj>): boolean {
  if (seen.has(o)) return true;
  seen.add(o);
  if (o.kind === 'unknown' || (o.fuzzy && !o.immortal) || o.cls || o.type !== o.kind && !(o.kind === 'none' || o.kind === 'bool')) return false;
  if (ATOMS.has(o.kind)) return true;
  if (!CONTAINERS.has(o.kind)) return false;
  if (o.kind === 'list' || o.kind === 'tuple') return (o.items ?? []).every((v) => plainGraph(v, seen));
  return !!o.entries && [...o.entries.values()].every((e) => plainGraph(e.key, seen) && (o.kind !== 'dict' || plainGraph(e.value, seen)));
}

/** pickle.dumps(obj[, protocol]): a new bytes object; nothing of obj is kept. */
function pickleDumpsImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, self, pos, unknownCall } = call;
  if (!self || args.length > 2 || kwargs.some(([k]) => k !== 'protocol') || !plainGraph(self, new Set())) return unknownCall();
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
