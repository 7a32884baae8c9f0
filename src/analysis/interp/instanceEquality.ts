// `a == b` / `a != b` with an instance of the program's classes on either side, as do_richcompare
// runs it: the right operand first when its class is a proper subclass of the left's, else the
// left's slot, then the right's reflection (for == and != the reflection is the same method);
// NotImplemented passes on; when every side declines, identity decides. object's own __ne__
// runs the class's __eq__ and inverts a result that is not NotImplemented.
import { exactBuiltin, programMro } from './typeErrors';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/** An instance whose classes are all class statements of the program (no builtin, library or ABC base). */
function plainInstance(o: PyObj): boolean {
  if (o.kind !== 'instance' || o.basePayload || o.weakContainer || o.fuzzy || !o.cls || o.cls.unknownBase) return false;
  return programMro(o.cls) && !(o.cls.mroTuple?.items ?? []).some((c) => c.dataclassFields);
}

/** The answer, or undefined when this side's slot gave NotImplemented. */
function* sideEquality(bi: Builtins, op: '==' | '!=', a: PyObj, b: PyObj, frame: Frame, pos: Pos): G<PyObj | undefined> {
  // (an exact builtin's comparison with an instance of another type: NotImplemented)
  if (a.kind !== 'instance') return undefined;
  const h = bi.it.heap;
  const call = function* (m: PyObj): G<PyObj | undefined> {
    const r = yield* bi.it.callObject(m, [h.incref(a)!, h.incref(b)!], [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:${m.fn?.name ?? 'eq'}` });
    if (r.type !== 'NotImplementedType') return r;
    h.decref(r);
    return undefined;
  };
  const own = bi.lookupClassAttr(a.cls, op === '==' ? '__eq__' : '__ne__');
  if (own) return yield* call(own);
  const eq = bi.lookupClassAttr(a.cls, '__eq__');
  if (op === '==' || !eq) return a === b ? bi.bool(op === '==') : undefined;
  // object.__ne__: the class's __eq__, its answer's truth inverted (NotImplemented passes on)
  const r = yield* call(eq);
  if (!r) return undefined;
  const t = yield* bi.it.truthOf(r, frame);
  return t === undefined ? bi.unknown(pos.line, pos.col) : bi.bool(!t);
}

/**
 * The operand order of do_richcompare (and of binary_op1, which adds that the subclass must
 * override the reflected method): when the right operand's class is a proper subclass of the
 * left's, the right one is asked first.
 */
export function rightSubclassFirst(bi: Builtins, lc: PyObj | undefined, rc: PyObj | undefined): boolean {
  return !!lc && !!rc && lc !== rc && bi.isSubclass(rc, lc);
}

/**
 * `l == r` / `l != r` where one side is a plain instance of the program's classes and the other is
 * one too or an exact builtin value. Undefined: not such operands (the caller's model answers).
 */
export function* instanceEquality(bi: Builtins, op: '==' | '!=', l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<PyObj | undefined> {
  const known = (o: PyObj): boolean => plainInstance(o) || (o.kind !== 'instance' && exactBuiltin(o));
  if ((l.kind !== 'instance' && r.kind !== 'instance') || !known(l) || !known(r)) return undefined;
  if ([l, r].some((o) => o.kind === 'instance' && ['__eq__', '__ne__'].some((n) => { const m = bi.lookupClassAttr(o.cls, n); return m && m.kind !== 'function'; }))) return undefined;
  const reverseFirst = l.kind === 'instance' && r.kind === 'instance' && rightSubclassFirst(bi, l.cls, r.cls);
  const sides: [PyObj, PyObj][] = reverseFirst ? [[r, l], [l, r]] : [[l, r], [r, l]];
  for (const [a, b] of sides) {
    const res = yield* sideEquality(bi, op, a, b, frame, pos);
    if (res) return res;
  }
  return bi.bool((l === r) === (op === '=='));
}
