// The logging module's calls, as Lib/logging/__init__.py runs them on 3.11-3.13, while the
// configuration is one the model knows keeps no record.
//
// `log.info(msg, *args, exc_info=…, extra=…)` checks the level, then makes a LogRecord holding
// msg, the args tuple (or its one mapping), sys.exc_info()'s tuple and the extra values, hands it
// to the handlers, which format it (`msg % args`: str / repr of each argument; the formatter
// caches its text and the exception's text on the record only) and write the text out. When no
// handler keeps the record, it dies when the call returns: whatever the arguments were, their
// counts are what they were before. Whether the level is enabled does not matter then, as long as
// formatting the arguments runs no code of the program (`inert`); otherwise the call is not
// followed (the arguments escape, as for any unknown call).
//
// Handlers and filters that may keep records come only through calls the model sees: addHandler /
// addFilter on a logger, logging.config, basicConfig(handlers=… / a stream of the program), a
// record factory or logger class set, a logger handed to code the model does not follow (a
// LoggerAdapter, unittest's assertLogs), a module not in STDLIB_NO_HANDLERS imported (its code
// may install any handler). Any of these ends the known configuration for the rest of the run
// (`tainted`): later calls go unfollowed. The standard handlers basicConfig installs (a
// StreamHandler on stderr) and the lastResort handler write the text and keep nothing.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { ModelAttr, StoreDenied } from './objectModels';
import type { PyObj } from './objects';
import type { G } from './interpreter';
import { PyException } from './interpreter';
import { currentStream, originalStream } from './sysStreams';
import { isLogger, LOGGER, LOGGER_STATES, loggingStateOf } from './loggingState';

export { isLogger };
import { escapeHandlers, LOGGER_HANDLER_METHODS, loggerHandlerImpls, noteHandlerWrites } from './loggingHandlers';

/** The methods that log (Logger's, and the module's functions on the root logger). `warn` warns a DeprecationWarning: not here. */
const LOG_METHODS = ['debug', 'info', 'warning', 'error', 'exception', 'critical', 'fatal', 'log'];
/** Logger methods that read or set the level only (setLevel keeps the level object: it escapes). */
const LEVEL_METHODS = ['setLevel', 'isEnabledFor', 'getEffectiveLevel'];
/** Logger attributes that are plain values; reading them gives nothing that changes the configuration. */
const LOGGER_VALUES = new Set(['name', 'level', 'propagate', 'disabled']);
/** Stores on a Logger that change which handlers see a record, not whether one keeps it. */
const LOGGER_STORES = new Set(['propagate', 'disabled', 'level']);
const LEVELS: ReadonlyMap<string, bigint> = new Map([['CRITICAL', 50n], ['FATAL', 50n], ['ERROR', 40n], ['WARNING', 30n], ['WARN', 30n], ['INFO', 20n], ['DEBUG', 10n], ['NOTSET', 0n]]);
/** logging's classes: reading one changes nothing; what would install an instance (addHandler, setLoggerClass …) ends the known configuration. */
const CLASSES = new Set(['Logger', 'Handler', 'StreamHandler', 'FileHandler', 'NullHandler', 'Formatter', 'Filter', 'LogRecord', 'LoggerAdapter', 'PercentStyle', 'StrFormatStyle', 'StringTemplateStyle', 'BufferingFormatter', 'Filterer']);
/** basicConfig keywords whose values the root handler and its formatter keep (escaped), no record. */
const BASIC_CONFIG_KW = new Set(['level', 'format', 'datefmt', 'style', 'stream']);
const CALL_KW = new Set(['exc_info', 'extra', 'stack_info', 'stacklevel']);
/** LogRecord's own attribute names: an `extra` key among them is makeRecord's KeyError (taskName from 3.12). */
const RECORD_NAMES = new Set(['name', 'msg', 'args', 'levelname', 'levelno', 'pathname', 'filename', 'module', 'exc_info', 'exc_text', 'stack_info', 'lineno', 'funcName', 'created', 'msecs', 'relativeCreated', 'thread', 'threadName', 'processName', 'process', 'taskName', 'message', 'asctime']);
/** Class dunders that formatting (`%`, str, repr, int, float, the Mapping check) or an attribute read may run. */
const HOOKS = ['__str__', '__repr__', '__format__', '__int__', '__index__', '__float__', '__getattr__', '__getattribute__', '__class__', '__len__', '__bool__', '__getitem__', '__iter__', '__instancecheck__'];
/** Exceptions whose traceback text (3.12+) reads the failing object's dir() or the frame's locals. */
const SUGGESTING = ['AttributeError', 'NameError', 'ImportError'];
/** Standard modules whose import installs no logging handler (their functions log through their own loggers only). */
const STDLIB_NO_HANDLERS = new Set(['abc', 'array', 'ast', 'asyncio', 'atexit', 'base64', 'binascii', 'bisect', 'builtins', 'calendar', 'cmath', 'codecs', 'collections', 'contextlib', 'contextvars', 'copy', 'csv', 'dataclasses', 'datetime', 'decimal', 'difflib', 'dis', 'enum', 'errno', 'fnmatch', 'fractions', 'functools', 'gc', 'glob', 'graphlib', 'hashlib', 'heapq', 'hmac', 'html', 'inspect', 'io', 'ipaddress', 'itertools', 'json', 'keyword', 'linecache', 'locale', 'logging', 'math', 'numbers', 'operator', 'os', 'pathlib', 'pickle', 'platform', 'pprint', 'queue', 'random', 're', 'reprlib', 'sched', 'secrets', 'shlex', 'shutil', 'signal', 'socket', 'sqlite3', 'statistics', 'string', 'struct', 'subprocess', 'sys', 'tempfile', 'textwrap', 'threading', 'time', 'timeit', 'token', 'tokenize', 'traceback', 'types', 'typing', 'unicodedata', 'urllib', 'uuid', 'warnings', 'weakref', 'xml', 'zlib', 'zoneinfo', '__future__']);
const INERT_BUDGET = 200;

