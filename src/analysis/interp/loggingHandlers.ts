// logging's standard handlers that keep no record, their formatters, and Logger.addHandler /
// removeHandler (Lib/logging/__init__.py, the same on 3.11-3.13; counts measured with
// sys.getrefcount):
// - StreamHandler(stream=None) keeps its stream (sys.stderr as it is then when none is given);
//   NullHandler keeps nothing. Both write the formatted text and drop the record: a log call
//   whose handlers are only these keeps nothing (loggingModel.ts follows it as before). The
//   handler's lock, filters list and logging's weak registries (`_handlerList`, the fork WeakSet)
//   hold nothing of the program's and no strong reference to the handler.
// - Formatter(fmt, datefmt) keeps fmt twice (its style's `_fmt` and its own `_fmt`) and datefmt
//   once; a '%' format without a field is validate()'s ValueError (not followed here).
// - setFormatter keeps the formatter, setLevel an int; addHandler appends to the logger's
//   `handlers` list once (a second add changes nothing), removeHandler takes it out (a handler
//   not there: nothing). The logger lives as long as logging's manager: its list is a holder the
//   model does not build (hiddenHolders).
// A stream the model follows (an io.StringIO of the program) gets text of unknown content at
// every log call while a handler that writes to it is installed: whether the level lets the
// record through is not known. Anything else about these objects (a program's stream or
// formatter class, another attribute, a store on a handler, a handler reaching code the model
// does not follow) ends the known configuration (`tainted`), as for any unknown handler.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { ModelAttr, StoreDenied } from './objectModels';
import type { PyObj } from './objects';
import { knownText } from './objects';
import { isStringIO, stringIOWrittenUnseen } from './stringIO';
import { currentStream, originalStream } from './sysStreams';
import { isLogger, loggingStateOf, type LoggingState } from './loggingState';

export const HANDLER = 'logging.Handler()';
export const FORMATTER = 'logging.Formatter()';
const HANDLER_METHODS = new Set(['setFormatter', 'setLevel', 'flush', 'close']);
export const LOGGER_HANDLER_METHODS = ['addHandler', 'removeHandler'];
/** PercentStyle.validation_pattern (re.I). */
const PERCENT_FIELD = /%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]/i;
const WHY = "a logger's handlers list";

/** The configuration each handler belongs to. */
const HANDLERS = new WeakMap<PyObj, LoggingState>();
const FORMATTERS = new WeakSet<PyObj>();
/** Each Logger's handlers, in order (the logger's `handlers` list, not built). */
const INSTALLED = new WeakMap<PyObj, PyObj[]>();

export function isLoggingHandler(o: PyObj): boolean {
  return o.builtinName === HANDLER && HANDLERS.has(o);
}

export function isLoggingFormatter(o: PyObj): boolean {
  return o.builtinName === FORMATTER && FORMATTERS.has(o);
}

/** The handlers a Logger of the model has (borrowed). */
export function handlersOf(logger: PyObj): readonly PyObj[] {
  return INSTALLED.get(logger) ?? [];
}

/**
 * A record may have been written (or not): every followed stream a handler of `st` writes to now
 * holds text of unknown content. Called for every log call, followed or not.
 */
export function noteHandlerWrites(st: LoggingState): void {
  for (const lg of st.loggers.values()) {
    for (const hd of handlersOf(lg)) {
      const stream = hd.attrs?.get('stream');
      if (stream && isStringIO(stream)) stringIOWrittenUnseen(stream);
    }
  }
}

/** Code the model does not follow got a Logger: it may reach and keep its handlers too. */
export function escapeHandlers(b: Builtins, logger: PyObj): void {
  for (const hd of handlersOf(logger)) b.it.heap.escape(hd);
}

function newLibraryObject(call: BuiltinCall, builtinName: string, type: string): PyObj {
  const { h, pos } = call;
  const o = h.alloc('builtin', type, h.site(pos.line, pos.col, type, `${type}()`));
  o.builtinName = builtinName;
  o.tracked = true;
  o.attrs = new Map();
  return o;
}

/** StreamHandler(stream=None) / NullHandler(): a stream the model knows the writes of, else not followed. */
function handlerNewImpl(call: BuiltinCall): PyObj {
  const { b, h, name, args, kw, unknownCall } = call;
  const st = loggingStateOf(b);
  const isNull = name === 'logging.NullHandler';
  const given = args[0] ?? kw.get('stream');
  if (args.length + kw.size > (isNull ? 0 : 1) || (kw.size && !kw.has('stream'))) return unknownCall();
  const stream = isNull ? undefined : !given || given.kind === 'none' ? currentStream(b, 'stderr') : given;
  const original = stream === originalStream(b, 'stderr') || stream === originalStream(b, 'stdout');
  if (stream && !original && !(isStringIO(stream) && !stream.fuzzy)) return unknownCall();
  const hd = newLibraryObject(call, HANDLER, isNull ? 'NullHandler' : 'StreamHandler');
  if (stream) hd.attrs!.set('stream', h.incref(stream)!);
  HANDLERS.set(hd, st);
  h.watchEscape(hd, () => { if (!st.quiet) st.tainted = true; });
  return hd;
}

