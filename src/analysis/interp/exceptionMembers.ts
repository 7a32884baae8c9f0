// The C members some builtin exception types keep beside `args` (Objects/exceptions.c): each
// holds a reference to what its constructor stored there, and reading the attribute gives that
// object itself. Members never set read as None (T_OBJECT members are NULL then).
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/** The member names by the builtin class whose init sets them (first match wins: most derived first). */
const MEMBERS: [string, readonly string[]][] = [
  ['StopIteration', ['value']],
  ['SystemExit', ['code']],
  // (3.12+ also has name_from, never set by a constructor; not listed, so it reads as unknown)
  ['ImportError', ['msg', 'name', 'path']],
  ['SyntaxError', ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']],
  // (winerror is Windows-only; BlockingIOError's characters_written is a C integer, not listed)
  ['OSError', ['errno', 'strerror', 'filename', 'filename2']],
  ['UnicodeError', ['encoding', 'object', 'reason']],
  ['NameError', ['name']],
  ['AttributeError', ['name']],
];

/** errno values on Linux (the platform measured), for `OSError(errno.X, ...)`'s subclass. */
const ERRNO: Record<string, number> = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, EBADF: 9, ECHILD: 10, EAGAIN: 11, EWOULDBLOCK: 11, ENOMEM: 12, EACCES: 13,
  EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, EMFILE: 24, ENOSPC: 28, EROFS: 30,
  EPIPE: 32, ERANGE: 34, ENOTEMPTY: 39, ECONNABORTED: 103, ECONNRESET: 104, ESHUTDOWN: 108, ETIMEDOUT: 110,
  ECONNREFUSED: 111, EALREADY: 114, EINPROGRESS: 115,
};

/** OSError_new's errnomap: `OSError(errno, ...)` of exactly OSError makes an instance of the errno's subclass. */
const ERRNO_SUBCLASS: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError', 10: 'ChildProcessError', 32: 'BrokenPipeError',
  108: 'BrokenPipeError', 103: 'ConnectionAbortedError', 111: 'ConnectionRefusedError', 104: 'ConnectionResetError',
  17: 'FileExistsError', 2: 'FileNotFoundError', 21: 'IsADirectoryError', 20: 'NotADirectoryError', 4: 'InterruptedError',
  13: 'PermissionError', 1: 'PermissionError', 3: 'ProcessLookupError', 110: 'TimeoutError',
};

/** `errno.NAME`'s value, for the names the model knows. */
export function errnoValue(name: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(ERRNO, name) ? ERRNO[name] : undefined;
}

function builtinFamily(b: Builtins, cls: PyObj | undefined): string | undefined {
  return MEMBERS.find(([n]) => b.isSubclass(cls, b.types.get(n)!))?.[0];
}

/** The member names an exception of class `cls` has (none for most). */
export function memberNames(b: Builtins, cls: PyObj | undefined): readonly string[] {
  const fam = builtinFamily(b, cls);
  return fam ? MEMBERS.find(([n]) => n === fam)![1] : [];
}

/**
 * The class `OSError(args)` makes: OSError_new maps an int errno to a subclass, for exactly
 * OSError with 2 to 5 arguments. undefined when the errno's value is not known (any class may come).
 */
export function osErrorClass(b: Builtins, cls: PyObj, args: PyObj[]): PyObj | undefined {
  if (cls !== b.types.get('OSError') || args.length < 2 || args.length > 5) return cls;
  const e = args[0];
  if (e.kind !== 'int' && e.kind !== 'bool' && e.kind !== 'unknown') return cls;
  if (e.kind === 'unknown' || typeof e.value !== 'bigint') return undefined;
  const sub = ERRNO_SUBCLASS[Number(e.value)];
  return sub ? b.types.get(sub)! : cls;
}

/**
 * The class `BaseExceptionGroup(msg, excs)` makes: BaseExceptionGroup.__new__ picks ExceptionGroup
 * when called on exactly BaseExceptionGroup with only Exception instances (measured on 3.11-3.13:
 * `type(BaseExceptionGroup("m", [ValueError()])) is ExceptionGroup`, so `except ExceptionGroup`
 * takes it). Any other class, or parts the model does not know, stay as given.
 */
export function groupNewClass(b: Builtins, cls: PyObj, args: PyObj[]): PyObj {
  const excs = args[1];
  if (cls !== b.types.get('BaseExceptionGroup') || (excs?.kind !== 'list' && excs?.kind !== 'tuple') || excs.fuzzy || !excs.items?.length) return cls;
  const exception = b.types.get('Exception')!;
  const plain = excs.items.every((x) => x.kind === 'exception' && b.isSubclass(b.classOf(x), exception));
  return plain ? b.types.get('ExceptionGroup') ?? cls : cls;
}

