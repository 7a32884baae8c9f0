// The state of logging's configuration as the model knows it, per run (a leaf module: the Logger
// model, loggingModel.ts, and the handlers', loggingHandlers.ts, both read it).
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

export const LOGGER = 'logging.Logger()';

export interface LoggingState {
  /** The configuration may keep records (or is not known): calls are not followed. */
  tainted: boolean;
  /** Loggers by name ('' the root): getLogger gives one object per name. */
  loggers: Map<string, PyObj>;
  /** An unknown call the model makes itself for arguments it does not follow: the logger it gets is not taken as escaped. */
  quiet: boolean;
}

const STATES = new WeakMap<Builtins, LoggingState>();
export const LOGGER_STATES = new WeakMap<PyObj, LoggingState>();

export function loggingStateOf(b: Builtins): LoggingState {
  let st = STATES.get(b);
  if (!st) STATES.set(b, (st = { tainted: false, loggers: new Map(), quiet: false }));
  return st;
}

/** A Logger object the model made. */
export function isLogger(o: PyObj): boolean {
  return o.builtinName === LOGGER && LOGGER_STATES.has(o);
}

