// The csv module, as Modules/_csv.c and Lib/csv.py run it, with the registered
// dialects ("excel", "excel-tab", "unix") and the format keywords:
// - csv.reader(src) holds iter(src) (a file is its own iterator: the StringIO
//   itself). Each row is a new list of new str objects (the cached '' and
//   one-character strings where a field is that short); a quoted field may go
//   on over several lines.
// - Every reader and writer holds a Dialect object. It keeps its characters
//   and flags as C values, but the lineterminator as the str object it was
//   given (_set_str: a new reference; the default is a new "\r\n"); a dialect
//   given by name with no keywords is the registry's own Dialect.
// - csv.writer(f) holds f.write (a bound method: f gets one more reference).
//   writerow formats the fields (quoted where they hold the delimiter, a quote
//   or a line break, every field under QUOTE_ALL; None is empty), ends the line
//   with the lineterminator and returns what f.write returns. Other quoting
//   settings (quotechar, escapechar, doublequote=False, QUOTE_NONNUMERIC /
//   QUOTE_NONE, skipinitialspace) are followed by their references only: the
//   text written or read is unknown.
// - csv.DictReader is a Python object holding its reader; the first row read
//   is its fieldnames list, whose str objects are the keys of every row dict
//   (one reference per live row). Short rows get restval, long ones a restkey
//   list of the rest.
// - csv.DictWriter holds its fieldnames and a writer; writeheader writes the
//   names, writerow the values in fieldnames order (restval for missing keys).
// Text the model does not know makes rows unknown (a loop over them is one of
// unknown rounds); a destination that is not a StringIO gets an unknown write.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G } from './interpreter';
import { knownText, type PyObj } from './objects';
import { isStringIO, stringIOMethod } from './stringIO';

type Pos = { line: number; col: number };

export const CSV_READER = '_csv.reader';
export const CSV_WRITER = '_csv.writer';
export const CSV_DICT_READER = 'csv.DictReader';
export const CSV_DICT_WRITER = 'csv.DictWriter';
export const CSV_WRITER_METHODS = ['writerow', 'writerows'] as const;
export const CSV_DICT_WRITER_METHODS = ['writerow', 'writerows', 'writeheader'] as const;

interface Dialect {
  delimiter: string;
  lineterminator: string;
  /** QUOTE_ALL: every field quoted. */
  quoteAll: boolean;
  /** The text written and read follows the model's excel rules (see above). */
  plain: boolean;
  /** The lineterminator str passed by keyword: the Dialect object keeps it (borrowed here). */
  kept?: PyObj;
  /** A dialect given by name with no format keywords: the registry's Dialect object, no new one. */
  shared?: boolean;
}

interface ReaderState {
  dialect: Dialect;
  lineNum: number;
}

const readers = new WeakMap<PyObj, ReaderState>();
const writers = new WeakMap<PyObj, Dialect>();
/** DictWriters made with extrasaction="ignore". */
const dictWritersIgnoring = new WeakSet<PyObj>();

/** The registry's dialects by name (Lib/csv.py: excel, excel_tab, unix_dialect). */
const REGISTERED: Record<string, Dialect> = {
  excel: { delimiter: ',', lineterminator: '\r\n', quoteAll: false, plain: true },
  'excel-tab': { delimiter: '\t', lineterminator: '\r\n', quoteAll: false, plain: true },
  unix: { delimiter: ',', lineterminator: '\n', quoteAll: true, plain: true },
};

/** csv.QUOTE_* constants every version has (plain ints; 3.12's QUOTE_STRINGS / QUOTE_NOTNULL not followed). */
export function csvQuotingValue(name: string): number | undefined {
  const i = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE'].indexOf(name);
  return i < 0 ? undefined : i;
}

/** A single character other than a line break (what every version accepts for delimiter / quotechar / escapechar). */
function oneChar(v: PyObj): string | undefined {
  const t = knownText(v);
  return t !== undefined && t.length === 1 && t !== '\r' && t !== '\n' ? t : undefined;
}

/**
 * The dialect from a dialect name (positional or `dialect=`) and the format
 * keywords: undefined when one is not followed or may be refused. The checks
 * 3.13 added (a lineterminator holding the delimiter, quotechar or escapechar,
 * two equal special characters: ValueError there, accepted before) are not
 * followed on any version.
 */