/** Whether OSError's parsing waits for __init__ (oserror_use_init: the class defines its own __init__). */
export function osErrorUsesInit(b: Builtins, cls: PyObj): boolean {
  return builtinFamily(b, cls) === 'OSError' && !cls.external && !!b.lookupClassAttr(cls, '__init__');
}

function setMember(b: Builtins, e: PyObj, name: string, v: PyObj): void {
  const h = b.it.heap;
  e.slots ??= new Map();
  const old = e.slots.get(name);
  e.slots.set(name, h.incref(v)!);
  b.noteStore(e, v);
  h.decref(old);
}

/**
 * What the C init of `e`'s builtin class stores from `args` / `kwargs` (borrowed), after
 * BaseException's part set `e.excArgs`. `exact`: the arguments' shapes were understood, so a
 * member left unset reads as None; otherwise what an argument may hand to a member escapes.
 */
export function runMemberInit(b: Builtins, e: PyObj, args: PyObj[], kwargs: [string, PyObj][], pos: Pos, internal = false): void {
  const h = b.it.heap;
  const fam = builtinFamily(b, e.excClass);
  // (C code raising one of the others sets its members itself: an AttributeError's name and obj,
  // an OSError's errno, strerror and filename from the failed call; only these two come from a value)
  if (internal && fam !== 'StopIteration' && fam !== 'SystemExit') return;
  let exact = true;
  const kw = new Map(kwargs);
  switch (fam) {
    case 'StopIteration':
      setMember(b, e, 'value', args[0] ?? b.none);
      break;
    case 'SystemExit':
      // one argument: itself; more: the args tuple itself; none: NULL (None)
      if (args.length === 1) setMember(b, e, 'code', args[0]);
      else if (args.length > 1 && e.excArgs) setMember(b, e, 'code', e.excArgs);
      break;
    case 'ImportError':
      for (const k of ['name', 'path']) if (kw.has(k)) setMember(b, e, k, kw.get(k)!);
      if (args.length === 1) setMember(b, e, 'msg', args[0]);
      break;
    case 'NameError':
    case 'AttributeError':
      if (kw.has('name')) setMember(b, e, 'name', kw.get('name')!);
      if (fam === 'AttributeError' && kw.has('obj') && !e.heldValue) e.heldValue = h.incref(kw.get('obj'));
      break;
    case 'SyntaxError': {
      if (args.length >= 1) setMember(b, e, 'msg', args[0]);
      if (args.length !== 2) break;
      // info = tuple(args[1]): filename, lineno, offset, text[, end_lineno, end_offset]
      const info = args[1];
      const items = (info.kind === 'tuple' || info.kind === 'list') && !info.cls && !info.fuzzy ? info.items : undefined;
      if (!items || items.length < 4 || items.length > 6) { h.escape(info); exact = false; break; }
      ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'].forEach((k, i) => { if (items[i]) setMember(b, e, k, items[i]); });
      break;
    }
    case 'OSError': {
      if (args.length < 2 || args.length > 5) break;
      setMember(b, e, 'errno', args[0]);
      setMember(b, e, 'strerror', args[1]);
      const fn = args[2];
      if (!fn || fn.kind === 'none') break;
      // BlockingIOError's third argument may be a count of characters written: kept as a C integer.
      if (b.isSubclass(e.excClass, b.types.get('BlockingIOError')!) && fn.kind !== 'str' && fn.kind !== 'bytes') {
        if (fn.kind !== 'int' && fn.kind !== 'bool') { h.escape(fn); exact = false; }
        break;
      }
      setMember(b, e, 'filename', fn);
      if (args[4] && args[4].kind !== 'none') setMember(b, e, 'filename2', args[4]);
      // filename, winerror and filename2 are removed from args: a new tuple of the first two.
      const old = e.excArgs;
      e.excArgs = b.newSeq('tuple', [h.incref(args[0])!, h.incref(args[1])!], pos);
      h.decref(old);
      break;
    }
    case 'UnicodeError': {
      // UnicodeDecodeError(encoding, object, start, end, reason) keeps a bytes object (a copy of
      // another buffer); UnicodeEncodeError the str; UnicodeTranslateError(object, start, end, reason).
      const dec = b.isSubclass(e.excClass, b.types.get('UnicodeDecodeError')!);
      const enc = b.isSubclass(e.excClass, b.types.get('UnicodeEncodeError')!);
      const tr = b.isSubclass(e.excClass, b.types.get('UnicodeTranslateError')!);
      if (!dec && !enc && !tr) break;
      const a = tr ? [undefined, ...args] : args;
      const objOk = dec ? a[1]?.kind === 'bytes' && a[1].type === 'bytes' : a[1]?.kind === 'str';
      const reason = a[4];
      if (a.length !== 5 || !objOk || (a[0] && a[0].kind !== 'str') || reason?.kind !== 'str') { exact = false; break; }
      if (a[0]) setMember(b, e, 'encoding', a[0]);
      setMember(b, e, 'object', a[1]!);
      setMember(b, e, 'reason', reason);
      break;
    }
    default:
      return;
  }
  e.excMembersKnown = exact;
}

