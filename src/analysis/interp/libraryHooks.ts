// A method that a base class the model does not know gives an instance of the program's class may
// call the class's own methods back: Thread.start() runs an overridden run() (in the new thread,
// done by join()), socketserver's loop calls handle(), a framework's template method its hooks.
// So the first time such a method is looked up on an instance, each of the instance's own methods
// (those the program's classes define; not dunders besides __call__) runs once under an unknown
// condition on unknown arguments (Interpreter.runEscapedCallables): what it stores or changes is
// open afterwards, as it is when the real library called it any number of times, or not at all.
import type { Builtins } from './builtins';
import type { CallSite } from './interpreter';
import type { Frame } from './frame';
import { LIMITS } from './limits';
import type { PyObj } from './objects';
import { hasLibraryBase } from './heap';

const hooksRun = new WeakSet<PyObj>();

export function runOwnMethodsForLibrary(b: Builtins, obj: PyObj, frame: Frame, site: CallSite): void {
  const it = b.it;
  if (obj.kind !== 'instance' || !obj.cls?.unknownBase || hooksRun.has(obj) || it.inUncalledRun) return;
  hooksRun.add(obj);
  const h = it.heap;
  const seen = new Set<string>();
  const methods: PyObj[] = [];
  for (const c of obj.cls.mroTuple?.items ?? [obj.cls]) {
    if (c.kind !== 'class' || !c.classIR || c.external) continue;
    for (const [name, v] of c.attrs ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (v.kind !== 'function' || (name.startsWith('__') && name !== '__call__')) continue;
      if (methods.length >= LIMITS.MAX_LIBRARY_HOOKS) break;
      methods.push(b.boundMethodObject(h.incref(v)!, h.incref(obj)!, name, site));
    }
  }
  it.runEscapedCallables(methods, frame, site);
  for (const m of methods) h.decref(m);
}

const classHooksRun = new WeakSet<PyObj>();

/**
 * Code the model does not follow got these objects. An instance of a program class with a base
 * the model does not follow (`reached`: an unknown call's arguments and what they reach) may have
 * its own methods called back: a logging.Handler's emit at every later log call, a socketserver
 * handler's handle. A program class given itself as an argument (`given`), derived from a
 * library class (json.dumps(cls=Enc) when json's model gives the call up), may be instantiated
 * there and its methods called on an instance the model does not see. Each runs once under an
 * unknown condition on unknown arguments: what it stores or changes (a global list it appends
 * to) is open afterwards, as it is when the library called it any number of times. One instance
 * per class in a call: the others' own state escaped with them.
 */
export function runLibraryHooks(b: Builtins, reached: readonly PyObj[], given: readonly PyObj[], frame: Frame, site: CallSite): void {
  const it = b.it;
  if (it.inUncalledRun) return;
  const classes = new Set<PyObj>();
  for (const x of reached) {
    if (!hasLibraryBase(x) || classes.has(x.cls!)) continue;
    classes.add(x.cls!);
    runOwnMethodsForLibrary(b, x, frame, site);
  }
  for (const c of given) if (c.kind === 'class' && !classes.has(c) && derivesFromLibrary(c)) runClassMethodsForLibrary(b, c, frame, site);
}

/** A class statement's class with a base other than object that is not the program's own (unknown, or a builtin / library class). */
function derivesFromLibrary(c: PyObj): boolean {
  if (!c.classIR || c.external) return false;
  if (c.unknownBase) return true;
  return (c.mroTuple?.items ?? []).some((k) => k !== c && (k.kind !== 'class' || !k.classIR) && k.builtinName !== 'object');
}

/** A class of the program given to code the model does not follow: its own methods, __init__ and __call__ too, on an unknown instance. */
function runClassMethodsForLibrary(b: Builtins, cls: PyObj, frame: Frame, site: CallSite): void {
  if (classHooksRun.has(cls)) return;
  classHooksRun.add(cls);
  const h = b.it.heap;
  const seen = new Set<string>();
  const fns: PyObj[] = [];
  for (const c of cls.mroTuple?.items ?? [cls]) {
    if (c.kind !== 'class' || !c.classIR || c.external) continue;
    for (const [name, v] of c.attrs ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (v.kind !== 'function' || (name.startsWith('__') && name !== '__call__' && name !== '__init__')) continue;
      if (fns.length >= LIMITS.MAX_LIBRARY_HOOKS) break;
      fns.push(h.incref(v)!);
    }
  }
  b.it.runEscapedCallables(fns, frame, site);
  for (const f of fns) h.decref(f);
}

/** The hooks copy.copy / copy.deepcopy (through copyreg and object.__reduce_ex__) may call on an instance. */
const COPY_PROTOCOL_HOOKS = ['__copy__', '__deepcopy__', '__reduce_ex__', '__reduce__', '__getstate__', '__setstate__', '__getnewargs__', '__getnewargs_ex__'];

/**
 * A copy the model does not follow (copy.copy / deepcopy left to unknown code) still runs the
 * program's copy hooks of the instance (`__getstate__`, `__setstate__` on the copy, `__reduce__` …):
 * each one the classes define runs once under an unknown condition on unknown arguments, so what
 * they store or change is open afterwards instead of missed.
 */
export function runCopyHooksForLibrary(b: Builtins, obj: PyObj, frame: Frame, site: CallSite): void {
  const it = b.it;
  if (obj.kind !== 'instance' || !obj.cls || it.inUncalledRun) return;
  const h = it.heap;
  const methods: PyObj[] = [];
  for (const name of COPY_PROTOCOL_HOOKS) {
    const fn = b.lookupClassAttr(obj.cls, name);
    if (fn?.kind === 'function') methods.push(b.boundMethodObject(h.incref(fn)!, h.incref(obj)!, name, site));
  }
  if (!methods.length) return;
  it.runEscapedCallables(methods, frame, site);
  for (const m of methods) h.decref(m);
}