export function dialectOf(kw: Map<string, PyObj>, name?: PyObj, byName = false): Dialect | undefined {
  const rest = new Map(kw);
  const named = name ?? rest.get('dialect');
  rest.delete('dialect');
  const base = named === undefined ? REGISTERED.excel : Object.prototype.hasOwnProperty.call(REGISTERED, knownText(named) ?? '') ? REGISTERED[knownText(named)!] : undefined;
  if (!base) return undefined;
  // (dialect_new reuses a Dialect found by name when no format keyword is given; DictReader /
  // DictWriter always pass one, "excel" by default: `byName`)
  const d: Dialect = { ...base, shared: (named !== undefined || byName) && rest.size === 0 };
  let quotechar: string | undefined = '"';
  let escapechar: string | undefined;
  for (const [k, v] of rest) {
    if (k === 'delimiter') {
      const c = oneChar(v);
      if (c === undefined) return undefined;
      d.delimiter = c;
    } else if (k === 'lineterminator') {
      const t = knownText(v);
      if (t === undefined) return undefined;
      d.lineterminator = t;
      d.kept = v;
    } else if (k === 'quotechar') {
      quotechar = oneChar(v);
      if (quotechar === undefined) return undefined;
    } else if (k === 'escapechar') {
      if (v.kind === 'none') continue;
      escapechar = oneChar(v);
      if (escapechar === undefined) return undefined;
    } else if (k === 'quoting') {
      // QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE (3.12's QUOTE_STRINGS / QUOTE_NOTNULL not followed)
      const q = v.kind === 'int' ? v.value : undefined;
      if (q !== 0n && q !== 1n && q !== 2n && q !== 3n) return undefined;
      d.quoteAll = q === 1n;
      if (q === 2n || q === 3n) d.plain = false;
    } else if (k === 'doublequote' || k === 'skipinitialspace' || k === 'strict') {
      if (v.kind !== 'bool') return undefined;
      if ((k === 'doublequote') !== (v.value === true)) d.plain = false;
    } else return undefined;
  }
  const specials = [d.delimiter, quotechar, ...(escapechar ? [escapechar] : [])];
  if (new Set(specials).size !== specials.length || specials.some((c) => d.lineterminator.includes(c))) return undefined;
  if (quotechar !== '"' || escapechar !== undefined) d.plain = false;
  return d;
}

/**
 * A reader / writer's Dialect: the registry's (kept there, nothing to hold here) or a new Dialect
 * object, a tracked GC object keeping a lineterminator given by keyword (a new reference).
 */
function dialectAttrs(b: Builtins, d: Dialect, pos: Pos): Map<string, PyObj> {
  if (d.shared) return new Map();
  const o = newObject(b, '_csv.Dialect', '_csv.Dialect', pos, 'Dialect');
  o.attrs = new Map(d.kept ? [['lineterminator', b.it.heap.incref(d.kept)!]] : []);
  return new Map([['(dialect)', o]]);
}

function newObject(b: Builtins, type: string, name: string, pos: Pos, label: string): PyObj {
  const h = b.it.heap;
  const o = h.alloc('builtin', type, h.site(pos.line, pos.col, type, label));
  o.builtinName = name;
  o.tracked = true;
  o.acyclic = true;
  return o;
}

/** csv.reader(src, ...): the reader (owned), holding iter(src). */
export function* makeReader(b: Builtins, src: PyObj, dialect: Dialect, frame: Frame, pos: Pos): G<PyObj> {
  const itr = yield* b.getIter(src, frame);
  const r = newObject(b, '_csv.reader', CSV_READER, pos, 'csv.reader(…)');
  r.iterSource = itr;
  // (parse_reset: the list the next row's fields go to, made now and after each row handed out)
  r.attrs = new Map([...dialectAttrs(b, dialect, pos), ['(fields)', b.newSeq('list', [], pos)]]);
  readers.set(r, { dialect, lineNum: 0 });
  return r;
}

export function isCsvReader(o: PyObj): boolean {
  return o.builtinName === CSV_READER && readers.has(o);
}

type Parsed = string[] | 'end' | 'unknown' | 'error';

