// The values of `datetime` objects (naive ones), so that what the program
// computes from them is known: a date as its proleptic ordinal, a datetime,
// time and timedelta as microseconds. Pure computation, no heap: pureValues.ts
// turns the answers into objects. Every date / time / timedelta the C module
// returns from a constructor, arithmetic, replace() or a classmethod is a new
// object (measured 3.11-3.13: `d + timedelta(0) is d` is false, `replace()`
// of nothing is a new date), except that from 3.13 every zero timedelta is
// the module's immortal `timedelta(0)` (versions.ts `zeroTimedeltaImmortal`).
// Their int attributes (`.year`, `.days`) are new ints (PyLong_FromLong), or
// the cached small ones. Whatever this does not follow (time zones, floats,
// out-of-range values that raise) answers undefined: a value not known.

/** A date (ordinal, 1 = 0001-01-01), a naive datetime (µs since 0001-01-01 00:00), a naive time (µs since midnight), a timedelta (µs). */
export type DateData =
  | { t: 'date'; ord: number }
  | { t: 'datetime'; us: bigint }
  | { t: 'time'; us: bigint }
  | { t: 'timedelta'; us: bigint };

/** What an operation gives: a new value of the module, a number, a str, a bool. */
export type DateAnswer = { data: DateData } | { int: bigint } | { float: number } | { str: string } | { bool: boolean };

const DAY_US = 86_400_000_000n;
const MAX_ORD = 3_652_059; // date.max.toordinal()
const MAX_TD_DAYS = 999_999_999n;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m]);

/** _ymd2ord, or undefined for a date `date()` refuses (ValueError). */
export function ymdToOrd(y: number, m: number, d: number): number | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  const py = y - 1;
  return py * 365 + Math.floor(py / 4) - Math.floor(py / 100) + Math.floor(py / 400) + DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0) + d;
}

/** _ord2ymd. */
export function ordToYmd(ord: number): [number, number, number] {
  let n = ord - 1;
  const n400 = Math.floor(n / 146097); n -= n400 * 146097;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / 36524); n -= n100 * 36524;
  const n4 = Math.floor(n / 1461); n -= n4 * 1461;
  const n1 = Math.floor(n / 365); n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= DAYS_IN_MONTH[month] + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}

const floorDiv = (a: bigint, b: bigint): bigint => (a / b) - ((a % b !== 0n && (a < 0n) !== (b < 0n)) ? 1n : 0n);
const mod = (a: bigint, b: bigint): bigint => a - b * floorDiv(a, b);
const pad = (n: number | bigint, w: number): string => String(n).padStart(w, '0');

function date(ord: number | undefined): DateData | undefined {
  return ord !== undefined && ord >= 1 && ord <= MAX_ORD ? { t: 'date', ord } : undefined;
}
function datetimeOf(us: bigint): DateData | undefined {
  return us >= 0n && us < BigInt(MAX_ORD) * DAY_US ? { t: 'datetime', us } : undefined;
}
function delta(us: bigint): DateData | undefined {
  const days = floorDiv(us, DAY_US);
  return days >= -MAX_TD_DAYS && days <= MAX_TD_DAYS ? { t: 'timedelta', us } : undefined;
}
function clock(h: number, mi: number, s: number, us: number): bigint | undefined {
  const ok = (v: number, hi: number): boolean => Number.isInteger(v) && v >= 0 && v < hi;
  if (!ok(h, 24) || !ok(mi, 60) || !ok(s, 60) || !ok(us, 1_000_000)) return undefined;
  return ((BigInt(h) * 60n + BigInt(mi)) * 60n + BigInt(s)) * 1_000_000n + BigInt(us);
}

/** Arguments by position then keyword, as `names` orders them; undefined when one is not a known int or unexpected. */
function intArgs(names: readonly string[], args: (bigint | undefined)[], kwargs: [string, bigint | undefined][], required: number): (number | undefined)[] | undefined {
  if (args.length > names.length) return undefined;
  const out: (number | undefined)[] = names.map((_, i) => (i < args.length ? (args[i] === undefined ? NaN : Number(args[i])) : undefined));
  for (const [k, v] of kwargs) {
    const i = names.indexOf(k);
    if (i < 0 || out[i] !== undefined) return undefined;
    out[i] = v === undefined ? NaN : Number(v);
  }
  if (out.some((v) => v !== undefined && Number.isNaN(v)) || out.slice(0, required).some((v) => v === undefined)) return undefined;
  return out;
}

