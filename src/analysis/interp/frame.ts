// A Python frame while it runs (and after, when a frame object or a generator
// keeps it): its local variables, cells, the module globals, and the values
// its evaluation stack keeps across statements (a for-loop's iterator, a
// with-block's __exit__, the arguments of a C call in progress).
import type { ClassIR, CodeIR, FunctionIR, ModuleIR } from '../ir/irTypes';
import { PyObj, Ref } from './objects';
import type { OpenTry } from './possibleRaises';
import type { EnumBodyState } from './enums';

/**
 * ≤3.11: a list / set / dict comprehension runs in a function frame of its own, whose
 * locals() is that frame's cached dict (namespaces.ts). The model inlines comprehensions;
 * this is what such a frame would have: its code, its loop variables (`scope`, one of
 * Frame.compScopes), `.0` (the first iterator) and the dict once asked for.
 */
export interface CompFrame {
  code: CodeIR;
  scope: Map<string, PyObj>;
  iter?: PyObj;
  localsCache?: PyObj;
  /** A clause walked a set (or a list of unknown order): the result's order is not known (setOrder.ts). */
  unordered?: boolean;
}

export class Frame {
  readonly locals = new Map<string, PyObj>();
  readonly cells = new Map<string, PyObj>();
  /** Comprehension variables (PEP 709 inlines comprehensions, but their names stay private). */
  readonly compScopes: Map<string, PyObj>[] = [];
  /** The comprehensions running here, innermost last (see CompFrame). */
  readonly compFrames: CompFrame[] = [];
  /**
   * A class body's namespace as a dict object, once locals() / vars() asked for it: it holds
   * the body's variables (its attrs are `locals` itself) and the frame holds it (f_locals).
   */
  nsDict?: PyObj;
  /** An enum class body: what its _EnumDict knows for auto() (enums.ts enumBodyStore). */
  enumBody?: EnumBodyState;
  /** References held on the value stack across statements. */
  readonly temps: { obj: PyObj; label: string }[] = [];
  /**
   * A suspended generator's frame while close() (or throw() of a GeneratorExit) runs on it: the
   * frame that called it. gen_close / _gen_throw close the generator it delegates to with
   * `yield from` first, from C, before resuming this one: that close runs from the caller's frame.
   */
  closer?: Frame;
  /** 3.11: the `yield from` result _gen_throw holds while this generator runs on (throwInto releases it). */
  throwHeld?: PyObj;
  /** Entered by a plain call expression (recursionLimit.ts): CPython counts it one unit toward the recursion limit. */
  plainCall = false;
  /** A branch of unknown direction returned while another went on: the return value is one of several. */
  mixedReturn = false;
  /** try and with statements running in this frame (the exception handlers around a paused yield). */
  tryDepth = 0;
  /** The function a call's frame runs (not counted here: the caller's stack holds it during the call). */
  funcObj?: PyObj;
  /** The frame object (tracebacks, generators), once one exists. */
  frameObj?: PyObj;
  /** The generator that owns this frame (its variables are the generator's references). */
  ownerObj?: PyObj;
  /** True once the frame object took over the variables (the function returned while it lived). */
  ownedByObject = false;
  /** Try statements whose body runs in this frame, innermost last (possibleRaises.ts). */
  openTries?: OpenTry[];
  /**
   * With blocks running in this frame whose manager may suppress an exception the model does not
   * see (contextlib.suppress, an __exit__ it cannot see): like an open try, their body may be left
   * early (Interpreter.execBlock).
   */
  suppressingWiths = 0;
  /**
   * A handler here kept an exception the model does not know, whose traceback has this frame: its
   * frame object may keep the variables once the frame ends (Interpreter.teardown opens them).
   */
  maybeKeptByTraceback = false;
  /** False once the variables were released. */
  live = true;
  line: number;
  /** The exception being handled (`except` block), held on the stack. */
  handling: PyObj[] = [];

  constructor(
    readonly code: FunctionIR | ClassIR | ModuleIR,
    readonly qualname: string,
    readonly globals: Map<string, PyObj>,
    readonly kind: 'module' | 'function' | 'class',
    public back: Frame | undefined,
  ) {
    this.line = code.line;
  }

  /**
   * Ends the frame: forgets its variables, cells and stack values and returns
   * the objects they referred to (the caller releases those references).
   */
  release(): PyObj[] {
    const held = this.refs().map((r) => r.target);
    this.live = false;
    // (a class namespace's dict keeps the variables: they are its, not the frame's)
    if (!this.nsDict) this.locals.clear();
    this.nsDict = undefined;
    this.cells.clear();
    this.temps.length = 0;
    this.handling.length = 0;
    this.compScopes.length = 0;
    return held;
  }

  /** The frame's own strong references (variables, cells, stack). */
  refs(): Ref[] {
    const out: Ref[] = [];
    if (!this.live) return out;
    if (this.nsDict) out.push({ target: this.nsDict, label: 'f_locals', kind: 'hidden' });
    else for (const [k, v] of this.locals) out.push({ target: v, label: k, kind: 'attribute' });
    for (const [k, v] of this.cells) out.push({ target: v, label: `cell ${k}`, kind: 'cell' });
    for (const scope of this.compScopes) for (const [k, v] of scope) out.push({ target: v, label: k, kind: 'attribute' });
    for (const t of this.temps) out.push({ target: t.obj, label: t.label, kind: 'hidden' });
    for (const h of this.handling) out.push({ target: h, label: 'handled exception', kind: 'hidden' });
    return out;
  }

  /**
   * The objects of refs(), in the same order, without a Ref and label made for each: what the
   * walks that run per statement or per possible raise need (traverse without labels, traceback roots).
   */
  targets(): PyObj[] {
    const out: PyObj[] = [];
    this.pushTargets(out);
    return out;
  }

  /** targets()'s objects, in the same order, pushed onto `out` (a walk's roots): no array of its own. */
  pushTargets(out: PyObj[]): void {
    if (!this.live) return;
    if (this.nsDict) out.push(this.nsDict);
    else for (const v of this.locals.values()) out.push(v);
    for (const v of this.cells.values()) out.push(v);
    for (const scope of this.compScopes) for (const v of scope.values()) out.push(v);
    for (const t of this.temps) out.push(t.obj);
    for (const h of this.handling) out.push(h);
  }
}
