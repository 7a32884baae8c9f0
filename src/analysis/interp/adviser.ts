// Diagnostics that explain a cycle or a misleading measurement, with a fix as
// text edits where one fits: self-bound-method, back-reference,
// exception-frame-cycle, closure-cycle, finalizer-in-cycle, getrefcount-of-id.
// (garbage-cycle is written when the result is built, from the cycle list.)
import type { Expr, ModuleIR, Stmt } from '../ir/irTypes';
import type { Diagnostic, Fix, TextEdit } from '../results/resultTypes';
import type { PyObj } from './objects';

/** The source as the adviser reads it: one line at a time (1-based). */
export interface SourceText {
  lineText(l: number): string;
}

export class Adviser {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  /** The source's lines and the import check are read on first need: most runs advise nothing. */
  constructor(private readonly source: SourceText, private readonly module: ModuleIR) {}

  private get hasWeakrefImport(): boolean {
    return this.module.body.some((s) => s.k === 'import' && s.names.some((n) => n.module === 'weakref' && !n.asname));
  }

  private add(d: Diagnostic): void {
    const key = `${d.line}:${d.code}`;
    if (this.seen.has(key) || this.diagnostics.length > 500) return;
    this.seen.add(key);
    this.diagnostics.push(d);
  }

  private text(e: Expr): string | undefined {
    if (e.endLine === undefined || e.endCol === undefined || e.endLine !== e.line) return undefined;
    return this.source.lineText(e.line).slice(e.col, e.endCol);
  }

  /** Wraps `e` in `wrapper(...)`, importing weakref at the top when needed. */
  private wrapFix(title: string, e: Expr, wrapper: string): Fix[] | undefined {
    const t = this.text(e);
    if (t === undefined) return undefined;
    const edits: TextEdit[] = [{ start: { line: e.line, column: e.col }, end: { line: e.line, column: e.endCol! }, newText: `${wrapper}(${t})` }];
    if (!this.hasWeakrefImport) edits.unshift({ start: { line: this.importLine(), column: 0 }, end: { line: this.importLine(), column: 0 }, newText: 'import weakref\n' });
    return [{ title, edits }];
  }

  /**
   * The line before which an import can go: after the module's docstring and its __future__
   * imports (which must stay first), else before the first statement (after a shebang, an
   * encoding line and other leading comments).
   */
  private importLine(): number {
    const body = this.module.body;
    let i = 0;
    const first = body[0];
    if (first?.k === 'expr' && first.value.k === 'const' && first.value.value.t === 'str') i = 1;
    // (lowering compiles a __future__ import to `pass`: its text tells it from a real one)
    const future = (s: Stmt | undefined): boolean => s?.k === 'pass' && /^\s*from\s+__future__\b/.test(this.source.lineText(s.line));
    while (future(body[i])) i++;
    return i > 0 ? body[i - 1].endLine + 1 : (first?.line ?? 1);
  }

  /** `self.cb = self.handle`: the instance holds a bound method that holds the instance. */
  attributeStored(target: Expr & { k: 'attr' }, owner: PyObj, value: PyObj, rhs: Expr | undefined): void {
    if (value.kind === 'method' && value.methodSelf === owner && value.methodFunc?.kind === 'function') {
      this.add({
        line: target.line, column: target.col, endLine: rhs?.endLine, endColumn: rhs?.endCol, severity: 'warning', code: 'self-bound-method',
        message: `\`${this.text(target) ?? target.name}\` stores a bound method of the same object: object → bound method → object is a reference cycle, so the object is only freed by the cycle collector. A weakref.WeakMethod breaks it (call it as \`${this.text(target) ?? 'attr'}()()\`).`,
        fixes: rhs ? this.wrapFix('Store a weakref.WeakMethod instead', rhs, 'weakref.WeakMethod') : undefined,
      });
    }
  }

  private readonly exceptionsReported = new Set<PyObj>();

