// os.fspath (PyOS_FSPath, the same in 3.11-3.13) and the os.path functions that start with it:
// a str or bytes (a subclass too) is the path itself; any other object's type is asked for
// `__fspath__` (_PyObject_LookupSpecial: a bound method, holding the object while it runs),
// called without arguments, and its answer is the path, which must be a str or bytes (not a
// bytearray): else TypeError, as for an object whose type has no `__fspath__`. A pathlib path's
// `__fspath__` is `str(self)`: its cached `_str`.
// posixpath's join / basename / dirname … begin with `os.fspath` of each path argument in order;
// they are then asked with the paths the hooks gave (the original objects are not kept).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { exactBuiltin, typeError } from './typeErrors';
import { isPurePath, pathStr } from './pathlibModel';

/** posixpath functions whose first step is `os.fspath` of each positional argument, in order. */
const PATH_FIRST: ReadonlySet<string> = new Set(['join', 'basename', 'dirname', 'split', 'splitext', 'normpath', 'normcase', 'isabs', 'abspath', 'expanduser']);

/** The class's own Python __fspath__ of instance x. */
function ownFspath(b: Builtins, x: PyObj): PyObj | undefined {
  return b.it.instanceDunder(x, '__fspath__');
}

/** A path as PyOS_FSPath takes it without running code: an exact or subclassed str / bytes. */
function isPath(x: PyObj): boolean {
  return x.kind === 'str' || (x.kind === 'bytes' && x.type !== 'bytearray');
}

/** An object whose `__fspath__` is followed: its class's own, or a pathlib path's (`str(self)`: pathlibModel.ts). */
function hasFspath(b: Builtins, x: PyObj): boolean {
  return !!ownFspath(b, x) || isPurePath(x);
}

/** Whether PyOS_FSPath of x is followed here: a path, or an object hasFspath takes. */
function followed(b: Builtins, x: PyObj): boolean {
  return isPath(x) || hasFspath(b, x);
}

/** PyOS_FSPath(x) (owned) for an x `followed` takes; raises as CPython does. */
function* fspathOf(b: Builtins, x: PyObj, frame: Frame, site: CallSite): G<PyObj> {
  const h = b.it.heap;
  if (isPath(x)) return h.incref(x)!;
  if (isPurePath(x)) return pathStr(b, x, site);
  const bound = b.boundMethodObject(h.incref(ownFspath(b, x))!, h.incref(x)!, '__fspath__', site);
  let r: PyObj;
  try {
    r = yield* b.it.callObject(bound, [], [], frame, site);
  } finally {
    h.decref(bound);
  }
  if (isPath(r)) return r;
  if (exactBuiltin(r) || r.kind === 'bytes') {
    h.decref(r);
    throw b.it.raiseObj(typeError(b, `expected ${x.type}.__fspath__() to return str or bytes, not ${r.type}`, site), frame, true);
  }
  // (an answer the model cannot tell the type of: a path, or a TypeError)
  b.it.noteMayRaise();
  return r;
}

/**
 * PyOS_FSPath(x) (owned) of an object whose `__fspath__` the model follows (hasFspath), as
 * open() takes its file argument first; undefined for any other object.
 */
export function* followedFspath(b: Builtins, x: PyObj, frame: Frame, site: CallSite): G<PyObj | undefined> {
  return hasFspath(b, x) ? yield* fspathOf(b, x, frame, site) : undefined;
}

/** The posixpath function `name` is, when it is one of PATH_FIRST. */
function pathFunction(name: string): string | undefined {
  const fn = name.startsWith('os.path.') ? name.slice(8) : name.startsWith('posixpath.') ? name.slice(10) : undefined;
  return fn && PATH_FIRST.has(fn) ? fn : undefined;
}

/**
 * Whether fsPathCall follows this call: `os.fspath(x)` of a path, an object with its own
 * `__fspath__` or an exact builtin (TypeError); an os.path function of PATH_FIRST given such an
 * object among paths.
 */
export function fsPathFollowed(b: Builtins, func: PyObj, args: PyObj[], kwargs: [string, PyObj][]): boolean {
  const name = func.moduleName ?? '';
  if (kwargs.length) return false;
  if (name === 'os.fspath') return args.length === 1 && (followed(b, args[0]) || exactBuiltin(args[0]));
  return !!pathFunction(name) && args.some((a) => hasFspath(b, a)) && args.every((a) => followed(b, a));
}

/** A call fsPathFollowed takes (arguments borrowed): the result (owned). */
export function* fsPathCall(b: Builtins, it: Interpreter, func: PyObj, args: PyObj[], frame: Frame, site: CallSite): G<PyObj> {
  if (func.moduleName === 'os.fspath') {
    const x = args[0];
    if (followed(b, x)) return yield* fspathOf(b, x, frame, site);
    // (a number, a container, None …: "expected str, bytes or os.PathLike object")
    throw it.raiseObj(typeError(b, `expected str, bytes or os.PathLike object, not ${x.type}`, site), frame, true);
  }
  const paths: PyObj[] = [];
  try {
    for (const a of args) paths.push(yield* fspathOf(b, a, frame, site));
  } catch (err) {
    for (const p of paths) it.heap.decref(p);
    throw err;
  }
  // (callObject lets go of the paths after the call)
  return yield* it.callObject(func, paths, [], frame, site);
}
