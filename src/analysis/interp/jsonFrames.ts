// What json's Python frames and C state hold around the hooks it calls
// (jsonModule.ts): the references held while encoding or scanning (Holds),
// what a traceback through those frames keeps (keepInTraceback), and the
// closures Lib/json/encoder.py's _make_iterencode leaves as cyclic garbage.
import type { Builtins } from './builtins';
import type { Heap } from './heap';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/** One reference held by a json frame or by C state. */
export interface Hold {
  o: PyObj;
  /** A frame's variable (a traceback keeps it), not a C temporary or value-stack reference. */
  keep: boolean;
}

/**
 * The references json's frames and C state hold while it runs, innermost last. Released
 * by mark when a level is done; an exception hands the frames' ones to the traceback.
 */
export class Holds {
  private list: Hold[] = [];
  constructor(private readonly h: Heap) {}

  add(o: PyObj, keep: boolean): Hold {
    this.h.incref(o);
    const e = { o, keep };
    this.list.push(e);
    return e;
  }

  /** A variable bound to another object (`o = _default(o)`, a loop's next item). */
  replace(e: Hold, o: PyObj): void {
    this.h.incref(o);
    const old = e.o;
    e.o = o;
    this.h.decref(old);
  }

  mark(): number {
    return this.list.length;
  }

  release(mark: number): void {
    while (this.list.length > mark) this.h.decref(this.list.pop()!.o);
  }

  releaseAll(): void {
    this.release(0);
  }

  /** After an exception: the frames' references (owned, for the traceback); the rest let go. */
  takeKept(): PyObj[] {
    const kept: PyObj[] = [];
    for (const e of this.list) {
      if (e.keep) kept.push(e.o);
      else this.h.decref(e.o);
    }
    this.list = [];
    return kept;
  }
}

/**
 * The traceback entries an exception gets passing through json's Python frames (dumps,
 * encode, iterencode, the encoder's generators; loads, decode, raw_decode) or another
 * library's (heapq.py's, heapqBisect.ts): one entry in the model, right below the caller's,
 * holding what those frames hold (`kept`, owned).
 */
export function keepInTraceback(b: Builtins, exc: PyObj, kept: PyObj[], pos: Pos, label = "json's frames"): void {
  const h = b.it.heap;
  if (exc.kind !== 'exception' || !kept.length) {
    for (const o of kept) h.decref(o);
    return;
  }
  const tb = h.alloc('traceback', 'traceback', h.site(pos.line, pos.col, 'traceback', label));
  tb.tracked = true;
  tb.items = kept;
  // (below the entry of the frame that called json, when it already has one)
  const head = exc.traceback;
  if (head) {
    tb.tbNext = head.tbNext;
    head.tbNext = tb;
  } else exc.traceback = tb;
  b.it.recorder.noteStore();
}

/**
 * _make_iterencode's cell variables (22) and the free variables of the three generator
 * functions it makes (each one's __closure__ tuple holds those cells).
 */
const CELLS = ['markers', '_default', '_encoder', '_indent', '_floatstr', '_key_separator', '_item_separator', '_sort_keys', '_skipkeys',
  'ValueError', 'dict', 'float', 'id', 'int', 'isinstance', 'list', 'str', 'tuple', '_intstr', '_iterencode', '_iterencode_dict', '_iterencode_list'];
const COMMON = ['ValueError', '_encoder', '_floatstr', '_intstr', '_iterencode', '_iterencode_dict', '_iterencode_list', 'dict', 'float', 'id', 'int', 'isinstance', 'list', 'markers', 'str', 'tuple'];
const FREE_VARS: Record<string, string[]> = {
  _iterencode: [...COMMON, '_default'],
  _iterencode_dict: [...COMMON, '_indent', '_item_separator', '_key_separator', '_skipkeys', '_sort_keys'],
  _iterencode_list: [...COMMON, '_indent', '_item_separator'],
};

/**
 * What the Python encoder leaves once it is done: iterencode's nested `floatstr` (with its
 * defaults tuple) and _make_iterencode's three generator functions, whose closure cells hold
 * each other: 30 objects of cyclic garbage, holding the markers dict, the default callable
 * (a bound method holds the encoder instance), a str indent and the separators until a
 * collection frees them.
 */
export function leaveEncoderClosures(b: Builtins, markers: PyObj | undefined, dflt: PyObj | undefined, kw: Map<string, PyObj>, pos: Pos): void {
  const h = b.it.heap;
  const user = (v: PyObj | undefined): PyObj | undefined => (v && v !== b.none ? v : undefined);
  const sep = user(kw.get('separators'));
  const ind = user(kw.get('indent'));
  const values: Record<string, PyObj | undefined> = {
    markers, _default: user(dflt),
    _indent: ind?.kind === 'str' ? ind : undefined,
    _item_separator: sep?.items?.length === 2 ? sep.items[0] : undefined,
    _key_separator: sep?.items?.length === 2 ? sep.items[1] : undefined,
  };
  const fn = (name: string): PyObj => {
    // (type function; of kind builtin so that nothing takes it for a function of the program's code)
    const f = h.alloc('builtin', 'function', h.site(pos.line, pos.col, 'function', `json encoder ${name}`));
    f.tracked = true;
    return f;
  };
  const cells = new Map<string, PyObj>();
  for (const name of CELLS) {
    const c = h.alloc('cell', 'cell', h.site(pos.line, pos.col, 'cell', 'json encoder cell'));
    c.tracked = true;
    c.cellValue = h.incref(values[name]);
    cells.set(name, c);
  }
  // floatstr: its defaults tuple (allow_nan, float.__repr__, the infinities) holds nothing of the program's.
  const floatstr = fn('floatstr');
  floatstr.defaults = h.alloc('tuple', 'tuple', h.site(pos.line, pos.col, 'tuple', 'floatstr defaults'));
  floatstr.defaults.items = [];
  floatstr.defaults.tracked = true;
  cells.get('_floatstr')!.cellValue = floatstr;
  for (const [name, free] of Object.entries(FREE_VARS)) {
    const f = fn(name);
    f.closure = b.newSeq('tuple', free.map((v) => h.incref(cells.get(v))!), pos);
    cells.get(name)!.cellValue = f;
  }
  // Only the cycle holds them now.
  for (const c of cells.values()) h.decref(c);
}
