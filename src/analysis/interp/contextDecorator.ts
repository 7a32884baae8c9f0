// A @contextmanager's context manager used as a decorator (contextlib.ContextDecorator, the same
// in 3.11-3.13):
//
//     def __call__(self, func):
//         @wraps(func)
//         def inner(*args, **kwds):
//             with self._recreate_cm():
//                 return func(*args, **kwds)
//         return inner
//
// `inner` closes over func and self (two cells) and keeps func again as `__wrapped__` in its
// __dict__. Each call packs its arguments into a tuple and a dict (its frame's `args` and
// `kwds`), makes a fresh manager with _recreate_cm (`self.__class__(self.func, self.args,
// self.kwds)`: the decorating manager's own func, args tuple and kwds dict, shared, and a new
// generator from them), enters it, calls func and exits it. The decorating manager is never
// entered, so it keeps its func, args and kwds (and its generator, never started).
//
// An exception out of func carries a traceback entry for inner's frame, which the model does
// not build: the arguments and the exception get open counts on that path.
import type { Builtins } from './builtins';
import { cmEnter, cmExit, CM_OBJECT, newCm } from './contextlibModel';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import { PyException } from './interpreter';
import type { PyObj } from './objects';

/** builtinName of the function `cm(func)` returns. */
export const CM_DECORATED = 'contextlib.ContextDecorator inner';

/** cm(func) for a generator context manager (both borrowed): `inner` (owned). */
export function decorateWithCm(b: Builtins, it: Interpreter, cm: PyObj, func: PyObj, site: CallSite): PyObj {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const f = h.alloc('builtin', 'function', h.site(site.line, site.col, 'function', 'ContextDecorator inner'));
  f.builtinName = CM_DECORATED;
  f.tracked = true;
  // (co_freevars sorted: func, self)
  const cells = [func, cm].map((v) => {
    const c = b.newCell(site.line);
    c.cellValue = h.incref(v);
    return c;
  });
  f.closure = b.newSeq('tuple', cells, pos);
  // functools.wraps: func's own attributes copied, then __wrapped__.
  const d = b.newDict(pos);
  d.tracked = true;
  for (const [k, v] of func.kind === 'function' ? func.attrs ?? [] : []) b.dictSet(d, b.newStr(k, pos), h.incref(v)!);
  b.dictSet(d, b.newStr('__wrapped__', pos), h.incref(func)!);
  f.dictObj = d;
  it.recorder.noteEdge(f, d);
  return f;
}

/** inner(*args, **kwds) with borrowed arguments: func's result (owned); undefined when the model cannot follow it. */
export function* callDecorated(b: Builtins, it: Interpreter, inner: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const [func, cm] = (inner.closure?.items ?? []).map((c) => c.cellValue);
  const cmFunc = cm?.attrs?.get('func');
  const cmArgs = cm?.attrs?.get('args');
  const cmKwds = cm?.attrs?.get('kwds');
  if (!func || cm?.builtinName !== CM_OBJECT || !cmFunc || cmArgs?.kind !== 'tuple' || !cmArgs.items || cmKwds?.kind !== 'dict' || !cmKwds.entries) return undefined;
  if ([...cmKwds.entries.values()].some((e) => e.key.kind !== 'str' || e.key.value === undefined)) return undefined;
  // inner's frame: the packed arguments, which take the caller's references over (a Python
  // function's frame steals its arguments: the caller's stack no longer holds them meanwhile)
  const argsTuple = args.length ? b.newSeq('tuple', args.map((a) => h.incref(a)!), pos) : h.incref(b.emptyTuple)!;
  const kwds = b.newDict(pos);
  for (const [k, v] of kwargs) b.dictSet(kwds, b.newStr(k, pos), h.incref(v)!);
  const stolen = [...args, ...kwargs.map(([, v]) => v)];
  for (const a of stolen) h.decref(a);
  try {
    const cmKw = [...cmKwds.entries.values()].map((e): [string, PyObj] => [String(e.key.value), e.value]);
    const fresh = yield* newCm(b, it, cmFunc, h.incref(cmArgs)!, h.incref(cmKwds)!, cmArgs.items, cmKw, frame, site);
    try {
      const entered = yield* cmEnter(b, it, fresh, frame, site);
      if (!entered) {
        // (not a generator function: what its result's __enter__ does is not followed)
        h.escape(func);
        for (const a of args) h.escape(a);
        return undefined;
      }
      h.decref(entered);
      let result: PyObj;
      try {
        result = yield* callWithStars(it, func, args, kwargs, frame, site);
      } catch (err) {
        if (!(err instanceof PyException)) throw err;
        for (const a of args) h.escape(a);
        for (const [, v] of kwargs) h.escape(v);
        h.escape(err.exc);
        const swallowed = yield* cmExit(b, it, fresh, err.exc, err.exc.traceback ?? b.none, frame, site);
        if (swallowed !== b.trueObj) throw err;
        h.decref(err.exc);
        return h.incref(b.none)!;
      }
      try {
        yield* cmExit(b, it, fresh, b.none, b.none, frame, site);
      } catch (err) {
        h.decref(result);
        throw err;
      }
      return result;
    } finally {
      h.decref(fresh);
    }
  } finally {
    for (const a of stolen) h.incref(a);
    h.decref(argsTuple);
    h.decref(kwds);
  }
}

/**
 * `func(*args, **kwds)` in inner: CALL_FUNCTION_EX with inner's own tuple (interpreter.ts exCall):
 * into a Python function, 3.11 keeps each positional argument once more and, with keywords, every
 * argument twice more (the kwargs dict and _PyStack_UnpackDict's copy); through a bound method
 * every version does.
 */
function* callWithStars(it: Interpreter, func: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const extra = it.exCallExtra(func, false, kwargs.length > 0);
  const held: [PyObj, number][] = extra ? [...args.map((a): [PyObj, number] => [a, extra - 1]), ...kwargs.map(([, v]): [PyObj, number] => [v, extra])] : [];
  for (const [a, n] of held) for (let k = 0; k < n; k++) h.incref(a);
  try {
    return yield* it.callFromC(func, args, frame, site, kwargs);
  } finally {
    for (const [a, n] of held) for (let k = 0; k < n; k++) h.decref(a);
  }
}
