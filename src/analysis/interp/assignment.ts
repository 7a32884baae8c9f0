// Assignment, deletion and augmented assignment: binding names (frame
// variables, cells, globals, comprehension scopes), attributes, items and
// unpacking, taking over the value's reference as STORE_* does.
import type { ClassIR, Expr, Stmt } from '../ir/irTypes';
import type { Frame } from './frame';
import type { Completion, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { enumBodyStore } from './enums';
import { claimPendingOneOf, noteWalkStore } from './setOrder';
import { heldWhile } from './heldWhile';

const NORMAL: Completion = { k: 'normal' };


export function* assign(ip: Interpreter, target: Expr, value: PyObj, frame: Frame, rhs?: Expr): G<void> {
  switch (target.k) {
    case 'name':
      yield* ip.storeNameScoped(target.id, target.scope, value, frame);
      return;
    case 'attr': {
      // The target's object (and index) leave the value stack however the store ends; the value
      // too, when evaluating them raised before the store (which takes it) ran.
      const obj = yield* valueDroppedOnError(ip, value, () => ip.eval(target.obj, frame));
      try {
        ip.adviser.attributeStored(target, obj, value, rhs);
        yield* ip.b.setAttr(obj, target.name, value, frame);
      } finally {
        ip.heap.decref(obj);
      }
      return;
    }
    case 'subscript': {
      const obj = yield* valueDroppedOnError(ip, value, () => ip.eval(target.obj, frame));
      let idx: PyObj | undefined;
      try {
        idx = yield* valueDroppedOnError(ip, value, () => ip.eval(target.index, frame));
        yield* ip.b.setItem(obj, idx, value, frame);
      } finally {
        ip.heap.decref(idx);
        ip.heap.decref(obj);
      }
      return;
    }
    case 'tuple': case 'list': {
      let items: PyObj[];
      try {
        items = yield* ip.b.unpack(value, target.elts, frame);
      } finally {
        // (UNPACK_SEQUENCE pops the sequence, also when unpacking it raised)
        ip.heap.decref(value);
      }
      let i = 0;
      try {
        for (; i < target.elts.length; i++) {
          const t = target.elts[i];
          yield* ip.assign(t.k === 'star' ? t.value : t, items[i], frame);
        }
      } catch (err) {
        // (a target that raised: the items still on the stack for the targets after it go)
        for (let j = i + 1; j < items.length; j++) ip.heap.decref(items[j]);
        throw err;
      }
      return;
    }
    case 'star':
      yield* ip.assign(target.value, value, frame);
      return;
    default:
      ip.heap.escape(value);
      ip.heap.decref(value);
  }
}

/**
 * Runs `g`; if it raises, the value waiting to be stored (owned) is released first. (A thunk: eval
 * of a plain name answers, and raises, as it is called, before any generator runs.)
 */
function* valueDroppedOnError(ip: Interpreter, value: PyObj, g: () => G<PyObj>): G<PyObj> {
  try {
    return yield* g();
  } catch (err) {
    ip.heap.decref(value);
    throw err;
  }
}

export function* storeName(ip: Interpreter, name: string, value: PyObj, frame: Frame): G<void> {
  const scope = frame.kind === 'module' ? 'global' : frame.kind === 'class' ? 'classbody'
    : frame.cells.has(name) ? 'cell' : 'local';
  yield* ip.storeNameScoped(name, scope, value, frame);
}

export function* storeNameScoped(ip: Interpreter, name: string, scope: string, value: PyObj, frame: Frame): G<void> {
  const globalStore = frame.kind === 'module' || scope === 'global';
  // (a variable of an escaped function's own frame is as certain as its run: Interpreter.uncertainFor)
  const unsure = ip.uncertainFor(globalStore ? undefined : scope === 'cell' || scope === 'free' ? frame.cells.get(name) ?? frame : frame);
  if (unsure) ip.b.fuzz(value);
  if (value.kind === 'exception' && frame.kind === 'function' && frame.handling.includes(value) && frame.frameObj) {
    // Storing the handled exception in another local of this frame (not the `as` name itself).
    if (!ip.handlerNames.has(name)) ip.adviser.exceptionStored(frame.line, ip.currentCol, value, frame.frameObj);
  }
  let old: PyObj | undefined;
  if (scope === 'comp') {
    const s = frame.compScopes.find((m) => m.has(name)) ?? frame.compScopes[frame.compScopes.length - 1];
    if (s) {
      old = s.get(name);
      s.set(name, value);
      if (unsure) ip.noteRebound({ map: s, name, before: old });
      else ip.settleName(s, name);
      ip.heap.decref(old);
      return;
    }
  }
  if ((scope === 'cell' || scope === 'free') && frame.cells.has(name)) {
    const cell = frame.cells.get(name)!;
    old = cell.cellValue;
    cell.cellValue = value;
    ip.recorder.noteEdge(cell, value);
    if (unsure) ip.noteRebound({ cell, name, before: old });
    else ip.settleName(cell, name);
    if (ip.walkDepth && !unsure) noteWalkStore(ip, frame, cell, name, value);
    ip.heap.decref(old);
    return;
  }
  const map = frame.kind === 'module' || scope === 'global' ? frame.globals : frame.locals;
  if (frame.kind === 'class' && scope === 'global' && !(frame.code as ClassIR).locals.has(name)) {
    // A class body stores its own names in its namespace unless declared global.
  }
  const target = frame.kind === 'class' && scope !== 'global' ? frame.locals : map;
  // (an enum body's namespace resolves auto() as it is stored: enums.ts)
  if (target === frame.locals && frame.enumBody) value = enumBodyStore(ip, frame.enumBody, name, value, !!unsure, { line: frame.line, col: ip.currentCol });
  old = target.get(name);
  target.set(name, value);
  if (frame.ownerObj && target === frame.locals) ip.recorder.noteEdge(frame.ownerObj, value);
  if (unsure && old) ip.b.fuzz(old);
  if (unsure) ip.noteRebound({ map: target, name, before: old });
  else ip.settleName(target, name);
  // (`first = next(iter(s))`: one of a set's members; a loop over a set binding it: setOrder.ts)
  if (ip.pendingOneOf && !unsure) claimPendingOneOf(ip, target, name, value);
  if (ip.walkDepth && !unsure) noteWalkStore(ip, frame, target, name, value);
  ip.heap.decref(old);
}

export function unbindName(ip: Interpreter, name: string, frame: Frame): void {
  // (under an unknown condition the name may still be bound afterwards: a load gives an unknown value)
  const unsure = ip.fuzzyDepth > 0;
  const settle = (where: object): void => { if (unsure) ip.markAmbiguous(where, name); else ip.settleName(where, name); };
  for (let i = frame.compScopes.length - 1; i >= 0; i--) {
    if (frame.compScopes[i].has(name)) {
      const old = frame.compScopes[i].get(name);
      frame.compScopes[i].delete(name);
      settle(frame.compScopes[i]);
      ip.heap.decref(old);
      return;
    }
  }
  if (frame.cells.has(name) && frame.kind === 'function') {
    const cell = frame.cells.get(name)!;
    const old = cell.cellValue;
    cell.cellValue = undefined;
    settle(cell);
    ip.heap.decref(old);
    return;
  }
  const map = frame.kind === 'module' ? frame.globals : frame.locals;
  const old = map.get(name) ?? (frame.kind === 'function' ? undefined : frame.globals.get(name));
  if (map.has(name)) { map.delete(name); settle(map); }
  else if (frame.globals.has(name)) { frame.globals.delete(name); settle(frame.globals); }
  if (old && unsure) ip.b.fuzz(old);
  ip.heap.decref(old);
}

export function* del(ip: Interpreter, t: Expr, frame: Frame): G<void> {
  switch (t.k) {
    case 'name':
      if (t.scope === 'global' && frame.kind === 'function') {
        const old = frame.globals.get(t.id);
        frame.globals.delete(t.id);
        ip.heap.decref(old);
      } else ip.unbindName(t.id, frame);
      return;
    case 'attr': {
      const obj = yield* ip.eval(t.obj, frame);
      try {
        yield* ip.b.delAttr(obj, t.name, frame);
      } finally {
        ip.heap.decref(obj);
      }
      return;
    }
    case 'subscript': {
      const obj = yield* ip.eval(t.obj, frame);
      let idx: PyObj | undefined;
      try {
        idx = yield* ip.eval(t.index, frame);
        yield* ip.b.delItem(obj, idx, frame);
      } finally {
        ip.heap.decref(idx);
        ip.heap.decref(obj);
      }
      return;
    }
    case 'tuple': case 'list':
      for (const e of t.elts) yield* ip.del(e, frame);
      return;
    default:
      return;
  }
}

export function* augAssign(ip: Interpreter, s: Stmt & { k: 'augassign' }, frame: Frame): G<Completion> {
  const t = s.target;
  // What the statement holds on the value stack is released when an operation raises, too
  // (`pair[0] += [x]`: list.__iadd__ changed the list, then the tuple's item store raises).
  const held: PyObj[] = [];
  const apply = function* (cur: PyObj): G<PyObj> {
    held.push(cur);
    const rhs = yield* ip.eval(s.value, frame);
    held.push(rhs);
    return yield* ip.b.binop(s.op, cur, rhs, frame, /* inplace */ true, s);
  };
  try {
    if (t.k === 'name') {
      const r = yield* apply(yield* ip.eval(t, frame));
      release(ip, held);
      yield* ip.assign(t, r, frame);
    } else if (t.k === 'attr') {
      const obj = yield* ip.eval(t.obj, frame);
      held.push(obj);
      // (COPY 1: the object is on the stack twice while its attribute is read)
      const r = yield* apply(yield* heldWhile(ip.heap, [obj], 1, ip.b.getAttr(obj, t.name, frame, { line: s.line, col: s.col, key: '' })));
      release(ip, held.splice(1));
      yield* ip.b.setAttr(obj, t.name, r, frame);
    } else if (t.k === 'subscript') {
      const obj = yield* ip.eval(t.obj, frame);
      held.push(obj);
      const idx = yield* ip.eval(t.index, frame);
      held.push(idx);
      // (COPY 2, COPY 2: the container and the index are on the stack twice while the item is read)
      const r = yield* apply(yield* heldWhile(ip.heap, [obj, idx], 1, ip.b.getItem(obj, idx, frame)));
      release(ip, held.splice(2));
      yield* ip.b.setItem(obj, idx, r, frame);
    }
  } finally {
    release(ip, held.reverse());
  }
  return NORMAL;
}


/** Drops the references in `refs` (emptied), in order. */
function release(ip: Interpreter, refs: PyObj[]): void {
  for (const r of refs.splice(0)) ip.heap.decref(r);
}
