// eg.subgroup(condition) / eg.split(condition) of a builtin ExceptionGroup whose leaves are plain
// exceptions, the condition a class or a tuple of classes (exceptiongroup_split_recursive).
// A condition the group itself matches gives the group itself (split: (eg, None)); otherwise
// the matching leaves (and, for split, the rest) become new groups made by derive, each sharing
// the leaves and copying the traceback, __context__ and __cause__ (exceptiongroup_subset), or None
// when there are none. Anything else is not followed: the group escapes with what it holds (its
// leaves may end up in what the call returns).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { derivedGroup, plainGroupLeaves } from './controlFlow';
import type { PyObj } from './objects';

function classesOf(cond: PyObj | undefined): PyObj[] | undefined {
  if (!cond) return undefined;
  const types = cond.kind === 'tuple' && !cond.fuzzy ? cond.items ?? [] : [cond];
  return types.length && types.every((c) => c.kind === 'class' && !c.fuzzy && !c.foreignMeta) ? types : undefined;
}

function groupSplit(call: BuiltinCall, split: boolean): PyObj {
  const { b, it, h, args, self, pos } = call;
  const eg = self;
  const types = classesOf(args[1]);
  const leaves = eg ? plainGroupLeaves(it, eg) : undefined;
  if (!eg || !types || !leaves || args.length !== 2 || call.kwargs.length) {
    if (eg) h.escape(eg);
    return call.unknownCall();
  }
  const isA = (o: PyObj): boolean => types.some((t) => b.isSubclass(b.classOf(o), t));
  if (isA(eg)) return split ? b.newSeq('tuple', [h.incref(eg)!, h.incref(b.none)!], pos) : h.incref(eg)!;
  const match = leaves.filter(isA);
  const rest = leaves.filter((l) => !isA(l));
  const part = (xs: PyObj[]): PyObj => (xs.length ? derivedGroup(it, eg, xs, pos) : h.incref(b.none)!);
  return split ? b.newSeq('tuple', [part(match), part(rest)], pos) : part(match);
}

export const EXCEPTION_GROUP_METHODS: ReadonlySet<string> = new Set(['subgroup', 'split']);

export const EXCEPTION_GROUP_IMPLS: [string, BuiltinImpl][] = [
  ['BaseExceptionGroup.subgroup', (call) => groupSplit(call, false)],
  ['BaseExceptionGroup.split', (call) => groupSplit(call, true)],
];
