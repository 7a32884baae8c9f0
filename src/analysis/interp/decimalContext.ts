// Which decimal context the program's Decimal arithmetic runs under. A thread starts with a copy of
// DefaultContext (precision 28, ROUND_HALF_EVEN, InvalidOperation / DivisionByZero / Overflow
// trapped); only the module's context names can change that. So the context is the default one
// until the run first calls getcontext / setcontext / localcontext / Context (or hands one of them
// to code the model does not follow, which may call it), or reads any other decimal name that is
// not a constant, an exception class or Decimal itself (DefaultContext and its kind may be changed
// in place; an import of them counts, earlier than their use). From then on the context is
// unknown and Decimal arithmetic keeps no value (pureValues.ts asks here).

import type { Builtins } from './builtins';
import type { DecimalContext } from './decimalArith';
import type { PyObj } from './objects';

const DEFAULT_CONTEXT: DecimalContext = { prec: 28, rounding: 'ROUND_HALF_EVEN' };

/** decimal's names that cannot change a context: the type, the rounding names, the signals, the limits. */
const CONTEXT_FREE = /^(Decimal|DecimalTuple|ROUND_[A-Z0-9_]+|DecimalException|Clamped|InvalidOperation|DivisionByZero|Inexact|Rounded|Subnormal|Overflow|Underflow|FloatOperation|ConversionSyntax|DivisionImpossible|DivisionUndefined|InvalidContext|MAX_PREC|MAX_EMAX|MIN_EMIN|MIN_ETINY|HAVE_THREADS|HAVE_CONTEXTVAR|__name__|__doc__|__version__|__libmpdec_version__)$/;

/** decimal's functions that change or hand out a context only when called. */
const CONTEXT_FUNCTIONS: ReadonlySet<string> = new Set(['getcontext', 'setcontext', 'localcontext', 'Context']);

/** The run reads `decimal.<name>` (an attribute or an import of it). */
export function noteDecimalName(b: Builtins, name: string): void {
  if (!CONTEXT_FREE.test(name) && !CONTEXT_FUNCTIONS.has(name)) b.decimalContextTouched = true;
}

/** Whether `o` is one of decimal's context functions (read from the module: an unknown with its name). */
const isContextFunction = (o: PyObj): boolean => o.kind === 'unknown' && !!o.moduleName?.startsWith('decimal.') && CONTEXT_FUNCTIONS.has(o.moduleName.slice('decimal.'.length));

/** A call of `func`: a context function called, or given to code not followed (`unknown`), ends the known context. */
export function noteDecimalCall(b: Builtins, func: PyObj, args: readonly PyObj[], unknown: boolean): void {
  if (isContextFunction(func) || (unknown && args.some(isContextFunction))) b.decimalContextTouched = true;
}

/** The context Decimal arithmetic runs under now, when the model knows it. */
export function decimalContext(b: Builtins): DecimalContext | undefined {
  return b.decimalContextTouched ? undefined : DEFAULT_CONTEXT;
}
