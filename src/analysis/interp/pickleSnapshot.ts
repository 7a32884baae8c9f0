// What pickle.dumps wrote, as a graph loads can rebuild (pickleModule.ts), for objects the model
// knows exactly: None / bools, exact ints, floats and strs, exact lists, tuples, dicts, sets of
// atoms, and instances of plain module-level classes (a __dict__ or __slots__, no pickling hook;
// copyModule.ts's plainInstance / slottedInstance). What the C Pickler and Unpickler do with them
// (3.11-3.13, protocol 2 and up):
// - the Pickler memoizes every str, tuple, list, dict, set and instance by identity, so a shared
//   object is loaded once and shared again, cycles included; ints, floats, None and bools are
//   written by value each time: each occurrence loads as a new object (a small int the cached one);
// - an instance is saved as NEWOBJ of its class (looked up by name in __main__: a class not bound
//   to its own name there is a PicklingError, not followed) and its state: object.__getstate__
//   makes the __dict__ a real object when it has attributes (the state; an empty one is None and
//   nothing is built) or gives (None, {slot: value}); copyreg caches `__slotnames__` on the class;
// - loads builds cls.__new__(cls) and BUILD stores the state's items one by one into the new
//   object's __dict__ (read as an attribute: made real) or sets its slots. The Unpickler's memo and
//   the state objects are freed when loads returns: only the rebuilt graph is left, the root held
//   by the result alone.
// A tuple that contains itself through its items is saved twice over (the memo finds it only after
// its items): not taken. Dumps is read at its call: loads rebuilds what was dumped then.
import type { Builtins } from './builtins';
import { PICKLE_IGNORES, plainInstance, slottedInstance } from './copyModule';
import { cacheSlotnames, storeNewDictKey } from './instanceDicts';
import { LIMITS } from './limits';
import type { PyObj } from './objects';

interface Pos {
  line: number;
  col: number;
}

type Node =
  | { k: 'same'; obj: PyObj }
  | { k: 'int'; v: bigint | undefined }
  | { k: 'float'; v: number | undefined }
  | { k: 'str'; v: string }
  | { k: 'list' | 'tuple' | 'set'; items: number[] }
  | { k: 'dict'; entries: [number, number][] }
  | { k: 'inst'; cls: PyObj; name: string; attrs?: [string, number][]; slots?: [string, number][] };

/** A dumped graph: its nodes, the root's index 0. */
export interface PickleSnapshot {
  nodes: Node[];
}

/** Hooks object.__reduce_ex__ asks for besides copy's (copyModule.ts checks the others). */
const PICKLE_HOOKS = ['__getnewargs__', '__getnewargs_ex__', '__reduce__', '__reduce_ex__', '__getstate__', '__setstate__'];

/** The class of an instance the Pickler can name: bound to its own name at the program's top level. */
function namedClass(b: Builtins, cls: PyObj | undefined): string | undefined {
  const ir = cls?.classIR;
  if (!cls || !ir || ir.qualname !== ir.name || b.it.globals.get(ir.name) !== cls) return undefined;
  return PICKLE_HOOKS.some((h) => b.lookupClassAttr(cls, h)) ? undefined : ir.name;
}

