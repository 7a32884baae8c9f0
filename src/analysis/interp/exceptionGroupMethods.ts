// eg.subgroup(condition) / eg.split(condition) / eg.derive(excs) as CPython runs them
// (exceptiongroup_split_recursive). The condition is a class, a tuple of classes, or a callable
// (not a class) called on each exception visited, its result's truth deciding. The walk tests the
// group itself first: a match is the group itself (shared, as a whole); a leaf that does not match
// goes to the rest; a group that does not match is walked, each part in turn, and its matching and
// rest parts become new groups through its derive() (exceptiongroup_subset: the derived group gets
// the original's traceback, __context__, __cause__ and a copy of its __notes__ list), None where a
// part is empty. split gives (match, rest), subgroup the match. derive of a builtin group is
// BaseExceptionGroup(msg, excs); a program's derive runs as its method. What the model cannot follow
// (a group of unknown parts, a condition of unknown kind, a truth it cannot tell) stays open: the
// group escapes with what it holds.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import { derivedGroup } from './controlFlow';
import { copyNotes, notesCopyable } from './groupNotes';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { typeError } from './typeErrors';

type Cond = { types: PyObj[] } | { fn: PyObj };

/**
 * get_matcher_type: a callable that is not a class (a Python function or method: followed), else an
 * exception class or an exact tuple of them; a class or tuple of classes not all exceptions is a
 * TypeError. Anything else the model does not tell apart stays open (undefined).
 */
function conditionOf(call: BuiltinCall, cond: PyObj): Cond | 'bad' | undefined {
  const { b } = call;
  if (cond.fuzzy) return undefined;
  if (cond.kind === 'function' || (cond.kind === 'method' && cond.methodFunc?.kind === 'function')) return { fn: cond };
  const types = cond.kind === 'tuple' && !cond.cls ? cond.items ?? [] : cond.kind === 'class' ? [cond] : undefined;
  if (!types?.length || !types.every((c) => c.kind === 'class' && !c.fuzzy && !c.foreignMeta)) return undefined;
  return types.every((t) => b.isSubclass(t, b.types.get('BaseException')!)) ? { types } : 'bad';
}

/** The parts of a group the walk can follow (its excs tuple, each an exception), else undefined. */
function partsOf(call: BuiltinCall, eg: PyObj): PyObj[] | undefined {
  const items = eg.egExcs?.items;
  if (eg.fuzzy || !items?.length || eg.egExcs!.fuzzy) return undefined;
  return items.every((x) => x.kind === 'exception' && !x.fuzzy) ? items : undefined;
}

/**
 * A group's message (its msg member, set by BaseExceptionGroup.__new__): the first of its args, a
 * str, unless a class of the program's own __new__ / __init__ may have set other args than it kept.
 */
export function groupMessage(b: Builtins, eg: PyObj): PyObj | undefined {
  const cls = b.classOf(eg);
  if (['__new__', '__init__'].some((n) => b.lookupClassAttr(cls, n)?.kind === 'function')) return undefined;
  const msg = eg.excArgs?.items?.[0];
  return msg?.kind === 'str' ? msg : undefined;
}

/** Thrown (as a JS value) when the walk cannot be followed; the call is then left open. */
const OPEN = Symbol('open');

class Walk {
  constructor(readonly call: BuiltinCall, readonly cond: Cond, readonly rest: boolean) {}

  *matches(exc: PyObj): G<boolean> {
    const { b, it, frame, pos } = this.call;
    if ('types' in this.cond) return this.cond.types.some((t) => b.isSubclass(b.classOf(exc), t));
    const r = yield* it.callFromC(this.cond.fn, [exc], frame, { line: pos.line, col: pos.col, key: 'eg-split-cond' });
    const truth = yield* it.truthOf(r, frame);
    if (truth === undefined) throw OPEN;
    return truth;
  }

  /** exceptiongroup_split_recursive: [match, rest] (owned, or undefined where empty). */
  *split(exc: PyObj): G<[PyObj | undefined, PyObj | undefined]> {
    const { b, it } = this.call;
    const h = it.heap;
    if (yield* this.matches(exc)) return [h.incref(exc), undefined];
    if (!b.isGroupClass(b.classOf(exc))) return [undefined, this.rest ? h.incref(exc) : undefined];
    const parts = partsOf(this.call, exc);
    if (!parts) throw OPEN;
    const matched: PyObj[] = [];
    const rest: PyObj[] = [];
    try {
      for (const p of [...parts]) {
        const [m, r] = yield* this.split(p);
        if (m) matched.push(m);
        if (r) rest.push(r);
      }
      const match = yield* this.subset(exc, matched);
      try {
        return [match, this.rest ? yield* this.subset(exc, rest) : undefined];
      } catch (err) {
        h.decref(match);
        throw err;
      }
    } finally {
      for (const x of [...matched, ...rest]) h.decref(x);
    }
  }

