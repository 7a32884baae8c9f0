// Library functions and value types the model does not compute but whose
// references it knows: given only numbers, strings, bytes and builtin
// containers of them (so no code of the program runs), they keep no reference
// to what they are given, and what they return is a new object holding
// nothing of the program's: a date, a timedelta, a Decimal, a Fraction, a
// statistics result, packed bytes, a digest. The arguments keep exact counts;
// the result is an unknown value ("pure value"), never part of a cycle, whose
// attributes, methods and arithmetic are pure in the same way.
//
// Constructors and arithmetic between such values make new objects, so their
// count is known (one); other results (a method's int, an attribute) may be
// cached objects and stay open. `Decimal(d)` of a Decimal is d itself and
// `timezone(offset)` keeps its offset: those given a pure value go the unknown way.
import type { Builtins } from './builtins';
import { LIMITS } from './limits';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/** Constructors: a new object each call (when no argument is a pure value itself). */
const CONSTRUCTORS: ReadonlySet<string> = new Set([
  'datetime.date', 'datetime.datetime', 'datetime.time', 'datetime.timedelta', 'datetime.timezone',
  'datetime.date.today', 'datetime.datetime.now', 'datetime.datetime.utcnow', 'datetime.date.fromisoformat',
  'datetime.datetime.fromisoformat', 'datetime.datetime.strptime', 'datetime.date.fromordinal', 'datetime.datetime.fromtimestamp',
  'datetime.datetime.combine', 'decimal.Decimal', 'fractions.Fraction', 'hashlib.md5', 'hashlib.sha1', 'hashlib.sha224', 'hashlib.sha256',
  'hashlib.sha384', 'hashlib.sha512', 'hashlib.blake2b', 'hashlib.blake2s', 'uuid.uuid4', 'uuid.uuid1',
]);

/**
 * Constructors that may return a pure argument itself (`Decimal(d)`, `Fraction(f)`) or keep one
 * (`timezone(offset)`, `datetime.combine(d, t)` keeps t's tzinfo): given a pure value, not followed.
 */
const KEEPS_OR_RETURNS_ARGUMENT: ReadonlySet<string> = new Set(['decimal.Decimal', 'fractions.Fraction', 'datetime.timezone', 'datetime.datetime.combine']);

/** Functions whose result is new or a cached scalar (its count open), never an argument or a part of one. */
const FUNCTIONS: ReadonlySet<string> = new Set([
  'statistics.mean', 'statistics.fmean', 'statistics.geometric_mean', 'statistics.harmonic_mean', 'statistics.pstdev',
  'statistics.pvariance', 'statistics.stdev', 'statistics.variance', 'statistics.quantiles', 'statistics.correlation',
  'statistics.covariance',
  'zlib.crc32', 'zlib.adler32', 'zlib.compress', 'zlib.decompress', 'base64.b64encode', 'base64.b64decode',
  'base64.urlsafe_b64encode', 'base64.urlsafe_b64decode', 'base64.b16encode', 'base64.b16decode', 'base64.b32encode',
  'binascii.hexlify', 'binascii.unhexlify', 'binascii.crc32', 'binascii.b2a_hex', 'binascii.a2b_hex',
  'string.capwords', 'unicodedata.name', 'unicodedata.category', 'unicodedata.numeric', 'unicodedata.digit',
  'unicodedata.decimal', 'calendar.isleap', 'calendar.monthrange', 'calendar.weekday',
  'time.strftime', 'time.localtime', 'time.gmtime', 'time.mktime', 'time.ctime', 'time.asctime',
]);

/** Functions that always make a new object (a float, a str of several characters), whatever the data. */
const FRESH_FUNCTIONS: ReadonlySet<string> = new Set(['statistics.fmean', 'statistics.stdev', 'statistics.pstdev', 'statistics.geometric_mean']);

/** Methods of pure values that always make a new object (a str of several characters, a float, a Decimal). */
const FRESH_METHODS: ReadonlySet<string> = new Set(['isoformat', 'strftime', 'hexdigest', 'digest', 'quantize', 'ctime', 'to_eng_string', 'total_seconds', 'timestamp']);

/** Whether calling the module attribute `name` is followed as pure (constructor or function). */
export function isPureCallable(name: string | undefined): boolean {
  return !!name && (CONSTRUCTORS.has(name) || FUNCTIONS.has(name));
}

/** A module attribute whose own attributes are followed (`datetime.date.today`). */
export function isPureNamespace(name: string | undefined): boolean {
  return !!name && (name === 'datetime.date' || name === 'datetime.datetime' || name === 'decimal.Decimal');
}

/**
 * Whether `o` (and what it holds, up to a bound) is only numbers, strings, bytes, None, builtin
 * containers of them and pure values: nothing through which the program's code could run or
 * which the callee could keep.
 */
export function pureArgument(o: PyObj, allowPure = true, budget = { left: LIMITS.MAX_PURE_ARGUMENT_SCAN }): boolean {
  if (--budget.left < 0) return false;
  if (o.pureValue) return allowPure;
  switch (o.kind) {
    case 'int': case 'float': case 'str': case 'bytes': case 'bool': case 'none': case 'complex':
      return o.type === o.kind || (o.kind === 'bytes' && o.type === 'bytearray');
    case 'tuple': case 'list':
      return (o.type === o.kind) && !o.fuzzy && (o.items ?? []).every((x) => pureArgument(x, allowPure, budget));
    case 'dict': case 'set': case 'frozenset':
      return o.type === o.kind && !o.fuzzy && !!o.entries && [...o.entries.values()].every((e) => pureArgument(e.key, allowPure, budget) && pureArgument(e.value, allowPure, budget));
    default:
      return false;
  }
}