const TD_UNITS: [string, bigint][] = [['days', DAY_US], ['seconds', 1_000_000n], ['microseconds', 1n], ['milliseconds', 1000n], ['minutes', 60_000_000n], ['hours', 3_600_000_000n], ['weeks', 7n * DAY_US]];

/** A constructor or classmethod of the module on int / str arguments (undefined: not known here). */
export function dateConstruct(name: string, args: (bigint | string | undefined)[], kwargs: [string, bigint | string | undefined][]): DateData | undefined {
  const ints = (xs: (bigint | string | undefined)[]): (bigint | undefined)[] => xs.map((x) => (typeof x === 'bigint' ? x : undefined));
  const kwInts = kwargs.map(([k, v]): [string, bigint | undefined] => [k, typeof v === 'bigint' ? v : undefined]);
  switch (name) {
    case 'datetime.date': {
      const a = intArgs(['year', 'month', 'day'], ints(args), kwInts, 3);
      return a && date(ymdToOrd(a[0]!, a[1]!, a[2]!));
    }
    case 'datetime.datetime': {
      const a = intArgs(['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'], ints(args), kwInts, 3);
      const ord = a && ymdToOrd(a[0]!, a[1]!, a[2]!);
      const t = a && clock(a[3] ?? 0, a[4] ?? 0, a[5] ?? 0, a[6] ?? 0);
      return ord !== undefined && t !== undefined ? datetimeOf(BigInt(ord - 1) * DAY_US + t) : undefined;
    }
    case 'datetime.time': {
      const a = intArgs(['hour', 'minute', 'second', 'microsecond'], ints(args), kwInts, 0);
      const t = a && clock(a[0] ?? 0, a[1] ?? 0, a[2] ?? 0, a[3] ?? 0);
      return t === undefined ? undefined : { t: 'time', us: t };
    }
    case 'datetime.timedelta': {
      const a = intArgs(TD_UNITS.map(([k]) => k), ints(args), kwInts, 0);
      return a && delta(a.reduce<bigint>((s, v, i) => s + BigInt(v ?? 0) * TD_UNITS[i][1], 0n));
    }
    case 'datetime.date.fromordinal':
      return args.length === 1 && !kwargs.length && typeof args[0] === 'bigint' ? date(Number(args[0])) : undefined;
    case 'datetime.date.fromisoformat': case 'datetime.datetime.fromisoformat':
      return args.length === 1 && !kwargs.length && typeof args[0] === 'string' ? parseIso(args[0], name === 'datetime.datetime.fromisoformat') : undefined;
    default:
      return undefined;
  }
}

/** `YYYY-MM-DD` (and for a datetime `[T ]HH[:MM[:SS[.ffffff]]]`), the common forms both versions read alike. */
function parseIso(s: string, withTime: boolean): DateData | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{6}))?)?)?)?$/.exec(s);
  if (!m || (!withTime && m[4] !== undefined)) return undefined;
  const ord = ymdToOrd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (ord === undefined) return undefined;
  if (!withTime) return date(ord);
  const t = clock(Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0));
  return t === undefined ? undefined : datetimeOf(BigInt(ord - 1) * DAY_US + t);
}

const dateOf = (d: DateData): number => (d.t === 'date' ? d.ord : Number(floorDiv(d.us, DAY_US)) + 1);

function clockText(us: bigint): string {
  const s = us / 1_000_000n;
  const frac = us % 1_000_000n;
  return `${pad(s / 3600n, 2)}:${pad((s / 60n) % 60n, 2)}:${pad(s % 60n, 2)}${frac ? `.${pad(frac, 6)}` : ''}`;
}

