// Containers filled by the rounds of a walk in an unknown order (setOrder.ts): `for x in s:
// out.append(x)`, `q.append(x)`, `d[x.name] = x`, `self.current = x`. CPython runs the rounds in
// the set's hash-table order, so a list / deque / dict filled that way holds its items in that
// order, and a slot stored by several rounds keeps the last round's value: neither is the order
// the model walked. Measured on 3.12.1: `for o in {a, b, c}: out.append(o)` then `out[0]` named b
// where the model's walk named a.
//
// What the rounds stored, and in which rounds, is noted per walk (Builtins.noteStore); once a
// container got values from two rounds:
//   - a list or deque is of unknown order (`orderUnknown`, builtinCalls.ts settleOrder): len,
//     membership, a loop over all of it, clear stay exact; indexing, pop, unpacking open its items;
//   - at the walk's end, a dict that still holds every value stored is a dict of unknown insertion
//     order (its walks are unordered ones, popitem opens its entries);
//   - anything else (an instance's attribute, a deque's maxlen dropping some, a dict slot stored again, a list that lost
//     some of them): which of those values it keeps, or where, is not known: their counts open.
// A set is left alone: its order is its hash table's whatever the order of the adds.
import type { Interpreter } from './interpreter';
import type { PyObj } from './objects';
import type { ActiveWalk } from './setOrder';

export interface WalkFill {
  rounds: Set<number>;
  values: Set<PyObj>;
}

/**
 * Stores whose order the model keeps right whatever the rounds' order: a set's, and a tuple's
 * (built whole in one round; a dict items iterator's reused result tuple is refilled each round).
 */
function orderBlind(c: PyObj): boolean {
  return c.kind === 'set' || c.kind === 'frozenset' || c.kind === 'tuple';
}

/** Sequences whose order the `orderUnknown` flag follows (builtinCalls.ts settleOrder): lists, deques among them. */
function sequence(c: PyObj): boolean {
  return c.kind === 'list';
}

/** `container` got `value` while `walks` run: noted for each; a list filled by two rounds is of unknown order from now. */
export function noteWalkFill(walks: readonly ActiveWalk[], container: PyObj, value: PyObj): void {
  if (orderBlind(container)) return;
  for (const w of walks) {
    let f = w.fills.get(container);
    if (!f) w.fills.set(container, (f = { rounds: new Set(), values: new Set() }));
    f.rounds.add(w.round);
    f.values.add(value);
    // (at once: a later round reading `out[-1]` reads an earlier round's value, whichever that was)
    if (sequence(container) && f.rounds.size > 1 && f.values.size > 1 && container.items && !container.fuzzy) container.orderUnknown = true;
  }
}

/** The walk ends (run to its end or left early): what the containers its rounds filled keep, as the header says. */
export function settleWalkFills(ip: Interpreter, w: ActiveWalk, completed: boolean, unorderedDict: (d: PyObj) => void): void {
  for (const [c, f] of w.fills) {
    if (f.rounds.size < 2) continue;
    const alive = [...f.values].filter((x) => x.alive && !x.immortal);
    if (alive.length < 2) continue;
    if (completed && c.alive && !c.fuzzy) {
      if (sequence(c) && c.items && alive.every((x) => c.items!.includes(x))) {
        if (c.items.length > 1) c.orderUnknown = true;
        continue;
      }
      if (c.kind === 'dict' && c.entries) {
        const held = new Set<PyObj>();
        for (const e of c.entries.values()) { held.add(e.key); held.add(e.value); }
        if (alive.every((x) => held.has(x))) { unorderedDict(c); continue; }
      }
    }
    for (const x of alive) ip.heap.fuzz(x);
  }
  w.fills.clear();
}