/**
 * Whether the collector tracks a pure value, which decides whether a collection that frees it with
 * a cycle counts it: Fractions and UUIDs (Python objects) and tuples are tracked, Decimals from
 * 3.13, dates, digests, bytes and str never; 'maybe' where the type is not known here.
 */
type Tracking = 'yes' | 'no' | 'maybe';
const tracking = new WeakMap<PyObj, Tracking>();

function trackingOf(b: Builtins, name: string): Tracking {
  if (name === 'decimal.Decimal') return b.it.vm.decimalTracked ? 'yes' : 'no';
  if (name === 'fractions.Fraction' || name.startsWith('uuid.')) return 'yes';
  if (name.startsWith('datetime.') || name.startsWith('hashlib.') || name.startsWith('zlib.')
    || name.startsWith('base64.') || name.startsWith('binascii.') || name.startsWith('unicodedata.') || name === 'string.capwords'
    || name === 'statistics.fmean' || name === 'statistics.stdev' || name === 'statistics.pstdev' || name === 'time.strftime'
    || name === 'time.ctime' || name === 'time.asctime' || name === 'time.mktime' || name === 'calendar.isleap' || name === 'calendar.weekday') return 'no';
  return 'maybe';
}

/** The result of a pure call: a new unknown value (its count known when it is surely new). */
export function pureResult(b: Builtins, fresh: boolean, pos: Pos, tracked: Tracking = 'maybe'): PyObj {
  const r = b.unknown(pos.line, pos.col);
  r.pureValue = true;
  r.acyclic = true;
  r.tracked = false;
  if (fresh) r.countKnown = true;
  tracking.set(r, tracked);
  return r;
}

/** A pure value's method result: str / float / bytes results of the fresh methods are not tracked; `quantize` is self's type. */
export function pureMethodResult(b: Builtins, self: PyObj, name: string, pos: Pos): PyObj {
  const t: Tracking = name === 'quantize' ? tracking.get(self) ?? 'maybe' : FRESH_METHODS.has(name) ? 'no' : 'maybe';
  return pureResult(b, FRESH_METHODS.has(name), pos, t);
}

/**
 * What a collection frees with its garbage among pure values: those whose every reference
 * comes from the garbage. `count` are surely tracked (counted), `maybe` perhaps.
 */
export function pureGarbage(garbage: readonly PyObj[], refsOf: (o: PyObj) => PyObj[]): { count: number; maybe: number } {
  const from = new Map<PyObj, number>();
  for (const o of garbage) for (const t of refsOf(o)) if (t.pureValue && t.alive) from.set(t, (from.get(t) ?? 0) + 1);
  let count = 0;
  let maybe = 0;
  for (const [t, n] of from) {
    if (n < t.rc || t.fuzzy && !t.countKnown) { if (t.fuzzy && !t.countKnown && tracking.get(t) !== 'no') maybe++; continue; }
    const k = tracking.get(t) ?? 'maybe';
    if (k === 'yes') count++;
    else if (k === 'maybe') maybe++;
  }
  return { count, maybe };
}

/** `func(args)` for a pure module callable: the result, or undefined when the arguments are not pure. */
export function pureCall(b: Builtins, name: string, args: PyObj[], kwargs: [string, PyObj][], pos: Pos): PyObj | undefined {
  const ctor = CONSTRUCTORS.has(name);
  const all = [...args, ...kwargs.map(([, v]) => v)];
  if (!all.every((a) => pureArgument(a, !KEEPS_OR_RETURNS_ARGUMENT.has(name)))) return undefined;
  // (the mean of floats is a new float)
  const floatMean = name === 'statistics.mean' && args.length === 1 && (args[0].kind === 'list' || args[0].kind === 'tuple') && !!args[0].items?.length && args[0].items.every((x) => x.kind === 'float');
  return pureResult(b, ctor || floatMean || FRESH_FUNCTIONS.has(name), pos, floatMean ? 'no' : trackingOf(b, name));
}

const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/', '//', '%', '**', '@']);

/** `l op r` with a pure value on one side and a pure operand on the other: a new pure value; undefined otherwise. */
export function pureBinop(b: Builtins, op: string, l: PyObj, r: PyObj, pos: Pos): PyObj | undefined {
  if (!(l.pureValue || r.pureValue) || !pureArgument(l) || !pureArgument(r)) return undefined;
  // (arithmetic on dates, Decimals, Fractions makes a new object; other operators may give cached ones)
  // Its tracking: that of the pure operands when they agree and the other is an int (Fraction * 2 is
  // a Fraction; with a float it is a float); else not known.
  const side = (o: PyObj): Tracking | 'int' => (o.pureValue ? tracking.get(o) ?? 'maybe' : o.kind === 'int' || o.kind === 'bool' ? 'int' : 'maybe');
  const [tl, tr] = [side(l), side(r)];
  const t: Tracking = tl === 'int' ? (tr as Tracking) : tr === 'int' ? tl : tl === tr ? tl : 'maybe';
  return pureResult(b, ARITHMETIC.has(op), pos, ARITHMETIC.has(op) ? t : 'maybe');
}
