// The frames contextlib.ExitStack.__exit__ leaves in the tracebacks of the
// exceptions its callbacks raise (Lib/contextlib.py, 3.11-3.13, measured):
// each such exception passes through an _exit_wrapper frame (for a callback()
// wrapper: the function with its closure cells, and the exc_type / exc / tb it
// was called with) and __exit__'s frame; the one re-raised at the end gets a
// second __exit__ entry. Once __exit__ is done its frame object keeps its
// variables: self (the stack), frame_exc (in the cell _fix_exception_context
// closes over), the last callback popped (cb), fixed_ctx, and the exception
// again: 3.11 / 3.12 in the sys.exc_info() tuple of the last failure (both
// exc_details and new_exc_details), 3.13 in `exc` and in the details tuple
// built for the last callback call (`exitStackExcVariable`). The frames are
// built as frame objects holding those references; the cells, the closure and
// the code they bring are not (the collector leaves its count open for them).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, Interpreter } from './interpreter';
import type { PyObj } from './objects';

/** builtinName of the frame objects built here (collector.ts: they bring cells and closures not built). */
export const EXIT_FRAME = 'contextlib.ExitStack.__exit__.frame';
/** builtinName of the wrapper callback() pushes (items: fn, args tuple, kwds dict, fn again as __wrapped__). */
export const CB_WRAPPER = 'contextlib.ExitStack._exit_wrapper';

/** What one unwinding's frames hold, built as the callbacks run (all references owned). */
export class ExitFrames {
  /** A later callback answered true after a failure: the frames are not built (unwind opens what they keep). */
  suppressedFailure = false;
  private lastCb?: PyObj;
  /** The details tuple __exit__'s frame holds (3.13: built for the last call; before: the last failure's). */
  private details?: PyObj;
  private exitFrame?: PyObj;

  constructor(private readonly b: Builtins, private readonly it: Interpreter, private readonly caller: Frame, private readonly site: CallSite) {}

  /** `cb` popped and about to be called with `exc` (3.13 builds exc_details from `exc` first). */
  called(cb: PyObj, exc: PyObj[]): void {
    const h = this.it.heap;
    const old = this.lastCb;
    this.lastCb = h.incref(cb);
    h.decref(old);
    if (this.it.vm.exitStackExcVariable) this.setDetails(exc[1].kind === 'none' ? undefined : this.tuple(exc));
  }

  /** `e` raised by `cb`, called with `exc`: its traceback gets the wrapper's and __exit__'s entries. */
  failed(e: PyObj, cb: PyObj, exc: PyObj[]): void {
    const h = this.it.heap;
    // (the entry of the frame that called __exit__ is added when the exception leaves it: reraise)
    const head = e.traceback;
    if (head && head.tbFrame && head.tbFrame === this.caller.frameObj) {
      e.traceback = head.tbNext;
      head.tbNext = undefined;
      h.decref(head);
    }
    if (cb.builtinName === CB_WRAPPER) {
      const w = this.frameObject([h.incref(cb)!, ...exc.filter((x) => x.kind !== 'none').map((x) => h.incref(x)!)], '_exit_wrapper');
      this.prependEntry(e, w);
      h.decref(w);
    }
    this.exitFrame ??= this.frameObject([], 'ExitStack.__exit__');
    this.prependEntry(e, this.exitFrame);
    if (!this.it.vm.exitStackExcVariable) this.setDetails(this.tuple([this.b.classOf(e) ?? this.b.none, e, e.traceback ?? this.b.none]));
  }

  /**
   * `raise exc_details[1]` of the last failure: __exit__'s variables, its second entry, close()'s
   * frame (holding self) when close() called __exit__, then the caller's.
   */
  reraise(pending: PyObj, stack: PyObj, frameExc: PyObj | undefined, viaClose: boolean): void {
    const h = this.it.heap;
    const fo = this.exitFrame!;
    const vars = [h.incref(stack)!, h.incref(this.lastCb)!];
    if (frameExc) vars.push(h.incref(frameExc)!);
    if (pending.context) vars.push(h.incref(pending.context)!);
    if (this.it.vm.exitStackExcVariable) vars.push(h.incref(pending)!);
    if (this.details) vars.push(h.incref(this.details)!, ...(this.it.vm.exitStackExcVariable ? [] : [h.incref(this.details)!]));
    fo.items = vars;
    for (const v of vars) this.it.recorder.noteEdge(fo, v);
    this.prependEntry(pending, fo);
    if (viaClose) {
      const close = this.frameObject([h.incref(stack)!], 'ExitStack.close');
      this.prependEntry(pending, close);
      h.decref(close);
    }
    this.it.addTraceback(pending, this.caller);
    this.drop();
  }

  /** Lets go of what was kept for the frames (their entries hold what they need). */
  drop(): void {
    const h = this.it.heap;
    h.decref(this.lastCb);
    h.decref(this.details);
    h.decref(this.exitFrame);
    this.lastCb = this.details = this.exitFrame = undefined;
  }

  private setDetails(t: PyObj | undefined): void {
    const old = this.details;
    this.details = t;
    this.it.heap.decref(old);
  }

  /** A new (type, value, traceback) tuple holding `exc`'s three. */
  private tuple(exc: PyObj[]): PyObj {
    return this.b.newSeq('tuple', exc.map((x) => this.it.heap.incref(x)!), this.site);
  }

  private frameObject(kept: PyObj[], label: string): PyObj {
    const h = this.it.heap;
    const fo = h.alloc('frame', 'frame', h.site(this.site.line, this.site.col, 'frame', `frame of ${label}`));
    fo.tracked = true;
    fo.builtinName = EXIT_FRAME;
    fo.items = kept;
    for (const k of kept) this.it.recorder.noteEdge(fo, k);
    return fo;
  }

  private prependEntry(e: PyObj, fo: PyObj): void {
    const h = this.it.heap;
    const tb = h.alloc('traceback', 'traceback', h.site(this.site.line, this.site.col, 'traceback', 'ExitStack.__exit__ traceback entry'));
    tb.tracked = true;
    tb.tbFrame = h.incref(fo);
    tb.tbNext = e.traceback;
    e.traceback = tb;
    this.it.recorder.noteEdge(e, tb);
  }
}
