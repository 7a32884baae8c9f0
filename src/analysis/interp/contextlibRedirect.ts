// contextlib.redirect_stdout / redirect_stderr as Lib/contextlib.py writes _RedirectStream
// (the same in 3.11-3.13): `__init__` keeps `self._new_target = new_target` and
// `self._old_targets = []`; `__enter__` appends the current `sys.<stream>` to that list (so one
// manager can be entered again while active), stores the target in sys and returns it;
// `__exit__` stores `self._old_targets.pop()` back and suppresses nothing. The instance keeps
// its attributes inline (no __dict__ made): the collector sees it and its list. The with
// statement's bound __exit__ keeps the manager alive while the block runs.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { PyObj } from './objects';
import { currentStream, setStream, type StreamName } from './sysStreams';

const STREAM_OF: Record<string, StreamName> = { 'contextlib.redirect_stdout': 'stdout', 'contextlib.redirect_stderr': 'stderr' };

/** builtinName of the manager a call of `name` makes. */
function managerName(name: string): string {
  return `${name}()`;
}

/** Whether `o` is a redirect_stdout / redirect_stderr manager. */
export function isRedirectCm(o: PyObj): boolean {
  return Object.keys(STREAM_OF).some((n) => o.builtinName === managerName(n));
}

function streamOf(cm: PyObj): StreamName {
  return STREAM_OF[cm.builtinName!.slice(0, -2)];
}

/** redirect_stdout(new_target): the manager holding the target and an empty list. */
function makeImpl(call: BuiltinCall): PyObj {
  const { b, h, name, args, kwargs, site, unknownCall } = call;
  if (args.length + kwargs.length !== 1 || (kwargs.length && kwargs[0][0] !== 'new_target')) return unknownCall();
  const target = args[0] ?? kwargs[0][1];
  const type = name.slice('contextlib.'.length);
  const cm = h.alloc('builtin', type, h.site(site.line, site.col, type, type));
  cm.builtinName = managerName(name);
  cm.tracked = true;
  cm.attrs = new Map([['_new_target', h.incref(target)!], ['_old_targets', b.newSeq('list', [], site)]]);
  b.noteStore(cm, target);
  return cm;
}

/** __enter__: `_old_targets.append(getattr(sys, stream))`, then `setattr(sys, stream, new_target)`. */
function enterImpl(call: BuiltinCall): PyObj {
  const { b, h, self, args, unknownCall } = call;
  const olds = self.attrs?.get('_old_targets');
  const target = self.attrs?.get('_new_target');
  if (args.length !== 1 || olds?.kind !== 'list' || !target) return unknownCall();
  const stream = streamOf(self);
  appendTo(b, olds, h.incref(currentStream(b, stream))!);
  setStream(b, stream, h.incref(target)!);
  return h.incref(target)!;
}

/** __exit__(*exc_info): `setattr(sys, stream, self._old_targets.pop())`; None (nothing suppressed). */
function exitImpl(call: BuiltinCall): PyObj {
  const { b, it, h, self, frame, pos, unknownCall } = call;
  const olds = self.attrs?.get('_old_targets');
  if (olds?.kind !== 'list' || olds.fuzzy) {
    // (which stream it restores is not known: sys's is unknown from here on)
    setStream(b, streamOf(self), h.external('unknown', 'object'));
    return unknownCall();
  }
  // (an __exit__ without its __enter__: pop from an empty list)
  if (!olds.items!.length) throw it.raiseObj(b.cError('IndexError', pos), frame, true);
  const old = olds.items!.pop()!;
  it.recorder.noteStore();
  if (it.uncertainFor(olds)) {
    // (the pop may not happen: the list may keep the stream)
    h.escape(old);
    b.fuzzContent(olds);
  }
  setStream(b, streamOf(self), old);
  return b.none;
}

function appendTo(b: Builtins, list: PyObj, item: PyObj): void {
  list.items!.push(item);
  b.noteStore(list, item);
}

export const REDIRECT_IMPLS: [string, BuiltinImpl][] = Object.keys(STREAM_OF).flatMap((n): [string, BuiltinImpl][] => [
  [n, makeImpl],
  [`${managerName(n)}.__enter__`, enterImpl],
  [`${managerName(n)}.__exit__`, exitImpl],
]);
