// pickle.dumps / pickle.loads (the C _pickle module, 3.11-3.13, measured on all
// three): dumps only reads the graph — the Pickler's memo table holds each object
// it wrote while the call runs and is freed when it returns — and gives a new
// bytes object. Instances of plain module-level classes go through
// object.__reduce_ex__: copyreg caches `__slotnames__` on the class and
// object.__getstate__ makes a non-empty __dict__ a real object (as copy.copy does,
// copyModule.ts). loads of bytes dumps made here rebuilds the graph as it was when
// dumped (pickleSnapshot.ts): new objects holding nothing of the program's. Bytes
// of any other origin may name program callables (REDUCE through find_class), so
// that call is unknown. A graph the snapshot does not take (hooks, functions and
// classes pickled by reference, unknown parts) is an unknown call, or for builtin
// containers of atoms (bytes, complex) a plain pickle whose loads gives an object
// of unknown shape.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { PyObj } from './objects';
import { LIMITS } from './limits';
import { PickleSnapshot, rebuildSnapshot, snapshotGraph } from './pickleSnapshot';

/** Bytes this model made with dumps of a plain graph: loading them runs no program code. */
const PLAIN_PICKLES = new WeakMap<PyObj, PickleSnapshot | undefined>();

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
  if (!self || args.length > 2 || kwargs.some(([k]) => k !== 'protocol')) return unknownCall();
  // (protocols 0 and 1 reduce instances through copyreg._reconstructor: only 2 and up, or the default, taken)
  const proto = args[1] ?? kwargs[0]?.[1];
  const modern = !proto || proto.kind === 'none' || (proto.kind === 'int' && !proto.cls && typeof proto.value === 'bigint' && (proto.value >= 2n || proto.value < 0n));
  const snap = modern ? snapshotGraph(b, self, pos) : undefined;
  if (!snap && !plainGraph(self)) return unknownCall();
  const r = b.newBytes(pos);
  PLAIN_PICKLES.set(r, snap);
  return r;
}

/** pickle.loads(data) of bytes dumps made: the graph rebuilt, or a new object of unknown shape. */
function pickleLoadsImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, self, pos, unknownCall } = call;
  if (args.length !== 1 || kwargs.length || !self || !PLAIN_PICKLES.has(self)) return unknownCall();
  const snap = PLAIN_PICKLES.get(self);
  return (snap && rebuildSnapshot(b, snap, pos)) || b.unknown(pos.line, pos.col);
}

export const PICKLE_IMPLS: [string, BuiltinImpl][] = [
  ['pickle.dumps', pickleDumpsImpl],
  ['pickle.loads', pickleLoadsImpl],
];
