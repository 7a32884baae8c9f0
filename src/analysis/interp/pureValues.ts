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
//
// Dates, times, timedeltas and Fractions made from known numbers and texts also
// carry their value (`pureData`: dateValues.ts, fractionValues.ts), so their
// comparisons, hashes, int attributes, texts and arithmetic are known: a
// `.year` is a known int (new, or a cached small one), `d1 < d2` a known bool.
import type { Builtins } from './builtins';
import { type DateAnswer, type DateData, dateAttr, dateBinop, dateCompare, dateConstruct, dateKey, dateMethod, dateText, dateTruth, dateUnary, isDateName } from './dateValues';
import { type FractionAnswer, type FractionData, floatRatio, fractionBinop, fractionConstruct, fractionLimit, ratioCompare, ratioKey } from './fractionValues';
import { arrayNumbers, isArray } from './arrayState';
import { LIMITS } from './limits';
import { knownMean } from './statisticsMean';
import { type DecimalData, decimalConstruct, decimalRatio, decimalText } from './decimalValues';
import { exactBuiltin } from './typeErrors';
import { type DecimalContext, decimalBinop, decimalQuantize, decimalRoundInt, decimalUnary } from './decimalArith';
import { decimalContext } from './decimalContext';
import { type PyObj, isPlainSequence } from './objects';
import { textwrapFilled } from './textwrapModel';

/** A pure value's own value, when the model knows it. */
export type PureData = DateData | FractionData | DecimalData;