/** Formatter(fmt=None, datefmt=None, style='%'): fmt kept twice, datefmt once. */
function formatterNewImpl(call: BuiltinCall): PyObj {
  const { h, args, kw, unknownCall } = call;
  const fmt = args[0] ?? kw.get('fmt');
  const datefmt = args[1] ?? kw.get('datefmt');
  const style = args[2] ?? kw.get('style');
  if (args.length > 3 || [...kw.keys()].some((k) => !['fmt', 'datefmt', 'style'].includes(k))) return unknownCall();
  if (style && knownText(style) !== '%') return unknownCall();
  const fmtText = fmt && fmt.kind !== 'none' ? knownText(fmt) : '';
  // (an empty or absent format is PercentStyle's default; one without a field is validate()'s ValueError)
  if (fmtText === undefined || fmt?.cls || (fmtText && !PERCENT_FIELD.test(fmtText))) return unknownCall();
  if (datefmt && datefmt.kind !== 'none' && (datefmt.kind !== 'str' || datefmt.cls)) return unknownCall();
  const f = newLibraryObject(call, FORMATTER, 'Formatter');
  if (fmt && fmtText) {
    f.attrs!.set('_style._fmt', h.incref(fmt)!);
    f.attrs!.set('_fmt', h.incref(fmt)!);
  }
  if (datefmt && datefmt.kind !== 'none') f.attrs!.set('datefmt', h.incref(datefmt)!);
  FORMATTERS.add(f);
  return f;
}

/** A handler's methods (args[0] the handler). */
function handlerMethodImpl(call: BuiltinCall): PyObj {
  const { b, h, name, args, kwargs, unknownCall } = call;
  const hd = args[0];
  const method = name.slice(HANDLER.length + 1);
  if (!hd || !isLoggingHandler(hd) || kwargs.length) return unknownCall();
  switch (method) {
    case 'setFormatter': {
      const f = args[1];
      if (args.length !== 2 || !(f.kind === 'none' || isLoggingFormatter(f))) return unknownCall();
      const old = hd.attrs!.get('formatter');
      if (f.kind === 'none') hd.attrs!.delete('formatter');
      else hd.attrs!.set('formatter', h.incref(f)!);
      h.decref(old);
      return b.none;
    }
    case 'setLevel': {
      // (_checkLevel: an int is kept as it is; a level name is not followed)
      const lv = args[1];
      if (args.length !== 2 || lv.cls || lv.kind !== 'int') return unknownCall();
      h.escape(lv);
      return b.none;
    }
    case 'flush': case 'close':
      return args.length === 1 ? b.none : unknownCall();
    default:
      return unknownCall();
  }
}

/** logger.addHandler(h) / removeHandler(h) (args[0] the logger). */
function loggerHandlerImpl(call: BuiltinCall): PyObj {
  const { b, it, h, name, args, kwargs, unknownCall } = call;
  const [lg, hd] = args;
  if (!lg || !isLogger(lg) || args.length !== 2 || kwargs.length || !isLoggingHandler(hd) || hd.fuzzy) return unknownCall();
  // (under a condition the model does not decide, the handler may or may not be in the list)
  if (it.inUncertainBranch()) return unknownCall();
  let list = INSTALLED.get(lg);
  if (!list) INSTALLED.set(lg, (list = []));
  const at = list.indexOf(hd);
  if (name.endsWith('.addHandler')) {
    if (at < 0) {
      list.push(h.incref(hd)!);
      hd.hiddenHolders += 1;
      hd.hiddenWhy ??= WHY;
      it.recorder.noteStore();
    }
  } else if (at >= 0) {
    list.splice(at, 1);
    hd.hiddenHolders -= 1;
    h.decref(hd);
    it.recorder.noteStore();
  }
  return b.none;
}

/** A handler's attributes: its methods, its stream and formatter; anything else ends the known configuration. */
export function handlerAttr(b: Builtins, o: PyObj, name: string, pos: { line: number; col: number }): ModelAttr {
  if (HANDLER_METHODS.has(name)) return { method: `${HANDLER}.${name}` };
  if (name === 'stream' || name === 'formatter') return { value: b.it.heap.incref(o.attrs!.get(name) ?? b.none)! };
  if (name !== 'level' && name !== 'name') HANDLERS.get(o)!.tainted = true;
  return { value: b.unknown(pos.line, pos.col) };
}

/** A store on a handler may change what it does with records. */
export function handlerStore(o: PyObj): StoreDenied {
  HANDLERS.get(o)!.tainted = true;
  return undefined;
}

/** A formatter's attributes are library values (format, formatTime … read as unknown values). */
export function formatterAttr(b: Builtins, _o: PyObj, _name: string, pos: { line: number; col: number }): ModelAttr {
  return { value: b.unknown(pos.line, pos.col) };
}

export const LOGGING_HANDLER_IMPLS: [string, BuiltinImpl][] = [
  ['logging.StreamHandler', handlerNewImpl],
  ['logging.NullHandler', handlerNewImpl],
  ['logging.Formatter', formatterNewImpl],
  ...[...HANDLER_METHODS].map((m): [string, BuiltinImpl] => [`${HANDLER}.${m}`, handlerMethodImpl]),
];

/** The Logger methods of this file, under the Logger's prefix. */
export function loggerHandlerImpls(prefix: string): [string, BuiltinImpl][] {
  return LOGGER_HANDLER_METHODS.map((m): [string, BuiltinImpl] => [`${prefix}.${m}`, loggerHandlerImpl]);
}