/** isoformat() / str(): the text, for dates and times (a timedelta's str is another format, not followed). */
export function dateText(d: DateData, sep = 'T'): string | undefined {
  if (d.t === 'timedelta') return undefined;
  if (d.t === 'time') return clockText(d.us);
  const [y, m, day] = ordToYmd(dateOf(d));
  const ymd = `${pad(y, 4)}-${pad(m, 2)}-${pad(day, 2)}`;
  return d.t === 'date' ? ymd : `${ymd}${sep}${clockText(mod(d.us, DAY_US))}`;
}

/** An attribute read (`.year`, `.days`): an int, or undefined. */
export function dateAttr(d: DateData, name: string): bigint | undefined {
  if (d.t === 'timedelta') {
    if (name === 'days') return floorDiv(d.us, DAY_US);
    if (name === 'seconds') return mod(d.us, DAY_US) / 1_000_000n;
    if (name === 'microseconds') return d.us % 1_000_000n < 0n ? d.us % 1_000_000n + 1_000_000n : d.us % 1_000_000n;
    return undefined;
  }
  if (d.t !== 'time') {
    const [y, m, day] = ordToYmd(dateOf(d));
    if (name === 'year') return BigInt(y);
    if (name === 'month') return BigInt(m);
    if (name === 'day') return BigInt(day);
  }
  if (d.t === 'date') return undefined;
  const t = d.t === 'time' ? d.us : mod(d.us, DAY_US);
  switch (name) {
    case 'hour': return t / 3_600_000_000n;
    case 'minute': return (t / 60_000_000n) % 60n;
    case 'second': return (t / 1_000_000n) % 60n;
    case 'microsecond': return t % 1_000_000n;
    case 'fold': return 0n;
    default: return undefined;
  }
}

/** A method call with int / str arguments: its answer, or undefined. */
export function dateMethod(d: DateData, name: string, args: (bigint | string | undefined)[], kwargs: [string, bigint | string | undefined][]): DateAnswer | undefined {
  const none = !args.length && !kwargs.length;
  if (d.t === 'timedelta') {
    // (true division of the µs by 10**6: correctly rounded, as JS division of exact doubles is)
    if (name === 'total_seconds' && none && d.us >= -(2n ** 53n) && d.us <= 2n ** 53n) return { float: Number(d.us) / 1e6 };
    return undefined;
  }
  if (name === 'isoformat') {
    if (d.t === 'datetime' && args.length <= 1 && !kwargs.length && (args.length === 0 || (typeof args[0] === 'string' && args[0].length === 1))) {
      return { str: dateText(d, (args[0] as string | undefined) ?? 'T')! };
    }
    return none ? { str: dateText(d)! } : undefined;
  }
  if (d.t === 'time') return undefined;
  const ord = dateOf(d);
  switch (name) {
    case 'weekday': return none ? { int: BigInt((ord + 6) % 7) } : undefined;
    case 'isoweekday': return none ? { int: BigInt((ord + 6) % 7 + 1) } : undefined;
    case 'toordinal': return none ? { int: BigInt(ord) } : undefined;
    case 'date': return none && d.t === 'datetime' ? { data: { t: 'date', ord } } : undefined;
    case 'time': return none && d.t === 'datetime' ? { data: { t: 'time', us: mod(d.us, DAY_US) } } : undefined;
    case 'replace': {
      const [y, m, day] = ordToYmd(ord);
      const names = d.t === 'date' ? ['year', 'month', 'day'] : ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'];
      const ints = args.map((x) => (typeof x === 'bigint' ? x : undefined));
      const kw = kwargs.map(([k, v]): [string, bigint | undefined] => [k, typeof v === 'bigint' ? v : undefined]);
      const a = intArgs(names, ints, kw, 0);
      if (!a) return undefined;
      const nOrd = ymdToOrd(a[0] ?? y, a[1] ?? m, a[2] ?? day);
      if (d.t === 'date') return nOrd === undefined ? undefined : { data: { t: 'date', ord: nOrd } };
      const t = mod(d.us, DAY_US);
      const cur = [t / 3_600_000_000n, (t / 60_000_000n) % 60n, (t / 1_000_000n) % 60n, t % 1_000_000n].map(Number);
      const c = clock(a[3] ?? cur[0], a[4] ?? cur[1], a[5] ?? cur[2], a[6] ?? cur[3]);
      const r = nOrd === undefined || c === undefined ? undefined : datetimeOf(BigInt(nOrd - 1) * DAY_US + c);
      return r && { data: r };
    }
    default: return undefined;
  }
}