/** `import name`: a module that may install handlers ends the known configuration. */
export function noteLoggingImport(b: Builtins, name: string): void {
  if (name.startsWith('logging.') || !STDLIB_NO_HANDLERS.has(name.split('.')[0])) loggingStateOf(b).tainted = true;
}

/**
 * `logging.NAME`: a level's int, undefined for what the model follows (MODULE_FUNCTION_IMPLS) or
 * a class; anything else (addLevelName, setLoggerClass, root, config …) ends the known configuration.
 */
export function loggingModuleAttr(b: Builtins, name: string): PyObj | undefined {
  const level = LEVELS.get(name);
  if (level !== undefined) return b.smallInt(level);
  if (!LOG_METHODS.includes(name) && name !== 'getLogger' && name !== 'basicConfig' && !CLASSES.has(name)) loggingStateOf(b).tainted = true;
  return undefined;
}

export function loggerAttr(b: Builtins, o: PyObj, name: string, pos: { line: number; col: number }): ModelAttr {
  if (LOG_METHODS.includes(name) || LEVEL_METHODS.includes(name) || LOGGER_HANDLER_METHODS.includes(name)) return { method: `${LOGGER}.${name}` };
  if (!LOGGER_VALUES.has(name)) LOGGER_STATES.get(o)!.tainted = true;
  return { value: b.unknown(pos.line, pos.col) };
}

export function loggerStore(o: PyObj, name: string): StoreDenied {
  if (!LOGGER_STORES.has(name)) LOGGER_STATES.get(o)!.tainted = true;
  return undefined;
}

/** logging.getLogger(name=None): one Logger per name, held by the manager's dict (its count open). */
function getLoggerImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, pos, unknownCall } = call;
  const st = loggingStateOf(b);
  const arg = args[0];
  const text = !arg || arg.kind === 'none' ? '' : arg.kind === 'str' && typeof arg.value === 'string' ? arg.value : undefined;
  if (text === undefined || kwargs.length || args.length > 1) {
    st.tainted = true;
    return unknownCall();
  }
  // (the manager keeps the name as its dict's key and the logger's name)
  h.escape(arg);
  const key = text === 'root' ? '' : text;
  let lg = st.loggers.get(key);
  if (!lg) {
    lg = h.alloc('builtin', 'Logger', h.site(pos.line, pos.col, 'Logger', 'getLogger()'));
    lg.builtinName = LOGGER;
    lg.rc += 1;
    lg.hiddenHolders = 1;
    lg.hiddenWhy = "logging's manager";
    h.fuzz(lg);
    LOGGER_STATES.set(lg, st);
    const logger = lg;
    h.watchEscape(lg, () => {
      if (st.quiet) return;
      st.tainted = true;
      escapeHandlers(b, logger);
    });
    st.loggers.set(key, lg);
    return lg;
  }
  return h.incref(lg)!;
}