/** One record from the lines `next` gives, as _csv.c's parse_process_char reads them. */
function* parseRecord(next: () => G<string | 'end' | 'unknown'>, d: Dialect, st: ReaderState): G<Parsed> {
  const fields: string[] = [];
  let field = '';
  let state: 'START_RECORD' | 'START_FIELD' | 'IN_FIELD' | 'IN_QUOTED' | 'QUOTE_IN_QUOTED' | 'EAT_CRNL' = 'START_RECORD';
  let started = false;
  const save = (): void => { fields.push(field); field = ''; };
  const EOL = '';
  for (;;) {
    const line = yield* next();
    if (line === 'unknown') return 'unknown';
    if (line === 'end') {
      if (!started) return 'end';
      // (end of data inside a quoted field: not strict, the field is kept)
      if (field.length || state === 'IN_QUOTED') save();
      return fields;
    }
    started = true;
    st.lineNum++;
    for (const c of [...line, EOL]) {
      const nl = c === '\n' || c === '\r';
      if (state === 'START_RECORD') {
        if (c === EOL) return fields;
        if (nl) { state = 'EAT_CRNL'; continue; }
        state = 'START_FIELD';
      }
      switch (state) {
        case 'START_FIELD':
          if (nl || c === EOL) { save(); state = c === EOL ? 'START_RECORD' : 'EAT_CRNL'; } else if (c === '"') state = 'IN_QUOTED';
          else if (c === d.delimiter) save();
          else { field += c; state = 'IN_FIELD'; }
          break;
        case 'IN_FIELD':
          if (nl || c === EOL) { save(); state = c === EOL ? 'START_RECORD' : 'EAT_CRNL'; } else if (c === d.delimiter) { save(); state = 'START_FIELD'; } else field += c;
          break;
        case 'IN_QUOTED':
          if (c === EOL) break;
          if (c === '"') state = 'QUOTE_IN_QUOTED';
          else field += c;
          break;
        case 'QUOTE_IN_QUOTED':
          if (c === '"') { field += c; state = 'IN_QUOTED'; } else if (c === d.delimiter) { save(); state = 'START_FIELD'; } else if (nl || c === EOL) { save(); state = c === EOL ? 'START_RECORD' : 'EAT_CRNL'; } else { field += c; state = 'IN_FIELD'; }
          break;
        case 'EAT_CRNL':
          if (nl) break;
          if (c === EOL) { state = 'START_RECORD'; break; }
          return 'error'; // (new-line character seen in unquoted field)
      }
    }
    if (state === 'START_RECORD') return fields;
  }
}

/** next(reader): a new list of new str (owned), undefined at the end, or an unknown row. */
export function* readerNext(b: Builtins, r: PyObj, frame: Frame): G<PyObj | undefined> {
  const st = readers.get(r)!;
  const src = r.iterSource;
  const pos = { line: frame.line, col: 0 };
  // (after a row of unknown text: the rows' number is unknown, the loop widens)
  if (!src || r.fuzzyIter) return undefined;
  const h = b.it.heap;
  // Reader_iternext starts with parse_reset: a new fields list; a row read is that list, handed
  // out (the reader then holds none); at the end the new, empty one stays (measured 3.11-3.13).
  h.decref(r.attrs!.get('(fields)'));
  r.attrs!.set('(fields)', b.newSeq('list', [], pos));
  const handOut = (): void => { h.decref(r.attrs!.get('(fields)')); r.attrs!.delete('(fields)'); };
  const next = function* (): G<string | 'end' | 'unknown'> {
    const line = yield* b.iterNext(src, frame);
    if (!line) return 'end';
    const t = knownText(line);
    h.decref(line);
    return t === undefined ? 'unknown' : t;
  };
  const rec = yield* parseRecord(next, st.dialect, st);
  if (rec === 'end') return undefined;
  if (rec === 'error') throw b.it.raiseObj(b.cError('Exception', pos), frame, true);
  if (rec === 'unknown') {
    // (a row of text the model does not know; the rest of the rows too, and whether the reader
    // still holds a fields list)
    r.fuzzyIter = true;
    b.fuzzContent(r);
    return b.standIn(frame.line);
  }
  handOut();
  return b.newSeq('list', rec.map((f) => b.newStr(f, pos)), pos);
}

// ---- writers ----

