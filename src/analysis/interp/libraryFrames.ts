// An exception raised inside a Python function of a library module the model follows
// (threading.Condition.notify raising RuntimeError): as the exception leaves each such frame,
// PyTraceBack_Here adds an entry naming the frame's object, which then owns the frame and its
// variables (`self`, the arguments) for as long as the traceback lives, and holds its caller's
// frame object as f_back. So `except RuntimeError as e:` keeps the library method's `self`
// alive once more per frame the exception came through.
import { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import { PyException } from './interpreter';
import type { PyObj } from './objects';

/** One library frame: its name and its variables when the exception left it (borrowed). */
export interface LibraryFrame {
  qualname: string;
  locals: [string, PyObj][];
}

/**
 * Raises `exc` (a new exception, owned) from `frames`, outermost first (the one `frame` called
 * first); the caller's own entry goes in front as raiseObj adds it.
 */
export function raiseThroughLibraryFrames(it: Interpreter, exc: PyObj, frame: Frame, frames: LibraryFrame[]): PyException {
  let back = it.frameObject(frame);
  let tail: PyObj | undefined;
  for (const f of frames) {
    const entry = libraryEntry(it, frame, f, back);
    if (tail) tail.tbNext = entry;
    else exc.traceback = entry;
    tail = entry;
    back = entry.tbFrame!;
  }
  return it.raiseObj(exc, frame, true);
}

/**
 * An exception raised by code a library frame called (ExitStack.enter_context calling the
 * manager's `__enter__`) passing out through that frame: its entry goes in front of the ones
 * the exception already has, and the caller's in front of it as raiseObj adds it.
 */
function passThroughLibraryFrame(it: Interpreter, exc: PyObj, frame: Frame, f: LibraryFrame): void {
  if (exc.kind !== 'exception') return;
  const entry = libraryEntry(it, frame, f, it.frameObject(frame));
  entry.tbNext = exc.traceback;
  exc.traceback = entry;
}

/** A library frame as an exception leaves it: `made` are objects made for its locals (owned), released once its entry holds them. */
export type LeftLibraryFrame = LibraryFrame & { made?: PyObj[] };

/**
 * Runs `body`, what a library frame does (cached_property.__get__ running the getter,
 * singledispatch's wrapper calling the implementation); an exception out of it passes out
 * through that frame (passThroughLibraryFrame). `describe` gives the frame, only then.
 */
export function* throughLibraryFrame<T>(it: Interpreter, frame: Frame, describe: () => LeftLibraryFrame, body: () => G<T>): G<T> {
  try {
    return yield* body();
  } catch (err) {
    if (err instanceof PyException) {
      const f = describe();
      passThroughLibraryFrame(it, err.exc, frame, f);
      for (const o of f.made ?? []) it.heap.decref(o);
    }
    throw err;
  }
}

/** A traceback entry owning a library frame's object, which holds `back` (its caller's) as f_back. */
function libraryEntry(it: Interpreter, frame: Frame, f: LibraryFrame, back: PyObj): PyObj {
  const h = it.heap;
  const lf = new Frame(frame.code, f.qualname, frame.globals, 'function', frame);
  for (const [k, v] of f.locals) lf.locals.set(k, h.incref(v)!);
  lf.ownedByObject = true;
  const fo = it.frameObject(lf);
  // (the traceback entry owns the frame object, and it the frame: not the other way round)
  lf.frameObj = undefined;
  fo.frameBack = h.incref(back);
  it.recorder.noteEdge(fo, back);
  for (const r of lf.refs()) it.recorder.noteEdge(fo, r.target);
  const entry = h.alloc('traceback', 'traceback', h.site(frame.line, 0, 'traceback', 'traceback'));
  entry.tracked = true;
  entry.tbFrame = fo;
  return entry;
}

/**
 * A library function's `except AttributeError: raise TypeError(...) from None` (a type lacking what
 * it reads: ExitStack.enter_context's `cls.__enter__`, cached_property.__get__'s
 * `instance.__dict__`): the TypeError, raised through `f`, has a None __cause__ and the
 * AttributeError as __context__; that one keeps `attrObj` (what the failed read was on:
 * set_attribute_error_context) and a traceback entry of the same frame. `site`: where the call is.
 */
export function raiseReplacingAttributeError(it: Interpreter, frame: Frame, f: LibraryFrame, attrObj: PyObj | undefined, site: { line: number; col: number }): PyException {
  const b = it.b;
  const h = it.heap;
  const attrErr = b.cError('AttributeError', site);
  if (attrObj) b.noteAttributeErrorObject(attrErr, attrObj);
  const handled = it.currentHandled(frame);
  if (handled) { attrErr.context = h.incref(handled); it.recorder.noteEdge(attrErr, handled); }
  const typeErr = b.cError('TypeError', site);
  typeErr.context = attrErr;
  it.recorder.noteEdge(typeErr, attrErr);
  typeErr.cause = h.incref(b.none);
  const pe = raiseThroughLibraryFrames(it, typeErr, frame, [f]);
  // (the caller's entry is first; the library frame's follows it, where the AttributeError was raised)
  const libFrame = typeErr.traceback?.tbNext?.tbFrame;
  if (libFrame) {
    const tb = h.alloc('traceback', 'traceback', h.site(frame.line, 0, 'traceback', 'traceback'));
    tb.tracked = true;
    tb.tbFrame = h.incref(libFrame);
    attrErr.traceback = tb;
  }
  return pe;
}