/** logging.basicConfig(level=, format=, datefmt=, style=, stream=sys.stderr): a StreamHandler on stderr keeping the values given. */
function basicConfigImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, unknownCall } = call;
  const st = loggingStateOf(b);
  const stream = call.kw.get('stream');
  if (args.length || kwargs.some(([k]) => !BASIC_CONFIG_KW.has(k)) || (stream && stream !== originalStream(b, 'stderr'))) {
    st.tainted = true;
    return unknownCall();
  }
  for (const [, v] of kwargs) h.escape(v);
  return b.none;
}

/** setLevel keeps the level object; isEnabledFor / getEffectiveLevel answer what the model does not know. */
function levelMethodImpl(call: BuiltinCall): PyObj {
  const { b, h, name, args, pos } = call;
  if (name.endsWith('.setLevel')) {
    for (const a of args.slice(1)) h.escape(a);
    return b.none;
  }
  return b.unknown(pos.line, pos.col);
}

/**
 * A log call: followed (nothing kept, None returned) when the configuration keeps no record and
 * formatting runs no code of the program; otherwise an unknown call whose arguments escape (the
 * logger itself does not: the standard machinery does not change it).
 */
function* logCallImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kw, kwargs, frame, self, unknownCall } = call;
  const method = name.slice(name.lastIndexOf('.') + 1);
  const st = self && isLogger(self) ? LOGGER_STATES.get(self)! : loggingStateOf(b);
  const given = self && isLogger(self) ? args.slice(1) : args;
  const level = method === 'log' ? given[0] : undefined;
  const rest = method === 'log' ? given.slice(1) : given;
  const excInfo = kw.get('exc_info');
  const extra = kw.get('extra');
  const wantsExc = excInfo ? excInfo.kind === 'bool' ? excInfo.value !== false : excInfo.kind !== 'none' : method === 'exception';
  const exc = excInfo && excInfo.kind === 'exception' ? excInfo : wantsExc ? it.currentHandled(frame) : undefined;
  const budget: Budget = { left: INERT_BUDGET };
  noteHandlerWrites(st);
  // (the lastResort handler and an implicit basicConfig write to what sys.stderr is then: a stream of the program may keep the text, or run code)
  if (currentStream(b, 'stderr') !== originalStream(b, 'stderr')) st.tainted = true;
  const followed = !st.tainted && rest.length > 0
    && ['stack_info', 'stacklevel'].every((k) => !kw.has(k) || ['int', 'bool', 'none'].includes(kw.get(k)!.kind) && !kw.get(k)!.cls)
    && (method !== 'log' || (level?.kind === 'int' && !level.cls))
    && kwargs.every(([k]) => CALL_KW.has(k))
    && (!excInfo || excInfo.kind === 'bool' || excInfo.kind === 'none' || excInfo.kind === 'exception')
    && (!exc || inertException(b, exc, budget, 4))
    && (!extra || extra.kind === 'none' || inertExtra(b, extra, budget))
    && rest.every((a) => inert(b, a, { left: budget.left, textHooks: true }));
  if (followed) {
    // (the level, and so whether a handler formats the record, is not known: each text hook may run)
    for (const a of rest) yield* textHooksUnsure(b, a, call);
    return b.none;
  }
  st.quiet = true;
  try {
    return unknownCall();
  } finally {
    st.quiet = false;
  }
}

/**
 * The `__str__` / `__repr__` of the program that formatting `a` may run (msg's str, `%s` / `%r` of
 * an argument, handleError's repr of the args), each under an unknown condition: what it changes
 * is open, an exception from it is handleError's (printed, not raised).
 */
function* textHooksUnsure(b: Builtins, a: PyObj, call: BuiltinCall): G<void> {
  const budget: Budget = { left: INERT_BUDGET, textHooks: true };
  if (!inert(b, a, budget) || !budget.hooked) return;
  const it = b.it;
  for (const kind of ['str', 'repr'] as const) {
    it.fuzzyEvents++;
    it.enterFuzzy();
    try {
      it.heap.decref(yield* b.textOf(a, kind, call.frame, call.site));
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      it.heap.decref(err.exc);
    } finally {
      it.exitFuzzy();
    }
  }
}