  /** `err = e` in the frame the exception's traceback holds: the cycle closes when the function returns. */
  exceptionStored(line: number, col: number, exc: PyObj, frameObj: PyObj | undefined): void {
    let tb = exc.traceback;
    let inFrame = false;
    while (tb) { if (tb.tbFrame && tb.tbFrame === frameObj) inFrame = true; tb = tb.tbNext; }
    if (!inFrame) return;
    this.exceptionsReported.add(exc);
    this.add({
      line, column: col, severity: 'warning', code: 'exception-frame-cycle',
      message: 'This keeps the exception in a variable of the frame its traceback holds: exception → traceback → frame → variable → exception is a cycle once the function returns. Delete the variable when done (`del` it, or clear it in a `try … finally`), or keep only what you need from the exception.',
    });
  }

  /** A cycle just closed at statement `s`: explain the kinds we recognise. */
  cycleClosed(s: Stmt, members: PyObj[], chain: string): void {
    const kinds = new Set(members.map((o) => o.kind));
    if (kinds.has('exception') && kinds.has('traceback') && kinds.has('frame')) {
      if (members.some((o) => this.exceptionsReported.has(o))) return;
      this.add({
        line: s.line, column: s.col, severity: 'warning', code: 'exception-frame-cycle',
        message: `An exception is kept in a variable of the frame its traceback holds (${chain}): exception → traceback → frame → variable → exception. Delete the variable when done (\`del\` it, or clear it in a \`try … finally\`), or keep only what you need from the exception.`,
      });
      return;
    }
    if (kinds.has('function') && kinds.has('cell')) {
      this.add({
        line: s.line, column: s.col, severity: 'information', code: 'closure-cycle',
        message: `A function refers to itself through its closure (${chain}): function → __closure__ → cell → function. Once unnamed, only the cycle collector frees it; passing the function explicitly avoids the cycle.`,
      });
    }
    const fin = members.find((o) => (o.kind === 'instance') && o.cls?.mroTuple?.items?.some((c) => c.attrs?.has('__del__')));
    if (fin) {
      this.add({
        line: s.line, column: s.col, severity: 'information', code: 'finalizer-in-cycle',
        message: `\`${fin.type}\` defines __del__ and is in a cycle (${chain}): its finalizer runs only when the cycle collector finds the cycle (PEP 442), at an unpredictable moment and in no fixed order.`,
      });
    }
    if (s.k === 'assign' && s.targets.length === 1 && s.targets[0].k === 'attr' && members.some((o) => o.kind === 'list' || o.kind === 'dict' || o.kind === 'set') && members.some((o) => o.kind === 'instance')) {
      const rhs = s.value;
      this.add({
        line: s.line, column: s.col, severity: 'warning', code: 'back-reference',
        message: `This back-reference closes a cycle (${chain}): parent and child keep each other alive, so they are only freed by the cycle collector. A weak reference for the back-link (weakref.proxy / weakref.ref, or a WeakSet / WeakValueDictionary for collections) breaks it.`,
        fixes: this.wrapFix('Hold the back-reference with weakref.proxy', rhs, 'weakref.proxy'),
      });
    }
  }

  /** A class made by a metaclass the analysis does not run. */
  metaclassNotRun(line: number, col: number): void {
    this.add({
      line, column: col, severity: 'information', code: 'unsupported-construct',
      message: 'Refcount Lens does not run this metaclass (it defines __prepare__, attribute hooks or descriptors, or comes from a library): this class is built as type() would build it, and counts of the class, its metaclass and its namespace values are unknown from here.',
    });
  }

  /** sys.getrefcount(id(x)) measures the int id() returned, not x. */
  getrefcountOfId(line: number, col: number, arg: Expr | undefined): void {
    const direct = arg && arg.k === 'call' && arg.func.k === 'name' && arg.func.id === 'id' && arg.args.length === 1 && arg.args[0].k === 'pos' ? arg.args[0].value : undefined;
    this.add({
      line, column: col, severity: 'warning', code: 'getrefcount-of-id',
      message: 'sys.getrefcount() of a number returned by id() counts the references to that int, not to the object it identifies. Pass the object itself: sys.getrefcount(obj).',
      fixes: direct && arg && this.text(direct) !== undefined
        ? [{ title: 'Measure the object itself', edits: [{ start: { line: arg.line, column: arg.col }, end: { line: arg.line, column: arg.endCol! }, newText: this.text(direct)! }] }]
        : undefined,
    });
  }
}