  /** exceptiongroup_subset: orig.derive(list of excs), then what it copies from orig; undefined for none. */
  *subset(orig: PyObj, excs: PyObj[]): G<PyObj | undefined> {
    if (!excs.length) return undefined;
    const { b, it, frame, pos } = this.call;
    const h = it.heap;
    const cls = b.classOf(orig);
    const own = b.lookupClassAttr(cls, 'derive');
    if (!own) {
      // (the builtin derive: BaseExceptionGroup(self.msg, excs))
      if (!groupMessage(b, orig)) throw OPEN;
      const g = derivedGroup(it, orig, excs, pos);
      copyNotes(this.call, orig, g);
      return g;
    }
    if (own.kind !== 'function') throw OPEN;
    // (PyObject_CallMethod(orig, "derive", "(O)", list): the bound method holds orig, and the
    // argument tuple it builds the list (split's own list besides), while derive runs)
    const list = b.newSeq('list', excs.map((x) => h.incref(x)!), pos);
    const argTuple = b.newSeq('tuple', [h.incref(list)!], pos);
    h.incref(orig);
    let eg: PyObj;
    try {
      eg = yield* it.callFromC(own, [orig, list], frame, { line: pos.line, col: pos.col, key: 'eg-derive' });
    } finally {
      h.decref(orig);
      h.decref(argTuple);
      h.decref(list);
    }
    if (eg.kind !== 'exception' || !b.isGroupClass(b.classOf(eg))) {
      if (eg.kind === 'unknown' || eg.fuzzy) { h.escape(eg); throw OPEN; }
      h.decref(eg);
      throw it.raiseObj(typeError(b, 'derive must return an instance of BaseExceptionGroup', pos), frame, true);
    }
    copyParts(this.call, orig, eg);
    return eg;
  }
}

/** What exceptiongroup_subset sets on a group a program's derive made: traceback, context, cause, notes. */
function copyParts(call: BuiltinCall, orig: PyObj, eg: PyObj): void {
  const { b, it } = call;
  const h = it.heap;
  for (const k of ['traceback', 'context', 'cause'] as const) {
    if (k === 'traceback' && !orig.traceback) continue;
    const old = eg[k];
    eg[k] = h.incref(orig[k]);
    if (orig[k]) b.noteStore(eg, orig[k]!);
    h.decref(old);
  }
  copyNotes(call, orig, eg);
}

/** Whether the walk can start: notes the model holds (no __notes__ of a kind it cannot copy). */
function followable(call: BuiltinCall, eg: PyObj): boolean {
  return notesCopyable(eg);
}

function* groupSplit(call: BuiltinCall, split: boolean): G<PyObj> {
  const { b, it, h, args, self: eg, pos, frame } = call;
  const cond = args.length === 2 && !call.kwargs.length ? conditionOf(call, args[1]) : undefined;
  if (cond === 'bad') throw it.raiseObj(typeError(b, 'expected an exception type, a tuple of exception types, or a callable (other than a class)', pos), frame, true);
  if (!eg || !cond || !followable(call, eg)) {
    if (eg) h.escape(eg);
    return call.unknownCall();
  }
  let parts: [PyObj | undefined, PyObj | undefined];
  try {
    parts = yield* new Walk(call, cond, split).split(eg);
  } catch (err) {
    if (err !== OPEN) throw err;
    // (some of the walk ran; what the rest would do is not followed)
    it.unmodelledGarbage = true;
    h.escape(eg);
    return call.unknownCall();
  }
  const [m, r] = parts.map((x) => x ?? h.incref(b.none)!);
  if (split) return b.newSeq('tuple', [m, r], pos);
  h.decref(r);
  return m;
}

/** BaseExceptionGroup.derive(excs): BaseExceptionGroup(self.msg, excs), nothing else copied. */
function groupDerive(call: BuiltinCall): PyObj {
  const { b, h, args, self: eg, pos } = call;
  const excs = args[1];
  const msg = eg ? groupMessage(b, eg) : undefined;
  const ok = eg && msg && args.length === 2 && !call.kwargs.length && (excs.kind === 'list' || excs.kind === 'tuple')
    && !excs.cls && !excs.fuzzy && !!excs.items?.length && excs.items.every((x) => x.kind === 'exception' && !x.fuzzy);
  if (!ok) {
    if (eg) h.escape(eg);
    return call.unknownCall();
  }
  const allExc = excs.items!.every((l) => b.isSubclass(b.classOf(l), b.types.get('Exception')!));
  return b.makeException(b.types.get(allExc ? 'ExceptionGroup' : 'BaseExceptionGroup')!, [h.incref(msg)!, h.incref(excs)!], pos);
}

export const EXCEPTION_GROUP_METHODS: ReadonlySet<string> = new Set(['subgroup', 'split', 'derive']);

export const EXCEPTION_GROUP_IMPLS: [string, BuiltinImpl][] = [
  ['BaseExceptionGroup.subgroup', (call) => groupSplit(call, false)],
  ['BaseExceptionGroup.split', (call) => groupSplit(call, true)],
  ['BaseExceptionGroup.derive', groupDerive],
];