/** The snapshot of what dumps(x) writes, side effects on the originals applied; undefined when not taken (nothing done). */
export function snapshotGraph(b: Builtins, x: PyObj, pos: Pos): PickleSnapshot | undefined {
  const nodes: Node[] = [];
  const memo = new Map<PyObj, number>();
  const onPath = new Set<PyObj>();
  const instances: PyObj[] = [];
  const atom = (o: PyObj): Node | undefined => {
    if (o.cls || (o.fuzzy && !o.immortal)) return undefined;
    if (o.kind === 'none' || o.kind === 'bool') return { k: 'same', obj: o };
    if (o.kind === 'int' && o.type === 'int') return { k: 'int', v: typeof o.value === 'bigint' ? o.value : undefined };
    if (o.kind === 'float' && o.type === 'float') return { k: 'float', v: typeof o.value === 'number' ? o.value : undefined };
    return undefined;
  };
  const visit = (o: PyObj, depth: number): number | undefined => {
    const seen = memo.get(o);
    if (seen !== undefined) return onPath.has(o) ? undefined : seen;
    const a = atom(o);
    if (a) { nodes.push(a); return nodes.length - 1; }
    // (the C Pickler's recursion guard counts each nested save: a deep graph is a RecursionError)
    if (depth > LIMITS.MAX_PICKLE_DEPTH || nodes.length >= LIMITS.MAX_PICKLE_OBJECTS) return undefined;
    if (o.kind === 'unknown' || (o.fuzzy && !o.immortal)) return undefined;
    const i = nodes.length;
    if (o.kind === 'str' && o.type === 'str' && !o.cls && typeof o.value === 'string') {
      nodes.push({ k: 'str', v: o.value });
      memo.set(o, i);
      return i;
    }
    const each = (vs: PyObj[]): number[] | undefined => {
      const out: number[] = [];
      for (const v of vs) {
        const n = visit(v, depth + 1);
        if (n === undefined) return undefined;
        out.push(n);
      }
      return out;
    };
    if ((o.kind === 'list' || o.kind === 'tuple') && o.type === o.kind && !o.cls && o.items) {
      const node: Node = { k: o.kind, items: [] };
      nodes.push(node);
      memo.set(o, i);
      // (a tuple is memoized only once its items are saved: one reached again through them is not taken)
      if (o.kind === 'tuple') onPath.add(o);
      const items = each(o.items);
      onPath.delete(o);
      if (!items) return undefined;
      node.items = items;
      return i;
    }
    if (o.kind === 'set' && o.type === 'set' && !o.cls && o.entries) {
      const node: Node = { k: 'set', items: [] };
      nodes.push(node);
      memo.set(o, i);
      const items = each([...o.entries.values()].map((e) => e.key));
      // (members of atoms only: a member reaching back to its set would be loaded before the set is filled)
      if (!items || items.some((n) => !['same', 'int', 'float', 'str'].includes(nodes[n].k))) return undefined;
      node.items = items;
      return i;
    }
    if (o.kind === 'dict' && o.type === 'dict' && !o.cls && o.entries && !o.instanceDict) {
      const node: Node = { k: 'dict', entries: [] };
      nodes.push(node);
      memo.set(o, i);
      for (const e of [...o.entries.values()]) {
        const k = visit(e.key, depth + 1);
        const v = k === undefined ? undefined : visit(e.value, depth + 1);
        if (k === undefined || v === undefined) return undefined;
        node.entries.push([k, v]);
      }
      return i;
    }
    const plain = o.kind === 'instance' && plainInstance(b, o, PICKLE_IGNORES);
    if (plain || (o.kind === 'instance' && slottedInstance(b, o, PICKLE_IGNORES))) {
      const name = namedClass(b, o.cls);
      if (!name) return undefined;
      const node: Node = { k: 'inst', cls: o.cls!, name };
      nodes.push(node);
      memo.set(o, i);
      const parts: [string, number][] = [];
      // (the state is one level more: a dict, or a tuple holding the slots' dict)
      for (const [k, v] of [...(plain ? o.attrs! : o.slots!)]) {
        const n = visit(v, depth + 2);
        if (n === undefined) return undefined;
        parts.push([k, n]);
      }
      if (plain) node.attrs = parts;
      else node.slots = parts;
      instances.push(o);
      return i;
    }
    return undefined;
  };
  if (visit(x, 0) !== 0) return undefined;
  // What pickling did to the originals (copy.copy's same path): the classes' __slotnames__ cache,
  // a non-empty __dict__ made real by object.__getstate__.
  for (const o of instances) {
    cacheSlotnames(b, o.cls!, pos);
    if (o.attrs?.size) b.materializeDict(o, pos);
  }
  return { nodes };
}

/** loads of a snapshot: the rebuilt root (a new reference), or undefined when a class is no longer what dumps named. */
export function rebuildSnapshot(b: Builtins, snap: PickleSnapshot, pos: Pos): PyObj | undefined {
  const h = b.it.heap;
  const { nodes } = snap;
  // (find_class: the name must give the same class again, else what is built is not followed)
  if (nodes.some((n) => n.k === 'inst' && (!n.cls.alive || b.it.globals.get(n.name) !== n.cls))) return undefined;
  const built = new Map<number, PyObj>();
  // Each node built once (memoized kinds) and shared by a new reference; atoms new each time. The
  // depth is the snapshot's, bounded by MAX_PICKLE_DEPTH.
  const build = (i: number): PyObj => {
    const done = built.get(i);
    if (done) return h.incref(done)!;
    const n = nodes[i];
    switch (n.k) {
      case 'same': return h.incref(n.obj)!;
      case 'int': return b.newInt(n.v, pos);
      case 'float': return b.newFloat(n.v, pos);
      case 'str': {
        const s = b.newStr(n.v, pos);
        built.set(i, s);
        return s;
      }
      case 'tuple': {
        const t = n.items.length ? b.newSeq('tuple', n.items.map(build), pos) : h.incref(b.emptyTuple)!;
        built.set(i, t);
        return t;
      }
      case 'set': {
        const s = b.newSet(n.items.map(build), pos, 'set');
        built.set(i, s);
        return s;
      }
      case 'list': {
        const l = b.newSeq('list', [], pos);
        built.set(i, l);
        for (const c of n.items) {
          const v = build(c);
          l.items!.push(v);
          b.noteStore(l, v);
        }
        return l;
      }
      case 'dict': {
        const d = b.newDict(pos);
        built.set(i, d);
        for (const [k, v] of n.entries) b.dictSet(d, build(k), build(v));
        return d;
      }
      case 'inst': {
        const y = b.bareInstance(n.cls, pos);
        built.set(i, y);
        if (n.attrs?.length) {
          const yd = b.materializeDict(y, pos);
          for (const [k, c] of n.attrs) {
            const v = build(c);
            storeNewDictKey(b, y, yd, k, v);
          }
        }
        for (const [k, c] of n.slots ?? []) {
          const v = build(c);
          y.slots!.set(k, v);
          b.noteStore(y, v);
        }
        return y;
      }
    }
  };
  return build(0);
}