/** Whether a pure value's data is a date, time, datetime or timedelta's. */
const isDateData = (d: PureData | undefined): d is DateData => !!d && d.t !== 'fraction' && d.t !== 'decimal';

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
 * Constructors that may return a pure argument itself (`Decimal(d)`; `Fraction(f)` is a new one, measured) or keep one
 * (`timezone(offset)`, `datetime.combine(d, t)` keeps t's tzinfo): given a pure value, not followed.
 */
const KEEPS_OR_RETURNS_ARGUMENT: ReadonlySet<string> = new Set(['decimal.Decimal', 'datetime.timezone', 'datetime.datetime.combine']);

/** Functions whose result is new or a cached scalar (its count open), never an argument or a part of one. */
const FUNCTIONS: ReadonlySet<string> = new Set([
  'statistics.mean', 'statistics.fmean', 'statistics.geometric_mean', 'statistics.harmonic_mean', 'statistics.pstdev',
  'statistics.pvariance', 'statistics.stdev', 'statistics.variance', 'statistics.quantiles', 'statistics.correlation',
  'statistics.covariance',
  'zlib.crc32', 'zlib.adler32', 'zlib.compress', 'zlib.decompress', 'base64.b64encode', 'base64.b64decode',
  'base64.urlsafe_b64encode', 'base64.urlsafe_b64decode', 'base64.b16encode', 'base64.b16decode', 'base64.b32encode',
  'binascii.hexlify', 'binascii.unhexlify', 'binascii.crc32', 'binascii.b2a_hex', 'binascii.a2b_hex',
  'string.capwords', 'textwrap.fill', 'textwrap.shorten', 'unicodedata.name', 'unicodedata.category', 'unicodedata.numeric', 'unicodedata.digit',
  'unicodedata.decimal', 'calendar.isleap', 'calendar.monthrange', 'calendar.weekday',
  'time.strftime', 'time.localtime', 'time.gmtime', 'time.mktime', 'time.ctime', 'time.asctime',
  // File system calls given a path: they keep nothing of it and give None, a bool, an int or a new str.
  'os.remove', 'os.unlink', 'os.rmdir', 'os.mkdir', 'os.makedirs', 'os.getpid', 'os.getcwd',
  'os.path.exists', 'os.path.isfile', 'os.path.isdir', 'os.path.getsize', 'os.path.getmtime',
  // mkdtemp: a new path str (os.path.join / abspath of its parts); gettempdir: tempfile.tempdir, cached;
  // rmtree without an onerror / onexc callback: None.
  'tempfile.mkdtemp', 'tempfile.gettempdir', 'shutil.rmtree',
]);

/**
 * Functions that consume an iterator given as their data whole before they compute (_sum's loop,
 * `list(data)` when `iter(data) is data`, `sorted(data)`). Not correlation / covariance: they take
 * len() of their data first, which an iterator does not have (TypeError).
 */
const CONSUME_DATA: ReadonlySet<string> = new Set(['statistics.mean', 'statistics.fmean', 'statistics.geometric_mean', 'statistics.harmonic_mean',
  'statistics.pstdev', 'statistics.pvariance', 'statistics.stdev', 'statistics.variance', 'statistics.quantiles']);

/** Whether the pure function `name` reads an iterator given as its first argument to its end first. */
export function consumesDataWhole(name: string): boolean {
  return CONSUME_DATA.has(name);
}

/** Functions that always make a new object (a float, a str of several characters), whatever the data. */
// (quantiles: its `result` list, or 3.13's `data * (n - 1)` of one point: a new list either way)
const FRESH_FUNCTIONS: ReadonlySet<string> = new Set(['statistics.fmean', 'statistics.stdev', 'statistics.pstdev', 'statistics.geometric_mean', 'statistics.quantiles', 'tempfile.mkdtemp']);

/** Methods of pure values that always make a new object (a str of several characters, a float, a Decimal). */
const FRESH_METHODS: ReadonlySet<string> = new Set(['isoformat', 'strftime', 'hexdigest', 'digest', 'quantize', 'ctime', 'to_eng_string', 'total_seconds', 'timestamp']);

/**
 * Methods of the pure values that cannot fail on a value of their own type: no argument to check
 * against a range or a format (date.replace(day=31) of a 30-day month, Decimal.quantize to a
 * precision too fine, fromisoformat of a bad text all raise). strftime is among them: only a
 * format with lone surrogates fails.
 */
const NEVER_FAIL_METHODS: ReadonlySet<string> = new Set(['isoformat', 'strftime', 'hexdigest', 'digest', 'ctime', 'to_eng_string', 'total_seconds',
  'weekday', 'isoweekday', 'toordinal', 'isocalendar', 'date', 'time', 'timetuple', 'utctimetuple', 'copy', 'hex', '__str__', '__repr__', '__hash__']);

/** A pure value's method whose result the model did not compute may have raised instead (a `try` around it may go to its handler). */
export function pureMethodMayFail(name: string, result: PyObj): boolean {
  return !NEVER_FAIL_METHODS.has(name) && !result.pureData && result.value === undefined && result.kind === 'unknown';
}

/** Pure calls that fail for reasons outside the program (a file missing, a permission): OSError may come. */
export function pureCallMayFail(name: string): boolean {
  return name.startsWith('os.') || name.startsWith('tempfile.') || name.startsWith('shutil.');
}

/** Whether calling the module attribute `name` is followed as pure (constructor or function). */
export function isPureCallable(name: string | undefined): boolean {
  return !!name && (CONSTRUCTORS.has(name) || FUNCTIONS.has(name));
}

/** A module attribute whose own attributes are followed (`datetime.date.today`, `os.path.isdir`). */
export function isPureNamespace(name: string | undefined): boolean {
  // (`os.path` is a module of its own, reached as os's attribute: `os.path.isdir` is followed as pure)
  return !!name && (name === 'datetime.date' || name === 'datetime.datetime' || name === 'decimal.Decimal' || name === 'os.path');
}

/**
 * Whether `o` (and what it holds, up to a bound) is only numbers, strings, bytes, None, builtin
 * containers of them and pure values: nothing through which the program's code could run or
 * which the callee could keep.
 */
export function pureArgument(o: PyObj, allowPure = true, budget = { left: LIMITS.MAX_PURE_ARGUMENT_SCAN }): boolean {
  if (--budget.left < 0) return false;
  if (o.pureValue) return allowPure;
  // decimal's rounding names (`rounding=ROUND_HALF_UP`) are str constants of the module.
  if (o.kind === 'unknown' && o.external && /^decimal\.ROUND_[A-Z0-9_]+$/.test(o.moduleName ?? '')) return true;
  // An array.array stores raw machine numbers and holds no object: reading it runs no code of the
  // program, and what is read out is new numbers (arrayModule.ts).
  if (isArray(o)) return true;
  switch (o.kind) {
    case 'int': case 'float': case 'str': case 'bytes': case 'bool': case 'none': case 'complex':
      return o.type === o.kind || (o.kind === 'bytes' && o.type === 'bytearray');
    case 'tuple': case 'list':
      // (a deque is a list-kind object of type 'deque': iterating it runs no code either)
      return isPlainSequence(o) && !o.fuzzy && (o.items ?? []).every((x) => pureArgument(x, allowPure, budget));
    // A dict's keys / values / items view reads the dict: pure when the dict is (`mean(d.values())`).
    case 'view':
      return (o.iterKind === 'dict_keys' || o.iterKind === 'dict_values' || o.iterKind === 'dict_items') && !!o.iterSource && o.iterSource.kind === 'dict'
        && pureArgument(o.iterSource, allowPure, budget);
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

/**
 * The pure values known to be Decimals (made by `Decimal(...)`, by arithmetic between Decimals and
 * ints, by quantize): though their value is not followed, `-d` / `+d` / `abs(d)` are surely a new
 * Decimal (_decimal's number methods allocate their result each time, measured on 3.11-3.13).
 */
const decimals = new WeakSet<PyObj>();
const markDecimal = (o: PyObj, is: boolean): PyObj => { if (is) decimals.add(o); return o; };

/**
 * A Decimal or a Fraction the model made (exact types): copy.copy and copy.deepcopy give the
 * object itself (Decimal's __copy__ / __deepcopy__ return self, so do an exact Fraction's).
 */
export function copiesAsItself(o: PyObj): boolean {
  return !!o.pureValue && (decimals.has(o) || o.pureData?.t === 'decimal' || o.pureData?.t === 'fraction');
}

function trackingOf(b: Builtins, name: string): Tracking {
  if (name === 'decimal.Decimal') return b.it.vm.decimalTracked ? 'yes' : 'no';
  if (name === 'fractions.Fraction' || name.startsWith('uuid.')) return 'yes';
  if (name.startsWith('datetime.') || name.startsWith('hashlib.') || name.startsWith('zlib.')
    || name.startsWith('base64.') || name.startsWith('binascii.') || name.startsWith('unicodedata.') || name === 'string.capwords'
    || name === 'statistics.fmean' || name === 'statistics.stdev' || name === 'statistics.pstdev' || name === 'time.strftime'
    || name === 'time.ctime' || name === 'time.asctime' || name === 'time.mktime' || name === 'calendar.isleap' || name === 'calendar.weekday'
    || name.startsWith('tempfile.') || name === 'shutil.rmtree') return 'no';
  return 'maybe';
}

/** A new Decimal of unknown value (made by Decimal arithmetic). */
export function newDecimal(b: Builtins, pos: Pos): PyObj {
  return markDecimal(pureResult(b, true, pos, trackingOf(b, 'decimal.Decimal')), true);
}

/** A new Decimal: of value `data` when known. */
export function decimalResult(b: Builtins, data: DecimalData | undefined, pos: Pos): PyObj {
  return data ? answerObj(b, { data }, pos) : newDecimal(b, pos);
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

/**
 * A Fraction that keeps a program's int (Fraction(n)) handed to an operation that may make another
 * holding the same int (`+f`, `abs(f)`, `Fraction(f)`, `f.limit_denominator(m)` share it): from
 * here on the int's count is open.
 */
function shareHeld(b: Builtins, objs: readonly (PyObj | undefined)[]): void {
  for (const o of objs) if (o?.heldValue?.kind === 'int' && o.pureData?.t === 'fraction') b.it.heap.fuzz(o.heldValue);
}

/** A pure value's method result: str / float / bytes results of the fresh methods are not tracked; `quantize` is self's type. */
export function pureMethodResult(b: Builtins, self: PyObj, name: string, pos: Pos, args: PyObj[] = [], kwargs: [string, PyObj][] = []): PyObj {
  shareHeld(b, [self, ...args, ...kwargs.map(([, v]) => v)]);
  if (isDateData(self.pureData)) {
    const known = dateMethod(self.pureData, name, args.map(scalarOf).map(notFloat), kwargs.map(([k, v]) => [k, notFloat(scalarOf(v))]));
    if (known) return answerObj(b, known, pos);
  }
  if (name === 'limit_denominator' && args.length <= 1 && !kwargs.length) {
    // Only Fraction has it: always a new Fraction (`Fraction(self)` when the denominator fits already).
    const max = args.length ? scalarOf(args[0]) : 1000000n;
    const d = self.pureData?.t === 'fraction' && typeof max === 'bigint' ? fractionLimit(self.pureData, max) : undefined;
    if (d) return answerObj(b, { data: d }, pos);
    if (typeof max === 'bigint' && max >= 1n) return pureResult(b, true, pos, 'yes');
  }
  const quantized = name === 'quantize' ? knownQuantize(b, self, args, kwargs) : undefined;
  if (quantized) return answerObj(b, { data: quantized }, pos);
  // (isocalendar(): a new IsoCalendarDate, a tuple subclass the collector tracks; measured count 1)
  if (name === 'isocalendar' && isDateData(self.pureData) && !args.length && !kwargs.length) return pureResult(b, true, pos, 'yes');
  const t: Tracking = name === 'quantize' ? tracking.get(self) ?? 'maybe' : FRESH_METHODS.has(name) ? 'no' : 'maybe';
  return markDecimal(pureResult(b, FRESH_METHODS.has(name), pos, t), name === 'quantize' && decimals.has(self));
}

/** The name of a known rounding argument: decimal's ROUND_* constant, or its text. */
function roundingName(o: PyObj | undefined): string | undefined {
  if (!o) return undefined;
  if (o.kind === 'unknown' && o.external && /^decimal\.ROUND_[A-Z0-9_]+$/.test(o.moduleName ?? '')) return o.moduleName!.slice('decimal.'.length);
  return o.kind === 'str' && o.type === 'str' && typeof o.value === 'string' && o.value.startsWith('ROUND_') ? o.value : undefined;
}

/** `d.quantize(exp[, rounding])` of known Decimals under the known context (no `context=`). */
function knownQuantize(b: Builtins, self: PyObj, args: PyObj[], kwargs: [string, PyObj][]): DecimalData | undefined {
  const ctx = decimalContext(b);
  const rounding = args[1] ?? kwargs.find(([k]) => k === 'rounding')?.[1];
  if (!ctx || self.pureData?.t !== 'decimal' || args[0]?.pureData?.t !== 'decimal' || args.length > 2 || kwargs.some(([k]) => k !== 'rounding')) return undefined;
  const name = rounding && rounding.kind !== 'none' ? roundingName(rounding) : undefined;
  if (rounding && rounding.kind !== 'none' && !name) return undefined;
  return decimalQuantize(self.pureData, args[0].pureData, ctx, name);
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

/**
 * Pure functions whose result object a model can name from known arguments (a new str, never an
 * argument, rather than "new or cached"); undefined from one falls back to the generic answer.
 */
const KNOWN_RESULTS: ReadonlyMap<string, (b: Builtins, name: string, args: PyObj[], kwargs: [string, PyObj][], pos: Pos) => PyObj | undefined> = new Map([
  ['textwrap.fill', textwrapFilled],
  ['textwrap.shorten', textwrapFilled],
]);

/** `func(args)` for a pure module callable: the result, or undefined when the arguments are not pure. */
export function pureCall(b: Builtins, name: string, args: PyObj[], kwargs: [string, PyObj][], pos: Pos): PyObj | undefined {
  shareHeld(b, [...args, ...kwargs.map(([, v]) => v)]);
  const ctor = CONSTRUCTORS.has(name);
  // `Decimal(d)` of an exact Decimal is d itself (PyDecType_FromDecimalExact).
  if (name === 'decimal.Decimal' && args.length === 1 && !kwargs.length && (args[0].pureData?.t === 'decimal' || decimals.has(args[0]))) return b.it.heap.incref(args[0])!;
  const known = KNOWN_RESULTS.get(name)?.(b, name, args, kwargs, pos);
  if (known) return known;
  const all = [...args, ...kwargs.map(([, v]) => v)];
  if (!all.every((a) => pureArgument(a, !KEEPS_OR_RETURNS_ARGUMENT.has(name)))) return undefined;
  const data = isDateName(name) ? dateConstruct(name, args.map(scalarOf).map(notFloat), kwargs.map(([k, v]) => [k, notFloat(scalarOf(v))]))
    : name === 'fractions.Fraction' && !kwargs.length ? fractionConstruct(args.map(scalarOf).map((x) => (typeof x === 'object' && x.t !== 'fraction' ? undefined : x)))
    : name === 'decimal.Decimal' && !kwargs.length ? decimalConstruct(args.map(scalarOf).map((x) => (typeof x === 'object' ? undefined : x))) : undefined;
  if (data) {
    const o = answerObj(b, { data }, pos);
    // Fraction(n) of an exact int keeps n itself as _numerator (fractions.py: `type(numerator) is
    // int` with no denominator returns at once; measured 3.11-3.13: n's count one higher while the
    // Fraction lives, `f.numerator is n`).
    const n = args[0];
    if (name === 'fractions.Fraction' && args.length === 1 && n.kind === 'int' && n.type === 'int' && !n.cls && data.t === 'fraction') o.heldValue = b.it.heap.incref(n);
    return o;
  }
  const mean = (name === 'statistics.mean' || name === 'statistics.fmean') && args.length === 1 && !kwargs.length ? knownMean(name, args[0], decimalContext(b)) : undefined;
  if (mean) return answerObj(b, mean, pos);
  // (the mean of known Decimals, ints among them: _convert's Decimal(numerator) / Decimal(denominator), a new Decimal)
  const seq = args[0];
  if (name === 'statistics.mean' && args.length === 1 && !kwargs.length && (seq.kind === 'list' || seq.kind === 'tuple') && seq.type === seq.kind && !seq.fuzzy
    && seq.items?.some((x) => x.pureData?.t === 'decimal') && seq.items.every((x) => x.pureData?.t === 'decimal' || (x.kind === 'int' && x.type === 'int'))) return newDecimal(b, pos);
  // (a timedelta of unknown value may be 3.13's immortal zero one)
  if (name === 'datetime.timedelta' && b.it.vm.zeroTimedeltaImmortal) return pureResult(b, false, pos, 'no');
  // (the mean of floats, or of ints and floats, is a new float: _sum coerces int and float to float)
  // (and of an array of type code 'f' / 'd', whatever its values: each item reads out as a float)
  const arr = args.length === 1 && !kwargs.length ? arrayNumbers(seq) : undefined;
  const floatMean = name === 'statistics.mean' && args.length === 1 && (((seq.kind === 'list' || seq.kind === 'tuple') && !!seq.items?.length
    && seq.items.every((x) => (x.kind === 'float' && x.type === 'float') || (x.kind === 'int' && x.type === 'int')) && seq.items.some((x) => x.kind === 'float'))
    || (!!arr?.float && arr.values?.length !== 0));
  return markDecimal(pureResult(b, ctor || floatMean || FRESH_FUNCTIONS.has(name), pos, floatMean ? 'no' : trackingOf(b, name)), name === 'decimal.Decimal');
}

const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/', '//', '%', '**', '@']);

/** `l op r` with a pure value on one side and a pure operand on the other: a new pure value; undefined otherwise. */
export function pureBinop(b: Builtins, op: string, l: PyObj, r: PyObj, pos: Pos): PyObj | undefined {
  shareHeld(b, [l, r]);
  if (!(l.pureValue || r.pureValue) || !pureArgument(l) || !pureArgument(r)) return undefined;
  const known = knownBinop(op, l, r, decimalContext(b));
  if (known) return answerObj(b, known, pos);
  // (an answer the model does not compute may be no answer: `timedelta(1) + 5` TypeError, a date
  // past year 9999 OverflowError, a Decimal division by zero: an except around takes it, measured)
  b.it.noteMayRaise();
  const dateKind = (o: PyObj): boolean => isDateData(o.pureData);
  // (a timedelta result of unknown value may be 3.13's immortal zero one)
  if (b.it.vm.zeroTimedeltaImmortal && (dateKind(l) || dateKind(r) || tracking.get(l.pureValue ? l : r) === 'no')) return pureResult(b, false, pos, 'maybe');
  // (arithmetic on dates, Decimals, Fractions makes a new object; other operators may give cached ones)
  // Its tracking: that of the pure operands when they agree and the other is an int (Fraction * 2 is
  // a Fraction; with a float it is a float); else not known.
  const side = (o: PyObj): Tracking | 'int' => (o.pureValue ? tracking.get(o) ?? 'maybe' : o.kind === 'int' || o.kind === 'bool' ? 'int' : 'maybe');
  const [tl, tr] = [side(l), side(r)];
  const t: Tracking = tl === 'int' ? (tr as Tracking) : tr === 'int' ? tl : tl === tr ? tl : 'maybe';
  const decimalSide = (o: PyObj): boolean => decimals.has(o) || ((o.kind === 'int' || o.kind === 'bool') && !o.pureValue);
  const decimal = ARITHMETIC.has(op) && op !== '@' && (decimals.has(l) || decimals.has(r)) && decimalSide(l) && decimalSide(r);
  return markDecimal(pureResult(b, ARITHMETIC.has(op), pos, ARITHMETIC.has(op) ? t : 'maybe'), decimal);
}

/**
 * `l op r` that raises TypeError: a Decimal with a float or a Fraction (neither side's number
 * methods take the other: _decimal converts only ints and Decimals, fractions.py falls back to
 * float only for numbers.Real, which Decimal is not registered as), a complex (which converts only
 * ints and floats), or None, text or a container (no number methods; their sequence repeat needs
 * an `__index__` and their concatenation their own type, Decimal has neither). Not `str % d` /
 * `bytes % d`: that is formatting, which takes any object.
 */
export function decimalMixRefused(op: string, l: PyObj, r: PyObj): boolean {
  if (!ARITHMETIC.has(op) || op === '@') return false;
  if (op === '%' && exactBuiltin(l, 'data') && (l.kind === 'str' || l.kind === 'bytes')) return false;
  const other = (o: PyObj): boolean => (o.kind === 'float' && o.type === 'float') || o.pureData?.t === 'fraction'
    || exactBuiltin(o, 'data') || (o.kind === 'complex' && exactBuiltin(o, 'number'));
  return (decimals.has(l) && other(r)) || (decimals.has(r) && other(l));
}

/** `round(d)` of a known Decimal (an int, halves to even) or `round(d, n)` (d quantized to n places under the context). */
export function decimalRound(b: Builtins, x: PyObj, n: PyObj | undefined, pos: Pos): PyObj | undefined {
  const d = x.pureData;
  if (d?.t !== 'decimal') return undefined;
  if (!n || n.kind === 'none') {
    const v = decimalRoundInt(d);
    return v === undefined ? undefined : b.newInt(v, pos);
  }
  const places = scalarOf(n);
  const ctx = decimalContext(b);
  if (typeof places !== 'bigint' || !ctx || places > 4000n || places < -4000n) return undefined;
  const r = decimalQuantize(d, { t: 'decimal', neg: false, c: 1n, e: -Number(places) }, ctx);
  return r && answerObj(b, { data: r }, pos);
}

/** A known int, float or str argument's value (what the value computations take), a pure value's data. */
function scalarOf(o: PyObj): bigint | number | string | PureData | undefined {
  if (o.pureData) return o.pureData;
  if ((o.kind === 'int' || o.kind === 'bool') && o.type === o.kind && !o.fromId) return typeof o.value === 'bigint' ? o.value : typeof o.value === 'boolean' ? (o.value ? 1n : 0n) : undefined;
  if (o.kind === 'float' && o.type === 'float' && typeof o.value === 'number') return o.value;
  if (o.kind === 'str' && o.type === 'str' && typeof o.value === 'string') return o.value;
  return undefined;
}
const notFloat = (x: ReturnType<typeof scalarOf>): bigint | string | undefined => (typeof x === 'bigint' || typeof x === 'string' ? x : undefined);

/** The immortal zero timedelta of 3.13+ (one per analysis). */
const zeroDeltas = new WeakMap<Builtins, PyObj>();

/** An answer of the value computations as an object: a new pure value, or a number, str or bool as the interpreter makes them. */
function answerObj(b: Builtins, a: DateAnswer | FractionAnswer | { data: PureData }, pos: Pos): PyObj {
  if ('int' in a) return b.newInt(a.int, pos);
  if ('float' in a) return b.newFloat(a.float, pos);
  if ('str' in a) return b.newStr(a.str, pos);
  if ('bool' in a) return b.bool(a.bool);
  const data = a.data;
  if (data.t === 'timedelta' && data.us === 0n && b.it.vm.zeroTimedeltaImmortal) {
    let z = zeroDeltas.get(b);
    if (!z) {
      z = b.it.heap.external('unknown', 'datetime.timedelta', b.it.heap.site(0, 0, 'datetime.timedelta', 'timedelta(0)', true));
      z.external = false;
      z.pureValue = true;
      z.acyclic = true;
      z.tracked = false;
      z.fuzzy = true;
      z.pureData = data;
      zeroDeltas.set(b, z);
    }
    return z;
  }
  const r = pureResult(b, true, pos, data.t === 'fraction' ? 'yes' : data.t === 'decimal' ? trackingOf(b, 'decimal.Decimal') : 'no');
  r.pureData = data;
  return markDecimal(r, data.t === 'decimal');
}

/** Arithmetic whose value is known: dates with timedeltas and ints, Fractions with Fractions, ints and floats. */
function knownBinop(op: string, l: PyObj, r: PyObj, ctx: DecimalContext | undefined): DateAnswer | FractionAnswer | { data: PureData } | undefined {
  const x = scalarOf(l);
  const y = scalarOf(r);
  if (x === undefined || y === undefined || typeof x === 'string' || typeof y === 'string') return undefined;
  const isDate = (v: typeof x): v is DateData => typeof v === 'object' && isDateData(v);
  // (Decimal arithmetic rounds to the thread's context: computed while the model knows it; an int operand is converted exactly)
  if ((typeof x === 'object' && x.t === 'decimal') || (typeof y === 'object' && y.t === 'decimal')) {
    const asDecimal = (v: typeof x): DecimalData | undefined => (typeof v === 'bigint' ? decimalConstruct([v]) : typeof v === 'object' && v.t === 'decimal' ? v : undefined);
    const [dx, dy] = [asDecimal(x), asDecimal(y)];
    const data = ctx && dx && dy ? decimalBinop(op, dx, dy, ctx) : undefined;
    return data && { data };
  }
  if (isDate(x) || isDate(y)) {
    if (typeof x === 'number' || typeof y === 'number' || (typeof x === 'object' && !isDate(x)) || (typeof y === 'object' && !isDate(y))) return undefined;
    return dateBinop(op, x as DateData | bigint, y as DateData | bigint);
  }
  return fractionBinop(op, x as FractionData | bigint | number, y as FractionData | bigint | number);
}

/** `-v`, `+v`, `abs(v)` of a pure value of known value: a new object (fractions.py and the C module make one each time). */
export function pureUnary(b: Builtins, op: string, v: PyObj, pos: Pos): PyObj | undefined {
  shareHeld(b, [v]);
  const d = v.pureData;
  // (of unknown value it may be a float or int, whose `+x` is x itself and `-0` a cached 0: not followed,
  // unless it is a Decimal)
  const ctx = d?.t === 'decimal' ? decimalContext(b) : undefined;
  const known = d?.t === 'decimal' && ctx ? decimalUnary(op, d, ctx) : undefined;
  if (known) return answerObj(b, { data: known }, pos);
  if (!d || d.t === 'decimal') return decimals.has(v) && (op === '-' || op === '+' || op === 'abs') ? markDecimal(pureResult(b, true, pos, tracking.get(v) ?? 'maybe'), true) : undefined;
  if (isDateData(d)) { const r = dateUnary(op, d); return r && answerObj(b, { data: r }, pos); }
  const n = op === '-' ? -d.n : op === 'abs' && d.n < 0n ? -d.n : d.n;
  return op === '-' || op === '+' || op === 'abs' ? answerObj(b, { data: { t: 'fraction', n, d: d.d } }, pos) : undefined;
}

/** A pure value's attribute: a known int (`d.year`, `td.days`, `f.numerator`), or undefined. */
export function pureAttr(b: Builtins, o: PyObj, name: string, pos: Pos): PyObj | undefined {
  const d = o.pureData;
  if (!d || d.t === 'decimal') return undefined;
  if (d.t !== 'fraction') {
    if (d.t === 'datetime' && name === 'tzinfo') return b.none;
    const v = dateAttr(d, name);
    return v === undefined ? undefined : b.newInt(v, pos);
  }
  if (name !== 'numerator' && name !== 'denominator') return undefined;
  // (the int Fraction(n) kept: n itself)
  if (name === 'numerator' && o.heldValue?.kind === 'int') return b.it.heap.incref(o.heldValue)!;
  // The int the Fraction holds (its _numerator / _denominator): shared, so its count is open.
  const r = b.newInt(name === 'numerator' ? d.n : d.d, pos);
  b.it.heap.fuzz(r);
  return r;
}

/** Comparison between pure values of known value (and numbers, for Fractions): a bool, or undefined. */
export function pureCompare(op: string, l: PyObj, r: PyObj): boolean | undefined {
  if (!(l.pureData || r.pureData)) return undefined;
  const x = scalarOf(l);
  const y = scalarOf(r);
  if (x === undefined || y === undefined) return undefined;
  let c: -1 | 0 | 1 | 'unequal';
  const ratio = (v: typeof x): [bigint, bigint] | undefined => (typeof v === 'bigint' ? [v, 1n] : typeof v === 'number' ? floatRatio(v)
    : typeof v === 'object' && v.t === 'fraction' ? [v.n, v.d] : typeof v === 'object' && v.t === 'decimal' ? decimalRatio(v) : undefined);
  const a = ratio(x);
  const bb = ratio(y);
  if (a && bb) c = ratioCompare(a, bb);
  else if (typeof x === 'object' && typeof y === 'object' && isDateData(x) && isDateData(y)) c = dateCompare(x, y);
  // (a Decimal too far from 1 to be made a ratio here)
  else if ((typeof x === 'object' && x.t === 'decimal') || (typeof y === 'object' && y.t === 'decimal')) return undefined;
  else if (typeof x === 'number' || typeof y === 'number') return undefined; // (nan, inf)
  else c = 'unequal';
  if (c === 'unequal') return op === '==' ? false : op === '!=' ? true : undefined;
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
    case '==': return c === 0;
    case '!=': return c !== 0;
    default: return undefined;
  }
}

/** The hash key of a pure value of known value (equal values share one; a Fraction shares its equal int's or float's), or undefined. */
export function pureKey(o: PyObj): string | undefined {
  const d = o.pureData;
  if (d?.t === 'decimal') { const q = decimalRatio(d); return q && ratioKey(q[0], q[1]); }
  return d ? (d.t === 'fraction' ? ratioKey(d.n, d.d) : dateKey(d)) : undefined;
}

/** Truth of a pure value of known value. */
export function pureTruth(o: PyObj): boolean | undefined {
  const d = o.pureData;
  return d ? (d.t === 'fraction' ? d.n !== 0n : d.t === 'decimal' ? d.c !== 0n : dateTruth(d)) : undefined;
}

/** str() of a date or time of known value (its isoformat, with a space in a datetime), or undefined. */
export function pureText(o: PyObj): string | undefined {
  const d = o.pureData;
  if (!d) return undefined;
  if (d.t === 'fraction') return d.d === 1n ? String(d.n) : `${d.n}/${d.d}`;
  if (d.t === 'decimal') return decimalText(d);
  return dateText(d, ' ');
}
