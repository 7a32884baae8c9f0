// An OrderedDict subclass of the program (its builtin part an OrderedDict: Builtins.builtinBaseOf).
// odictobject.c's methods go through the instance's own item slots when the type is not exactly
// OrderedDict, so a class's __setitem__ / __getitem__ / __contains__ / __init__ run (measured
// 3.11-3.13 with hooks that log): OrderedDict.__init__ and update() store every item through
// __setitem__ (mutablemapping_update), setdefault() asks __contains__, then __getitem__ or
// __setitem__, copy() calls type(self)() and copies each item through self[key] and the copy's
// __setitem__; pop(), popitem(), move_to_end(), clear() and get() run none of them.
import type { Builtins } from './builtins';
import type { BuiltinCall } from './builtinCalls';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { ownHook } from './payloadMerge';

/** The methods an OrderedDict subclass instance runs through its own slots (odictSubMethodImpl). */
const HOOKS: ReadonlyMap<string, readonly string[]> = new Map([
  ['update', ['__setitem__']],
  ['setdefault', ['__contains__', '__getitem__', '__setitem__']],
  // (type(self)() runs the class's __init__; the copy is the class's instance in any case)
  ['copy', []],
]);

/** `inst.name` is an OrderedDict method that, on this subclass instance, the model follows itself (odictSubMethodImpl). */
export function odictSubMethod(inst: PyObj, name: string): boolean {
  const hooks = HOOKS.get(name);
  if (!hooks || inst.basePayload?.type !== 'OrderedDict') return false;
  return name === 'copy' || hooks.some((n) => ownHook(inst.cls, n));
}

/**
 * repr() of an OrderedDict subclass instance runs the class's own methods (measured): from 3.12
 * odict_repr reprs PyDict_Copy(self), which reads an OrderedDict subclass through keys() and
 * self[key]; 3.11 calls its items(). Not followed: the caller lets the instance escape.
 */
export function odictReprRunsHooks(b: Builtins, x: PyObj): boolean {
  if (x.kind !== 'instance' || x.basePayload?.type !== 'OrderedDict') return false;
  const names = b.it.vm.odictReprCopiesDict ? ['keys', '__getitem__'] : ['items'];
  return names.some((n) => ownHook(x.cls, n) || !!x.attrs?.has(n));
}

/** An exact dict of known content (PyDict_CheckExact: mutablemapping_update reads it through PyDict_Items). */
function plainDict(d: PyObj): boolean {
  return d.kind === 'dict' && d.type === 'dict' && !d.cls && !d.payloadOf && !d.instanceDict && !!d.entries && !d.fuzzy;
}

/**
 * PyObject_SetItem(inst, key, value) from C with `value` borrowed: slot_mp_ass_subscript calls the
 * class's __setitem__ with borrowed arguments (its frame's references only); without one, the
 * builtin part stores the value.
 */
function* storeBorrowed(b: Builtins, inst: PyObj, key: PyObj, value: PyObj, frame: Frame): G<void> {
  const h = b.it.heap;
  const m = b.lookupClassAttr(inst.cls, '__setitem__');
  if (m?.kind !== 'function') return yield* b.setItem(inst, key, h.incref(value)!, frame);
  h.decref(yield* b.it.callObject(m, [h.incref(inst)!, h.incref(key)!, h.incref(value)!], [], frame, { line: frame.line, col: 0, key: 'setitem' }));
}

/** An exact list / tuple of known content whose items are exact 2-item tuples / lists (mutablemapping_add_pairs' input). */
function pairSeq(s: PyObj): boolean {
  const two = (p: PyObj): boolean => (p.kind === 'tuple' || p.kind === 'list') && !p.cls && !p.fuzzy && p.items?.length === 2;
  return (s.kind === 'list' || s.kind === 'tuple') && !s.cls && !s.fuzzy && !s.payloadOf && !!s.items?.every(two);
}

/**
 * mutablemapping_update on an instance whose class has its own __setitem__ (arguments borrowed),
 * followed for no argument, one exact dict of known content (PyDict_Items: a list of (key, value)
 * tuples holds both while each is stored, as the model's snapshot references do) or one exact
 * list / tuple of pairs (its iterator holds it, PyIter_Next each pair while its items are
 * stored). False when not followed (keywords, any other argument: nothing ran).
 */
export function* updateThroughSetitem(b: Builtins, inst: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame): G<boolean> {
  if (kwargs.length || args.length > 1) return false;
  const h = b.it.heap;
  const [src] = args;
  if (!src) return true;
  if (pairSeq(src)) {
    const pairs = [...src.items!];
    h.incref(src);
    try {
      for (const p of pairs) {
        h.incref(p);
        try {
          yield* storeBorrowed(b, inst, p.items![0], p.items![1], frame);
        } finally {
          h.decref(p);
        }
      }
    } finally {
      h.decref(src);
    }
    return true;
  }
  if (!plainDict(src)) return false;
  const pairs = [...src.entries!.values()].map((e) => [h.incref(e.key)!, h.incref(e.value)!]);
  try {
    for (const [k, v] of pairs) yield* storeBorrowed(b, inst, k, v, frame);
  } finally {
    for (const [k, v] of pairs) { h.decref(k); h.decref(v); }
  }
  return true;
}

/** update / setdefault / copy of an OrderedDict subclass instance that runs the program's code (odictSubMethod). */
export function* odictSubMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kwargs, frame, site, self, unknownCall } = call;
  const part = self?.basePayload;
  if (!part || part.fuzzy || self.fuzzy) return unknownCall();
  const rest = args.slice(1);
  switch (name) {
    case 'odictsub.update':
      return (yield* updateThroughSetitem(b, self, rest, kwargs, frame)) ? b.none : unknownCall();
    case 'odictsub.setdefault': {
      if (kwargs.length || rest.length < 1 || rest.length > 2) return unknownCall();
      const [key, dflt = b.none] = rest;
      const found = yield* it.truthOf(yield* b.compare('in', key, self, frame, site), frame);
      if (found === undefined) return unknownCall();
      if (found) return yield* b.getItem(self, key, frame);
      yield* storeBorrowed(b, self, key, dflt, frame);
      return h.incref(dflt)!;
    }
    case 'odictsub.copy': {
      if (rest.length || kwargs.length) return unknownCall();
      // od_copy: type(self)(), then _odict_FOREACH: each node's key (borrowed) from the first
      // node on, its value read through self[key] and stored through copy[key] = value; the next
      // node is the one after the current key in the order as it is then.
      const copy = yield* it.callObject(self.cls!, [], [], frame, site);
      try {
        let key = part.entries!.size ? [...part.entries!.values()][0].key : undefined;
        while (key) {
          const v = yield* b.getItem(self, key, frame);
          yield* b.setItem(copy, key, v, frame);
          if (part.fuzzy || !part.entries) { h.escape(copy); return copy; }
          const order = [...part.entries.values()].map((e) => e.key);
          const at = order.indexOf(key);
          // (a hook deleted the node being visited: CPython reads freed memory; not followed)
          if (at < 0) { h.escape(self); h.escape(copy); return copy; }
          key = order[at + 1];
        }
      } catch (err) {
        h.decref(copy);
        throw err;
      }
      return copy;
    }
  }
  return unknownCall();
}