/** csv.writer(f, ...): holds f.write, a bound method (a tracked GC object) holding f. */
export function makeWriter(b: Builtins, f: PyObj, dialect: Dialect, pos: Pos): PyObj {
  const w = newObject(b, '_csv.writer', CSV_WRITER, pos, 'csv.writer(…)');
  const h = b.it.heap;
  const write = h.alloc('builtin', 'builtin_function_or_method', h.site(pos.line, pos.col, 'builtin_function_or_method', 'f.write'));
  write.tracked = true;
  write.methodSelf = h.incref(f);
  w.attrs = new Map([['(write)', write], ...dialectAttrs(b, dialect, pos)]);
  writers.set(w, dialect);
  return w;
}

export function isCsvWriter(o: PyObj): boolean {
  return o.builtinName === CSV_WRITER && writers.has(o);
}

/** A field as writerow writes it: undefined when its text is not known. */
function* fieldText(b: Builtins, x: PyObj, frame: Frame, site: CallSite): G<string | undefined> {
  if (x.kind === 'none') return '';
  if (x.kind === 'str') return knownText(x);
  const t = yield* b.textOf(x, 'str', frame, site);
  const v = knownText(t);
  b.it.heap.decref(t);
  return v;
}

/** A field as written: undefined when the versions differ on it. */
function quoteField(s: string, d: Dialect, only: boolean): string | undefined {
  if (d.quoteAll) return `"${s.replace(/"/g, '""')}"`;
  // QUOTE_MINIMAL: quoted when it holds the delimiter, the quote or a character of the
  // lineterminator; a row of one empty field is written as "" (else it would read back as no
  // field). 3.13 also quotes every '\r' / '\n', 3.11 / 3.12 only the lineterminator's: such a
  // field's text is left unknown.
  const lt = (c: string): boolean => d.lineterminator.includes(c);
  if ((s.includes('\r') && !lt('\r')) || (s.includes('\n') && !lt('\n'))) return undefined;
  if (s.includes(d.delimiter) || s.includes('"') || [...d.lineterminator].some((c) => s.includes(c)) || (only && s === '')) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** writer.writerow(row): the line written through f.write; what write returned (owned). */
export function* writerRow(b: Builtins, w: PyObj, row: PyObj, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const d = writers.get(w)!;
  const h = b.it.heap;
  const pos = { line: site.line, col: site.col };
  const items = yield* b.iterateAll(row, frame);
  let line: string | undefined = '';
  try {
    const texts: (string | undefined)[] = [];
    for (const x of items) texts.push(yield* fieldText(b, x, frame, site));
    const fields = d.plain && texts.every((t) => t !== undefined) ? texts.map((t) => quoteField(t!, d, texts.length === 1)) : undefined;
    line = fields?.every((t) => t !== undefined) ? fields.join(d.delimiter) + d.lineterminator : undefined;
  } finally {
    for (const x of items) h.decref(x);
  }
  const f = w.attrs!.get('(write)')!.methodSelf!;
  const s = b.newStr(line, pos);
  try {
    if (isStringIO(f)) {
      const r = stringIOMethod(b, f, 'write', [s], pos);
      if (r === 'closed') throw b.it.raiseObj(b.cError('ValueError', pos), frame, true);
      return r;
    }
    return undefined;
  } finally {
    h.decref(s);
  }
}

// ---- DictReader / DictWriter ----

/** csv.DictReader(f, fieldnames=None, restkey=None, restval=None): its reader, fieldnames (None until read). */
export function* makeDictReader(b: Builtins, f: PyObj, fieldnames: PyObj | undefined, restkey: PyObj | undefined, restval: PyObj | undefined, dialect: Dialect, frame: Frame, pos: Pos): G<PyObj> {
  const h = b.it.heap;
  const reader = yield* makeReader(b, f, dialect, frame, pos);
  const o = newObject(b, 'DictReader', CSV_DICT_READER, pos, 'csv.DictReader(…)');
  o.attrs = new Map([
    ['_fieldnames', h.incref(fieldnames ?? b.none)!],
    ['restkey', h.incref(restkey ?? b.none)!],
    ['restval', h.incref(restval ?? b.none)!],
    ['reader', reader],
  ]);
  return o;
}

export function isDictReader(o: PyObj): boolean {
  return o.builtinName === CSV_DICT_READER && !!o.attrs?.get('reader');
}

/** DictReader.fieldnames: read from the first row when not given (borrowed; undefined when unknown). */
export function* dictReaderFieldnames(b: Builtins, o: PyObj, frame: Frame): G<PyObj> {
  const h = b.it.heap;
  const cur = o.attrs!.get('_fieldnames')!;
  if (cur.kind !== 'none') return cur;
  const row = yield* readerNext(b, o.attrs!.get('reader')!, frame);
  if (!row) return cur;
  o.attrs!.set('_fieldnames', row);
  b.noteStore(o, row);
  h.decref(cur);
  return row;
}

/** next(DictReader): a new dict per row (owned), undefined at the end. */
export function* dictReaderNext(b: Builtins, o: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = b.it.heap;
  const pos = { line: frame.line, col: 0 };
  if (o.fuzzyIter) return undefined;
  const names = yield* dictReaderFieldnames(b, o, frame);
  const reader = o.attrs!.get('reader')!;
  let row: PyObj | undefined;
  // (blank lines give [] and are skipped)
  do {
    h.decref(row);
    row = yield* readerNext(b, reader, frame);
    if (!row) return undefined;
  } while (row.kind === 'list' && !row.fuzzy && row.items!.length === 0);
  if (row.kind !== 'list' || names.kind !== 'list' || names.fuzzy) {
    h.decref(row);
    o.fuzzyIter = true;
    return b.standIn(frame.line);
  }
  try {
    const d = b.newDict(pos);
    const keys = names.items!;
    const vals = row.items!;
    const n = Math.min(keys.length, vals.length);
    for (let i = 0; i < n; i++) b.dictSet(d, h.incref(keys[i])!, h.incref(vals[i])!);
    if (keys.length < vals.length) b.dictSet(d, h.incref(o.attrs!.get('restkey'))!, b.newSeq('list', vals.slice(n).map((v) => h.incref(v)!), pos));
    else for (const k of keys.slice(n)) b.dictSet(d, h.incref(k)!, h.incref(o.attrs!.get('restval'))!);
    return d;
  } finally {
    h.decref(row);
  }
}

/** csv.DictWriter(f, fieldnames, restval='', extrasaction='raise'): its fieldnames, restval and writer. */
export function makeDictWriter(b: Builtins, f: PyObj, fieldnames: PyObj, restval: PyObj | undefined, ignoreExtras: boolean, dialect: Dialect, pos: Pos): PyObj {
  const h = b.it.heap;
  const o = newObject(b, 'DictWriter', CSV_DICT_WRITER, pos, 'csv.DictWriter(…)');
  o.attrs = new Map([
    ['fieldnames', h.incref(fieldnames)!],
    ['restval', restval ? h.incref(restval)! : b.newStr('', pos)],
    ['writer', makeWriter(b, f, dialect, pos)],
  ]);
  if (ignoreExtras) dictWritersIgnoring.add(o);
  return o;
}

export function isDictWriter(o: PyObj): boolean {
  return o.builtinName === CSV_DICT_WRITER && !!o.attrs?.get('writer');
}

/** DictWriter.writerow(d) / writeheader(): the values in fieldnames order, through its writer. */
export function* dictWriterRow(b: Builtins, o: PyObj, d: PyObj | undefined, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const h = b.it.heap;
  const pos = { line: site.line, col: site.col };
  const names = o.attrs!.get('fieldnames')!;
  if (names.kind !== 'list' && names.kind !== 'tuple') return undefined;
  if (names.fuzzy || (d && (d.kind !== 'dict' || !d.entries || d.fuzzy))) return undefined;
  const restval = o.attrs!.get('restval')!;
  // (extrasaction="raise": a key not in fieldnames is a ValueError)
  if (d && !dictWritersIgnoring.has(o) && [...d.entries!.values()].some((e) => !names.items!.some((k) => b.hashKey(k) === b.hashKey(e.key)))) {
    throw b.it.raiseObj(b.cError('ValueError', pos), frame, true);
  }
  const values = names.items!.map((k) => h.incref(d ? b.dictGet(d, k)?.value ?? restval : k)!);
  const row = b.newSeq('list', values, pos);
  try {
    return yield* writerRow(b, o.attrs!.get('writer')!, row, frame, site);
  } finally {
    h.decref(row);
  }
}