/** Reading member `name` of `e`: the stored object, None when never set, undefined when not known. */
export function readMember(b: Builtins, e: PyObj, name: string): PyObj | undefined {
  const v = e.slots?.get(name);
  if (v) return b.it.heap.incref(v);
  return e.excMembersKnown && memberNames(b, e.excClass).includes(name) ? b.none : undefined;
}

const UNICODE_ERRORS = ['UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError'];

/**
 * The names (not dunder) builtin exception classes have as a member, getset or method, by the
 * most basic classes that have each: dir() of every builtin exception class of 3.11-3.13 less
 * object's (name_from is 3.12+'s; characters_written, on OSError, raises AttributeError while unset).
 */
const BUILTIN_EXCEPTION_NAMES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['add_note', ['BaseException']], ['args', ['BaseException']], ['with_traceback', ['BaseException']],
  ['characters_written', ['OSError']], ['errno', ['OSError']], ['strerror', ['OSError']], ['filename2', ['OSError']],
  ['filename', ['OSError', 'SyntaxError']], ['code', ['SystemExit']], ['value', ['StopIteration']],
  ['derive', ['BaseExceptionGroup']], ['exceptions', ['BaseExceptionGroup']], ['message', ['BaseExceptionGroup']],
  ['split', ['BaseExceptionGroup']], ['subgroup', ['BaseExceptionGroup']],
  ['encoding', UNICODE_ERRORS], ['end', UNICODE_ERRORS], ['object', UNICODE_ERRORS], ['reason', UNICODE_ERRORS], ['start', UNICODE_ERRORS],
  ['end_lineno', ['SyntaxError']], ['end_offset', ['SyntaxError']], ['lineno', ['SyntaxError']], ['offset', ['SyntaxError']],
  ['print_file_and_line', ['SyntaxError']], ['text', ['SyntaxError']], ['msg', ['ImportError', 'SyntaxError']],
  ['name', ['AttributeError', 'ImportError', 'NameError']], ['name_from', ['ImportError']], ['path', ['ImportError']],
  ['obj', ['AttributeError']],
]);

/**
 * Nothing but the exception's own __dict__ (e.attrs) and its classes' (both searched before this
 * is asked) can supply `name`, and a class's __getattr__ hook: a name no builtin exception class
 * of its MRO has, an exception that never escaped to code the model does not follow (which may
 * have set it), and classes the model knows all of (class statements it followed, builtin
 * exception types), none with its own __getattribute__.
 * Measured (3.11-3.13): `getattr(ValueError(), "job", None)` gives the default, the exception's
 * count unchanged; before this the model left both open.
 */
export function onlyHookMayHave(b: Builtins, e: PyObj, name: string): boolean {
  if (name.startsWith('__') || e.fuzzy) return false;
  const cls = b.classOf(e);
  if (!cls || cls.fuzzy || cls.unknownBase || cls.foreignMeta) return false;
  if (BUILTIN_EXCEPTION_NAMES.get(name)?.some((n) => b.isSubclass(cls, b.types.get(n)!))) return false;
  const base = b.types.get('BaseException')!;
  const known = (c: PyObj): boolean =>
    c.builtinName === 'object' ||
    (!!c.classIR && !c.fuzzy && !c.reachedByUnknown) ||
    (!c.classIR && !!c.builtinName && b.types.get(c.builtinName) === c && b.isSubclass(c, base));
  const mro = cls.mroTuple?.items ?? [cls];
  return mro.length > 0 && mro.every(known) && b.lookupClassAttr(cls, '__getattribute__')?.kind !== 'function';
}

/** Reading `name` from exception `e` surely raises AttributeError (onlyHookMayHave, and no __getattr__ hook). */
export function surelyLacks(b: Builtins, e: PyObj, name: string): boolean {
  return onlyHookMayHave(b, e, name) && !b.lookupClassAttr(b.classOf(e), '__getattr__');
}
