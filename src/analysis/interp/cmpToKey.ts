// functools.cmp_to_key (the C _functools version): cmp_to_key(cmp) is a KeyWrapper holding cmp;
// calling it with an object gives another KeyWrapper holding cmp and the object (its `obj`).
// Comparing two of them calls cmp(x.obj, y.obj) and compares the answer with 0
// (keyobject_richcompare), so a sort keyed by them runs the program's cmp as timsort would.
// Both kinds are tracked by the collector; neither keeps anything once the sort lets its keys go.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';

/** The callable cmp_to_key returns, and the key objects it makes (their builtinName). */
const KEY_WRAPPER = 'functools.cmp_to_key.wrapper';
const KEY_OBJECT = 'functools.cmp_to_key.key';

function keyWrapper(call: BuiltinCall, name: string, held: [string, PyObj][]): PyObj {
  const { h, pos } = call;
  const k = h.alloc('builtin', 'functools.KeyWrapper', h.site(pos.line, pos.col, 'functools.KeyWrapper', name === KEY_WRAPPER ? 'cmp_to_key(…)' : 'K(…)'));
  k.builtinName = name;
  k.tracked = true;
  k.attrs = new Map(held.map(([n, v]) => [n, h.incref(v)!]));
  return k;
}

function cmpToKeyImpl(call: BuiltinCall): PyObj {
  const cmp = call.args[0] ?? call.kw.get('mycmp');
  if (!cmp || call.args.length + call.kwargs.length !== 1) return call.unknownCall();
  return keyWrapper(call, KEY_WRAPPER, [['cmp', cmp]]);
}

/** wrapper(obj): a key object holding cmp and obj. */
function keyWrapperCallImpl(call: BuiltinCall): PyObj {
  const cmp = call.func.attrs?.get('cmp');
  const obj = call.args[0] ?? call.kw.get('obj');
  if (!cmp || !obj || call.args.length + call.kwargs.length !== 1) return call.unknownCall();
  return keyWrapper(call, KEY_OBJECT, [['cmp', cmp], ['obj', obj]]);
}

/** A key object cmp_to_key's wrapper made (its `obj` member is readable). */
export function isKeyObject(o: PyObj): boolean {
  return o.builtinName === KEY_OBJECT && !!o.attrs?.has('obj');
}

/** Whether `l op r` compares two key objects of cmp_to_key (both sides: a key and anything else is not followed). */
export function isKeyComparison(op: string, l: PyObj, r: PyObj): boolean {
  return l.builtinName === KEY_OBJECT && r.builtinName === KEY_OBJECT && ['<', '<=', '>', '>=', '==', '!='].includes(op);
}

/** keyobject_richcompare: cmp(l.obj, r.obj) (the objects borrowed), then its answer `op` 0. */
export function* compareKeys(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, pos: { line: number; col: number }): G<PyObj> {
  const h = bi.it.heap;
  const cmp = l.attrs!.get('cmp')!;
  const res = yield* bi.it.callFromC(cmp, [l.attrs!.get('obj')!, r.attrs!.get('obj')!], frame, { line: pos.line, col: pos.col, key: 'cmp_to_key' });
  try {
    return yield* bi.compare(op, res, bi.smallInt(0n), frame, pos);
  } finally {
    h.decref(res);
  }
}

export const CMP_TO_KEY_IMPLS: [string, BuiltinImpl][] = [
  ['functools.cmp_to_key', cmpToKeyImpl],
  [KEY_WRAPPER, keyWrapperCallImpl],
];