/** `extra=`: a dict of known str keys that are not the record's own (makeRecord's KeyError), of inert values. */
function inertExtra(b: Builtins, d: PyObj, budget: Budget): boolean {
  if (d.kind !== 'dict' || d.cls || d.fuzzy || !d.entries) return false;
  for (const e of d.entries.values()) {
    if (e.key.kind !== 'str' || e.key.cls || typeof e.key.value !== 'string' || RECORD_NAMES.has(e.key.value)) return false;
    if (!inert(b, e.value, budget)) return false;
  }
  return true;
}

/**
 * What `inert` may still take: `textHooks` lets a class of the program define `__str__` / `__repr__`
 * (formatting may run them: the caller runs them under an unknown condition), noted in `hooked`.
 */
interface Budget {
  left: number;
  textHooks?: boolean;
  hooked?: boolean;
}

/** Whether str / repr / %-formatting of o (and logging's Mapping check) runs no code of the program but what `budget` allows. */
export function inert(b: Builtins, o: PyObj, budget: Budget, seen = new Set<PyObj>()): boolean {
  if (--budget.left < 0) return false;
  if (seen.has(o)) return true;
  // (a date, a Decimal …: library code formats it, holding nothing of the program's)
  if (o.pureValue) return !o.cls;
  switch (o.kind) {
    case 'none': case 'bool': case 'int': case 'float': case 'complex': case 'str': case 'bytes':
      return !o.cls;
    case 'tuple': case 'list': case 'set': case 'frozenset': case 'dict': {
      if (o.cls || o.fuzzy || o.restUnseen || o.defaultFactory) return false;
      seen.add(o);
      for (const x of o.items ?? []) if (!inert(b, x, budget, seen)) return false;
      for (const e of o.entries?.values() ?? []) if (!inert(b, e.key, budget, seen) || !inert(b, e.value, budget, seen)) return false;
      return true;
    }
    case 'instance':
      return !o.basePayload && plainProgramClass(o.cls, budget);
    case 'exception':
      return inertException(b, o, budget, 4);
    default:
      return false;
  }
}

/**
 * A class of the program (over object or builtin exceptions) with a known MRO and no metaclass
 * that defines none of the hooks, but `__str__` / `__repr__` functions where `budget` takes them.
 */
function plainProgramClass(cls: PyObj | undefined, budget: Budget): boolean {
  const mro = cls?.mroTuple?.items;
  if (!cls || !mro || cls.foreignMeta || cls.enumKind || cls.unknownBase) return false;
  const hookless = (c: PyObj): boolean => !HOOKS.some((n) => {
    const v = c.attrs?.get(n);
    if (!v) return false;
    if (!budget.textHooks || (n !== '__str__' && n !== '__repr__') || v.kind !== 'function') return true;
    budget.hooked = true;
    return false;
  });
  return mro.every((c) => c.builtinName === 'object' || (c.isException && c.external && !c.classIR) || (!!c.classIR && !c.reachedByUnknown && hookless(c)));
}

/**
 * An exception whose traceback text runs no code of the program: its class plain, not one whose
 * 3.12+ text looks at dir() or a frame's locals, its args, notes, cause and context inert too.
 */
function inertException(b: Builtins, e: PyObj, budget: Budget, depth: number): boolean {
  if (e.kind !== 'exception' || depth <= 0 || e.egExcs) return false;
  const cls = b.classOf(e);
  if (!cls || (e.cls && !plainProgramClass(e.cls, { left: 0 }))) return false;
  for (const n of SUGGESTING) {
    const t = b.types.get(n);
    if (!t || b.isSubclass(cls, t)) return false;
  }
  if (e.excArgs && !inert(b, e.excArgs, budget)) return false;
  for (const v of e.attrs?.values() ?? []) if (!inert(b, v, budget)) return false;
  for (const c of [e.cause, e.context]) if (c && c.kind !== 'none' && !inertException(b, c, budget, depth - 1)) return false;
  return true;
}

export const LOGGING_IMPLS: [string, BuiltinImpl][] = [
  ['logging.getLogger', getLoggerImpl],
  ['logging.basicConfig', basicConfigImpl],
  ...LOG_METHODS.map((m): [string, BuiltinImpl] => [`logging.${m}`, logCallImpl]),
  ...LOG_METHODS.map((m): [string, BuiltinImpl] => [`${LOGGER}.${m}`, logCallImpl]),
  ...LEVEL_METHODS.map((m): [string, BuiltinImpl] => [`${LOGGER}.${m}`, levelMethodImpl]),
  ...loggerHandlerImpls(LOGGER),
];