/** `l op r` between module values and ints: a new value, an int, a float, or undefined (not followed or raises). */
export function dateBinop(op: string, l: DateData | bigint, r: DateData | bigint): DateAnswer | undefined {
  const wrap = (x: DateData | undefined): DateAnswer | undefined => x && { data: x };
  const isInt = (x: DateData | bigint): x is bigint => typeof x === 'bigint';
  if (isInt(l) && isInt(r)) return undefined;
  if (!isInt(l) && !isInt(r)) {
    if (l.t === 'timedelta' && r.t === 'timedelta') {
      switch (op) {
        case '+': return wrap(delta(l.us + r.us));
        case '-': return wrap(delta(l.us - r.us));
        case '//': return r.us === 0n ? undefined : { int: floorDiv(l.us, r.us) };
        case '%': return r.us === 0n ? undefined : wrap(delta(mod(l.us, r.us)));
        // (delta_truedivide: int / int true division, correctly rounded for exact doubles)
        case '/': return r.us === 0n || l.us > 2n ** 53n || l.us < -(2n ** 53n) || r.us > 2n ** 53n || r.us < -(2n ** 53n) ? undefined : { float: Number(l.us) / Number(r.us) };
        default: return undefined;
      }
    }
    if ((l.t === 'date' || l.t === 'datetime') && r.t === 'timedelta') {
      if (op !== '+' && op !== '-') return undefined;
      const s = op === '+' ? r.us : -r.us;
      // date ± timedelta uses only the timedelta's days.
      return wrap(l.t === 'date' ? date(l.ord + Number(floorDiv(s, DAY_US))) : datetimeOf(l.us + s));
    }
    if (l.t === 'timedelta' && (r.t === 'date' || r.t === 'datetime') && op === '+') return dateBinop('+', r, l);
    if (op === '-' && l.t === r.t && (l.t === 'date' || l.t === 'datetime')) {
      return wrap(delta(l.t === 'date' ? BigInt(l.ord - (r as { ord: number }).ord) * DAY_US : l.us - (r as { us: bigint }).us));
    }
    return undefined;
  }
  // timedelta * int, int * timedelta, timedelta // int.
  const [td, n] = isInt(l) ? [r as DateData, l] : [l, r as bigint];
  if (td.t !== 'timedelta') return undefined;
  if (op === '*') return wrap(delta(td.us * n));
  if (op === '//' && !isInt(l)) return n === 0n ? undefined : wrap(delta(floorDiv(td.us, n)));
  return undefined;
}

/** `-td`, `+td`, `abs(td)`: a new timedelta. */
export function dateUnary(op: string, d: DateData): DateData | undefined {
  if (d.t !== 'timedelta') return undefined;
  return op === '-' ? delta(-d.us) : op === '+' ? d : op === 'abs' ? delta(d.us < 0n ? -d.us : d.us) : undefined;
}

/**
 * Ordering between two module values: -1, 0, 1; `'unequal'` for kinds that only compare unequal
 * (a date and a datetime, a date and a timedelta: ordering them is a TypeError); undefined: not known.
 */
export function dateCompare(l: DateData, r: DateData): -1 | 0 | 1 | 'unequal' {
  if (l.t !== r.t) return 'unequal';
  const a = l.t === 'date' ? BigInt(l.ord) : l.us;
  const b = r.t === 'date' ? BigInt(r.ord) : (r as { us: bigint }).us;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The hash key: equal values share it, and no value of another type equals one of these. */
export function dateKey(d: DateData): string {
  return `dt:${d.t}:${d.t === 'date' ? d.ord : d.us}`;
}

/** Truth: a zero timedelta is false, everything else true (time objects too since 3.5). */
export function dateTruth(d: DateData): boolean {
  return d.t !== 'timedelta' || d.us !== 0n;
}

/** The module names this file computes values for. */
export function isDateName(name: string): boolean {
  return name.startsWith('datetime.');
}
