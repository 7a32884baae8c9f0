// Objects and operations the interpreter gets from CPython itself: singletons,
// builtin types and functions, container operations, attribute access,
// iteration, the modules `sys`, `gc` and `weakref`. Each models only its
// reference effects: which references it takes, keeps and releases.
// Anything not modelled is an unknown callee: its arguments escape.
import type { ClassIR, ConstValue, Expr } from '../ir/irTypes';
import { floatRepr, pyStrRepr } from '../ir/constants';
import { Frame } from './frame';
import { CallSite, G, Interpreter, PyException, runSync } from './interpreter';
import { DictEntry, PyObj, refsOf } from './objects';
import { collectGarbage } from './collector';

type Pos = { line: number; col: number };

const EXC_TREE: [string, string][] = [
  ['BaseException', ''], ['Exception', 'BaseException'], ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'], ['StopIteration', 'Exception'], ['ArithmeticError', 'Exception'], ['ZeroDivisionError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'], ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'], ['KeyError', 'LookupError'], ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'],
  ['RuntimeError', 'Exception'], ['RecursionError', 'RuntimeError'], ['NotImplementedError', 'RuntimeError'], ['TypeError', 'Exception'],
  ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'], ['OSError', 'Exception'], ['FileNotFoundError', 'OSError'],
  ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'], ['StopAsyncIteration', 'Exception'], ['Warning', 'Exception'],
  ['UserWarning', 'Warning'], ['DeprecationWarning', 'Warning'],
];

const BUILTIN_TYPES = ['object', 'type', 'list', 'tuple', 'dict', 'set', 'frozenset', 'str', 'bytes', 'int', 'float', 'bool', 'complex',
  'range', 'enumerate', 'zip', 'reversed', 'map', 'filter', 'super', 'property', 'staticmethod', 'classmethod', 'slice', 'bytearray'];

const BUILTIN_FUNCS = ['print', 'len', 'id', 'isinstance', 'issubclass', 'sorted', 'iter', 'next', 'repr', 'abs', 'hash', 'sum', 'min', 'max',
  'any', 'all', 'getattr', 'setattr', 'hasattr', 'delattr', 'vars', 'locals', 'globals', 'callable', 'round', 'divmod', 'ord', 'chr',
  'format', 'input', 'open', 'dir', 'hex', 'oct', 'bin', 'pow', 'exec', 'eval', 'compile', '__import__', 'breakpoint', 'ascii'];

/** Builtin functions that return a fresh value and keep none of their arguments. */
const PURE_FUNCS = new Set(['len', 'id', 'repr', 'abs', 'hash', 'sum', 'any', 'all', 'callable', 'round', 'divmod', 'ord', 'chr',
  'format', 'hex', 'oct', 'bin', 'pow', 'hasattr', 'isinstance', 'issubclass', 'ascii', 'dir', 'print']);

export class Builtins {
  readonly none: PyObj;
  readonly trueObj: PyObj;
  readonly falseObj: PyObj;
  readonly emptyTuple: PyObj;
  readonly ellipsis: PyObj;
  private readonly smallInts = new Map<bigint, PyObj>();
  private readonly internedStrs = new Map<string, PyObj>();
  private readonly names = new Map<string, PyObj>();
  readonly types = new Map<string, PyObj>();
  private readonly modules = new Map<string, PyObj>();
  /** gc module state. */
  gcGarbage!: PyObj;
  gcDebugSaveAll = false;
  gcEnabled = true;
  /** weakref.finalize's registry (a dict inside the weakref module). */
  private finalizeRegistry!: PyObj;

  constructor(private readonly it: Interpreter) {
    const h = it.heap;
    this.none = this.immortal('none', 'NoneType', 'None');
    this.trueObj = this.immortal('bool', 'bool', 'True');
    this.trueObj.value = true;
    this.falseObj = this.immortal('bool', 'bool', 'False');
    this.falseObj.value = false;
    this.emptyTuple = this.immortal('tuple', 'tuple', '()');
    this.emptyTuple.items = [];
    this.ellipsis = this.immortal('ellipsis', 'ellipsis', 'Ellipsis');
    for (const t of BUILTIN_TYPES) this.types.set(t, this.builtinClass(t));
    for (const [name, base] of EXC_TREE) {
      const c = this.builtinClass(name);
      if (base) c.bases = [this.types.get(base)!];
      c.isException = true;
      this.types.set(name, c);
    }
    for (const f of BUILTIN_FUNCS) this.names.set(f, this.builtinFunc(f));
    for (const [k, v] of this.types) this.names.set(k, v);
    this.names.set('None', this.none);
    this.names.set('True', this.trueObj);
    this.names.set('False', this.falseObj);
    this.names.set('NotImplemented', h.external('notimpl', 'NotImplementedType'));
    this.names.set('Ellipsis', this.ellipsis);
    this.names.set('__name__', this.newStrImmortal('__main__'));
  }

  // ---- singletons and scalars ----

  private immortal(kind: PyObj['kind'], type: string, label: string): PyObj {
    const o = this.it.heap.external(kind, type, this.it.heap.site(0, 0, type, label, true));
    o.external = false;
    return o;
  }

  private builtinClass(name: string): PyObj {
    const c = this.it.heap.external('class', 'type', `builtin:${name}`);
    c.builtinName = name;
    c.attrs = new Map();
    return c;
  }

  private builtinFunc(name: string): PyObj {
    const f = this.it.heap.external('builtin', 'builtin_function_or_method', `builtin:${name}`);
    f.builtinName = name;
    return f;
  }

  private newStrImmortal(s: string): PyObj {
    let o = this.internedStrs.get(s);
    if (!o) {
      o = this.immortal('str', 'str', pyStrRepr(s));
      o.value = s;
      // Longer interned strings are immortal in 3.12 only (3.13 made them mortal again).
      if (s.length > 1) this.it.heap.internedSites.add(o.site);
      this.internedStrs.set(s, o);
    }
    return o;
  }

  /** Constants CPython shares interpreter-wide (immortal from 3.12; environment-dependent before). */
  immortalConst(v: ConstValue): PyObj | undefined {
    switch (v.t) {
      case 'none': return this.none;
      case 'bool': return v.v ? this.trueObj : this.falseObj;
      case 'ellipsis': return this.ellipsis;
      case 'int': return v.v >= -5n && v.v <= 256n ? this.smallInt(v.v) : undefined;
      case 'tuple': return v.v.length === 0 ? this.emptyTuple : undefined;
      case 'str':
        if (v.v.length <= 1 || /^[A-Za-z0-9_]+$/.test(v.v)) return this.newStrImmortal(v.v);
        return undefined;
      default: return undefined;
    }
  }

  smallInt(v: bigint): PyObj {
    let o = this.smallInts.get(v);
    if (!o) {
      o = this.immortal('int', 'int', String(v));
      o.value = v;
      this.smallInts.set(v, o);
    }
    return o;
  }

  /** True when the object is shared interpreter-wide and only immortal on some versions. */
  isShared(o: PyObj): boolean {
    return o.immortal && !o.external;
  }

  newInt(v: bigint | undefined, pos: Pos): PyObj {
    if (v !== undefined && v >= -5n && v <= 256n) return this.smallInt(v);
    const o = this.it.heap.alloc('int', 'int', this.it.heap.site(pos.line, pos.col, 'int', v === undefined ? 'int' : String(v)));
    o.value = v;
    if (v === undefined) o.fuzzy = true;
    return o;
  }

  newFloat(v: number | undefined, pos: Pos): PyObj {
    const o = this.it.heap.alloc('float', 'float', this.it.heap.site(pos.line, pos.col, 'float', v === undefined ? 'float' : floatRepr(v)));
    o.value = v;
    return o;
  }

  newStr(v: string | undefined, pos: Pos): PyObj {
    if (v !== undefined && v.length <= 1) return this.newStrImmortal(v);
    const o = this.it.heap.alloc('str', 'str', this.it.heap.site(pos.line, pos.col, 'str', v === undefined ? 'str' : pyStrRepr(v.slice(0, 20))));
    o.value = v;
    return o;
  }

  bool(b: boolean): PyObj {
    return b ? this.trueObj : this.falseObj;
  }

  unknown(line: number, col: number): PyObj {
    const o = this.it.heap.alloc('unknown', 'object', this.it.heap.site(line, col, 'unknown', '?'));
    o.fuzzy = true;
    o.tracked = true;
    return o;
  }

  builtin(name: string): PyObj | undefined {
    return this.names.get(name);
  }

  // ---- containers ----

  /** A GC-capable object (CPython's _PyObject_GC_MAY_BE_TRACKED). */
  mayBeTracked(o: PyObj): boolean {
    if (o.immortal || o.external) return o.kind === 'class' && !o.builtinName;
    switch (o.kind) {
      case 'int': case 'float': case 'str': case 'bytes': case 'bool': case 'none': case 'complex': case 'range': case 'slice': case 'ellipsis':
        return false;
      case 'tuple': return o.tracked;
      default: return true;
    }
  }

  noteStore(container: PyObj, value: PyObj): void {
    if (!container.tracked && (container.kind === 'dict') && this.mayBeTracked(value)) container.tracked = true;
    this.it.recorder.noteEdge(container, value);
    if (this.it.fuzzyDepth > 0) { this.fuzz(value); this.fuzz(container); }
  }

  newSeq(kind: 'list' | 'tuple', items: PyObj[], pos: Pos): PyObj {
    const o = this.it.heap.alloc(kind, kind, this.it.heap.site(pos.line, pos.col, kind, kind === 'list' ? '[…]' : '(…)'));
    o.items = items;
    o.tracked = kind === 'list' || items.some((x) => this.mayBeTracked(x));
    if (this.it.fuzzyDepth > 0) this.fuzz(o);
    this.it.recorder.noteStore();
    return o;
  }

  newDict(pos: Pos): PyObj {
    const o = this.it.heap.alloc('dict', 'dict', this.it.heap.site(pos.line, pos.col, 'dict', '{…}'));
    o.entries = new Map();
    if (this.it.fuzzyDepth > 0) this.fuzz(o);
    return o;
  }

  newSet(items: PyObj[], pos: Pos, kind: 'set' | 'frozenset'): PyObj {
    const o = this.it.heap.alloc(kind, kind, this.it.heap.site(pos.line, pos.col, kind, kind === 'set' ? '{…}' : 'frozenset(…)'));
    o.entries = new Map();
    o.tracked = true;
    for (const x of items) this.setAdd(o, x);
    if (this.it.fuzzyDepth > 0) this.fuzz(o);
    return o;
  }

  newCell(line: number): PyObj {
    const c = this.it.heap.alloc('cell', 'cell', this.it.heap.site(line, 0, 'cell', 'cell'));
    c.tracked = true;
    return c;
  }

  /** The hash key of a value: equal immutable values share it; anything else is by identity. */
  hashKey(o: PyObj): string {
    switch (o.kind) {
      case 'int': return o.value === undefined ? `id:${o.id}` : `n:${o.value}`;
      case 'bool': return `n:${o.value ? 1 : 0}`;
      case 'float': return o.value === undefined ? `id:${o.id}` : Number.isInteger(o.value) ? `n:${o.value}` : `f:${o.value}`;
      case 'str': return o.value === undefined ? `id:${o.id}` : `s:${o.value}`;
      case 'bytes': return `b:${o.value}`;
      case 'none': return 'none';
      case 'tuple': return `t:(${(o.items ?? []).map((x) => this.hashKey(x)).join(',')})`;
      default: return `id:${o.id}`;
    }
  }

  /** d[k] = v with owned k and v; an existing key keeps its key object. */
  dictSet(d: PyObj, k: PyObj, v: PyObj): void {
    if (!d.entries) {
      // An attribute dict (instance or class __dict__): string keys go to the attributes.
      if (d.attrs && k.kind === 'str' && k.value !== undefined) {
        const old = d.attrs.get(String(k.value));
        d.attrs.set(String(k.value), v);
        this.it.recorder.noteEdge(d, v);
        this.it.heap.decref(k);
        this.it.heap.decref(old);
        return;
      }
      this.it.heap.escape(v);
      this.it.heap.decref(k);
      this.it.heap.decref(v);
      return;
    }
    const key = this.hashKey(k);
    const old = d.entries!.get(key);
    if (old) {
      const ov = old.value;
      old.value = v;
      this.it.heap.decref(k);
      this.noteStore(d, v);
      this.it.heap.decref(ov);
      return;
    }
    d.entries!.set(key, { key: k, value: v });
    this.noteStore(d, k);
    this.noteStore(d, v);
  }

  dictGet(d: PyObj, k: PyObj): DictEntry | undefined {
    return d.entries?.get(this.hashKey(k));
  }

  dictGetStr(d: PyObj, name: string): PyObj | undefined {
    return d.entries?.get(`s:${name}`)?.value;
  }

  dictDel(d: PyObj, k: PyObj): DictEntry | undefined {
    const key = this.hashKey(k);
    const e = d.entries?.get(key);
    if (e) d.entries!.delete(key);
    return e;
  }

  dictUpdate(d: PyObj, src: PyObj): void {
    if (src.kind === 'dict' && src.entries) {
      for (const e of [...src.entries.values()]) this.dictSet(d, this.it.heap.incref(e.key)!, this.it.heap.incref(e.value)!);
    } else if (src.kind === 'instance' && src.attrs) {
      for (const [k, v] of src.attrs) this.dictSet(d, this.newStr(k, { line: 0, col: 0 }), this.it.heap.incref(v)!);
    } else this.it.heap.escape(src);
  }

  /** The (str key, value) pairs of a mapping, borrowed. */
  dictItems(src: PyObj): [string, PyObj][] {
    if (src.kind !== 'dict' || !src.entries) { this.it.heap.escape(src); return []; }
    return [...src.entries.values()].map((e) => [String(e.key.value ?? `?${e.key.id}`), e.value]);
  }

  setAdd(s: PyObj, v: PyObj): void {
    const key = this.hashKey(v);
    if (s.entries!.has(key)) { this.it.heap.decref(v); return; }
    s.entries!.set(key, { key: v, value: v });
    this.noteStore(s, v);
  }

  // ---- truth and operators ----

  truthy(o: PyObj): boolean | undefined {
    if (o.kind === 'unknown' || (o.fuzzy && (o.kind === 'int' || o.kind === 'float' || o.kind === 'bool') && o.value === undefined)) return undefined;
    switch (o.kind) {
      case 'none': return false;
      case 'bool': return o.value === undefined ? undefined : !!o.value;
      case 'int': return o.value === undefined ? undefined : o.value !== 0n;
      case 'float': return o.value === undefined ? undefined : o.value !== 0;
      case 'str': case 'bytes': return o.value === undefined ? undefined : String(o.value).length > 0;
      case 'list': case 'tuple': return o.fuzzy && o.kind === 'list' ? undefined : (o.items?.length ?? 0) > 0;
      case 'dict': case 'set': case 'frozenset': return o.fuzzy ? undefined : (o.entries?.size ?? 0) > 0;
      case 'instance': {
        if (this.lookupClassAttr(o.cls, '__bool__') || this.lookupClassAttr(o.cls, '__len__')) return undefined;
        return true;
      }
      default: return true;
    }
  }

  private num(o: PyObj): number | bigint | undefined {
    if (o.kind === 'int') return o.value as bigint | undefined;
    if (o.kind === 'bool') return o.value === undefined ? undefined : (o.value ? 1n : 0n);
    if (o.kind === 'float') return o.value as number | undefined;
    return undefined;
  }

  *binop(op: string, l: PyObj, r: PyObj, frame: Frame, inplace: boolean, pos: Pos): G<PyObj> {
    const h = this.it.heap;
    // In-place operations on mutable containers change them and return the same object.
    if (inplace && l.kind === 'list' && (op === '+' || op === '*')) {
      if (op === '+') {
        const add = yield* this.iterateAll(r, frame);
        for (const x of add) { l.items!.push(x); this.noteStore(l, x); }
      } else {
        const n = this.num(r);
        if (typeof n === 'bigint') {
          const orig = [...l.items!];
          for (let i = 1n; i < n; i++) for (const x of orig) { l.items!.push(h.incref(x)!); }
          if (n <= 0n) { const old = l.items!; l.items = []; for (const x of old) h.decref(x); }
        } else h.escape(l);
      }
      return h.incref(l)!;
    }
    if (inplace && (l.kind === 'set' || l.kind === 'dict') && (op === '|' || op === '&' || op === '-' || op === '^')) {
      const res = yield* this.binop(op, l, r, frame, false, pos);
      if (res.kind === l.kind) {
        const old = l.entries!;
        l.entries = res.entries;
        res.entries = new Map();
        h.decref(res);
        for (const e of old.values()) { h.decref(e.key); if (l.kind === 'dict') h.decref(e.value); }
        return h.incref(l)!;
      }
      return res;
    }
    if (l.kind === 'instance' || r.kind === 'instance') {
      const name = DUNDER[op];
      const m = name ? this.lookupClassAttr(l.cls, (inplace ? '__i' : '__') + name + '__') ?? this.lookupClassAttr(l.cls, `__${name}__`) : undefined;
      if (m && m.kind === 'function') {
        return yield* this.it.callObject(m, [h.incref(l)!, h.incref(r)!], [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:op` });
      }
      h.escape(l); h.escape(r);
      return this.unknown(pos.line, pos.col);
    }
    const a = this.num(l);
    const b = this.num(r);
    if ((l.kind === 'int' || l.kind === 'bool' || l.kind === 'float') && (r.kind === 'int' || r.kind === 'bool' || r.kind === 'float')) {
      const isFloat = l.kind === 'float' || r.kind === 'float' || op === '/';
      if (a === undefined || b === undefined) return isFloat ? this.newFloat(undefined, pos) : this.newInt(undefined, pos);
      if (isFloat) {
        const x = Number(a);
        const y = Number(b);
        const v = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : op === '**' ? x ** y
          : op === '//' ? Math.floor(x / y) : op === '%' ? x - y * Math.floor(x / y) : NaN;
        return this.newFloat(v, pos);
      }
      const x = a as bigint;
      const y = b as bigint;
      let v: bigint | undefined;
      try {
        switch (op) {
          case '+': v = x + y; break;
          case '-': v = x - y; break;
          case '*': v = x * y; break;
          case '//': v = y === 0n ? undefined : (x / y) - ((x % y !== 0n && (x < 0n) !== (y < 0n)) ? 1n : 0n); break;
          case '%': v = y === 0n ? undefined : ((x % y) + y) % y; break;
          case '**': v = y >= 0n && y < 10000n ? x ** y : undefined; break;
          case '<<': v = y >= 0n && y < 10000n ? x << y : undefined; break;
          case '>>': v = x >> y; break;
          case '&': v = x & y; break;
          case '|': v = x | y; break;
          case '^': v = x ^ y; break;
        }
      } catch { v = undefined; }
      if (op === '**' && y < 0n) return this.newFloat(Number(x) ** Number(y), pos);
      if ((op === '//' || op === '%') && y === 0n) throw this.it.raiseObj(this.newException('ZeroDivisionError', [], pos), frame, true);
      return this.newInt(v, pos);
    }
    if (op === '+' && (l.kind === 'str' || l.kind === 'bytes') && r.kind === l.kind) {
      const v = l.value === undefined || r.value === undefined ? undefined : String(l.value) + String(r.value);
      if (l.kind === 'bytes') { const o = this.newStr(v, pos); return o; }
      return this.newStr(v, pos);
    }
    if (op === '%' && l.kind === 'str') return this.newStr(undefined, pos);
    if (op === '*' && (l.kind === 'str' || r.kind === 'str')) {
      const s = l.kind === 'str' ? l : r;
      const n = this.num(l.kind === 'str' ? r : l);
      return this.newStr(s.value !== undefined && typeof n === 'bigint' ? String(s.value).repeat(Math.max(0, Number(n))) : undefined, pos);
    }
    if ((l.kind === 'list' || l.kind === 'tuple') && op === '+' && r.kind === l.kind) {
      const items = [...l.items!, ...r.items!].map((x) => h.incref(x)!);
      return items.length === 0 && l.kind === 'tuple' ? h.incref(this.emptyTuple)! : this.newSeq(l.kind, items, pos);
    }
    if ((l.kind === 'list' || l.kind === 'tuple' || r.kind === 'list' || r.kind === 'tuple') && op === '*') {
      const seq = l.kind === 'list' || l.kind === 'tuple' ? l : r;
      const n = this.num(seq === l ? r : l);
      if (typeof n !== 'bigint') { h.escape(seq); return this.unknown(pos.line, pos.col); }
      const items: PyObj[] = [];
      for (let i = 0n; i < n; i++) for (const x of seq.items!) items.push(h.incref(x)!);
      if (seq.kind === 'tuple' && n === 1n) return h.incref(seq)!;
      return items.length === 0 && seq.kind === 'tuple' ? h.incref(this.emptyTuple)! : this.newSeq(seq.kind as 'list' | 'tuple', items, pos);
    }
    if ((l.kind === 'set' || l.kind === 'frozenset') && (r.kind === 'set' || r.kind === 'frozenset')) {
      const out = this.newSet([], pos, l.kind);
      const inR = (x: PyObj): boolean => r.entries!.has(this.hashKey(x));
      const inL = (x: PyObj): boolean => l.entries!.has(this.hashKey(x));
      const pick: PyObj[] = [];
      if (op === '|') { pick.push(...[...l.entries!.values()].map((e) => e.key), ...[...r.entries!.values()].map((e) => e.key)); }
      else if (op === '&') pick.push(...[...l.entries!.values()].map((e) => e.key).filter(inR));
      else if (op === '-') pick.push(...[...l.entries!.values()].map((e) => e.key).filter((x) => !inR(x)));
      else if (op === '^') pick.push(...[...l.entries!.values()].map((e) => e.key).filter((x) => !inR(x)), ...[...r.entries!.values()].map((e) => e.key).filter((x) => !inL(x)));
      for (const x of pick) this.setAdd(out, h.incref(x)!);
      return out;
    }
    if (l.kind === 'dict' && r.kind === 'dict' && op === '|') {
      const out = this.newDict(pos);
      this.dictUpdate(out, l);
      this.dictUpdate(out, r);
      return out;
    }
    h.escape(l);
    h.escape(r);
    return this.unknown(pos.line, pos.col);
  }

  unary(op: string, v: PyObj, pos: Pos): PyObj {
    if (op === 'not') {
      const t = this.truthy(v);
      return t === undefined ? this.unknown(pos.line, pos.col) : this.bool(!t);
    }
    const n = this.num(v);
    if (v.kind === 'int' || v.kind === 'bool') return this.newInt(typeof n === 'bigint' ? (op === '-' ? -n : op === '~' ? -n - 1n : n) : undefined, pos);
    if (v.kind === 'float') return this.newFloat(typeof n === 'number' ? (op === '-' ? -n : n) : undefined, pos);
    this.it.heap.escape(v);
    return this.unknown(pos.line, pos.col);
  }

  *compare(op: string, l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<PyObj> {
    void frame;
    if (op === 'is') return this.bool(l === r);
    if (op === 'is not') return this.bool(l !== r);
    if (op === 'in' || op === 'not in') {
      let found: boolean | undefined;
      if (r.entries) found = r.entries.has(this.hashKey(l)) || undefined;
      if (r.entries && found === undefined && !r.fuzzy) found = false;
      if (r.items) found = r.items.some((x) => x === l || this.hashKey(x) === this.hashKey(l)) ? true : undefined;
      if (r.items && found === undefined && !r.fuzzy && !l.fuzzy && ['int', 'str', 'float', 'none', 'bool'].includes(l.kind)) found = false;
      if (r.kind === 'str' && l.kind === 'str' && l.value !== undefined && r.value !== undefined) found = String(r.value).includes(String(l.value));
      if (found === undefined) return this.unknown(pos.line, pos.col);
      return this.bool(op === 'in' ? found : !found);
    }
    const a = this.num(l);
    const b = this.num(r);
    if (a !== undefined && b !== undefined) {
      const x = Number(a);
      const y = Number(b);
      const big = typeof a === 'bigint' && typeof b === 'bigint';
      const res = op === '<' ? (big ? a < b : x < y) : op === '<=' ? (big ? a <= b : x <= y) : op === '>' ? (big ? a > b : x > y)
        : op === '>=' ? (big ? a >= b : x >= y) : op === '==' ? x === y && (big ? a === b : true) : op === '!=' ? !(big ? a === b : x === y) : undefined;
      return res === undefined ? this.unknown(pos.line, pos.col) : this.bool(res);
    }
    if ((op === '==' || op === '!=') && l.kind !== 'instance' && r.kind !== 'instance' && l.kind !== 'unknown' && r.kind !== 'unknown') {
      const simple = ['str', 'none', 'bool', 'bytes'];
      if (simple.includes(l.kind) && simple.includes(r.kind) && (l.value !== undefined || l.kind === 'none') && (r.value !== undefined || r.kind === 'none')) {
        const eq = this.hashKey(l) === this.hashKey(r);
        return this.bool(op === '==' ? eq : !eq);
      }
      if (l === r) return this.bool(op === '==');
    }
    if ((op === '==' || op === '!=') && l.kind === 'instance' && r.kind === 'instance' && !this.lookupClassAttr(l.cls, '__eq__')) {
      return this.bool(op === '==' ? l === r : l !== r);
    }
    if ((op === '<' || op === '>' || op === '<=' || op === '>=') && l.kind === 'str' && r.kind === 'str' && l.value !== undefined && r.value !== undefined) {
      const x = String(l.value), y = String(r.value);
      return this.bool(op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y);
    }
    return this.unknown(pos.line, pos.col);
  }

  // ---- iteration ----

  /** iter(o): a new iterator owning a reference to `o`. */
  *getIter(o: PyObj, frame: Frame): G<PyObj> {
    const h = this.it.heap;
    if (o.kind === 'generator' || o.kind === 'iterator') return h.incref(o)!;
    if (o.kind === 'instance') {
      const m = this.lookupClassAttr(o.cls, '__iter__');
      if (m && m.kind === 'function') return yield* this.it.callObject(m, [h.incref(o)!], [], frame, { line: frame.line, col: 0, key: 'iter' });
    }
    const itype = o.kind === 'list' ? 'list_iterator' : o.kind === 'tuple' ? 'tuple_iterator' : o.kind === 'dict' ? 'dict_keyiterator'
      : o.kind === 'set' || o.kind === 'frozenset' ? 'set_iterator' : o.kind === 'str' ? 'str_ascii_iterator' : o.kind === 'range' ? 'range_iterator' : 'iterator';
    const itr = h.alloc(o.kind === 'unknown' || o.kind === 'instance' ? 'unknown' : 'iterator', itype, h.site(frame.line, 0, itype, itype));
    itr.iterKind = o.kind;
    itr.iterIndex = 0;
    itr.tracked = o.kind !== 'range';
    if (o.kind === 'range') {
      itr.iterSource = undefined;
      itr.rangeVals = o.rangeVals;
    } else itr.iterSource = h.incref(o);
    if (o.kind === 'unknown' || o.kind === 'instance' || o.fuzzy && (o.kind === 'list' || o.kind === 'dict' || o.kind === 'set')) {
      if (o.kind !== 'unknown' && o.kind !== 'instance') itr.fuzzyIter = true;
      else itr.fuzzy = true;
      h.escape(o);
    }
    return itr;
  }

  /** next(it): an owned item, or undefined when exhausted. */
  *iterNext(itr: PyObj, frame: Frame): G<PyObj | undefined> {
    const h = this.it.heap;
    if (itr.kind === 'generator') {
      const r = yield* this.resume(itr, undefined, frame);
      if (r.done) { h.decref(r.value); return undefined; }
      return r.value;
    }
    if (itr.kind === 'unknown') {
      if ((itr.iterIndex ?? 0) > 0) return undefined;
      itr.iterIndex = 1;
      return this.unknown(frame.line, 0);
    }
    const i = itr.iterIndex ?? 0;
    if (itr.iterKind === 'range') {
      const [start, stop, step] = itr.rangeVals ?? [0n, 0n, 1n];
      const v = start + step * BigInt(i);
      if (step > 0n ? v >= stop : v <= stop) return undefined;
      itr.iterIndex = i + 1;
      return this.newInt(v, { line: frame.line, col: 0 });
    }
    if (itr.iterKind === 'enumerate' || itr.iterKind === 'zip') return yield* this.zipNext(itr, frame);
    if (itr.iterKind === 'reversed') {
      const src = itr.iterSource!;
      const n = (src.items?.length ?? 0) - 1 - i;
      if (n < 0) { this.exhaust(itr); return undefined; }
      itr.iterIndex = i + 1;
      return h.incref(src.items![n]);
    }
    const src = itr.iterSource;
    if (!src) return undefined;
    let item: PyObj | undefined;
    if (src.items) item = src.items[i];
    else if (src.entries) item = [...src.entries.values()][i]?.key;
    else if (src.kind === 'str' && src.value !== undefined) {
      const s = String(src.value);
      if (i < s.length) item = this.newStr(s[i], { line: frame.line, col: 0 });
      else item = undefined;
      if (item) { itr.iterIndex = i + 1; return item; }
    }
    if (!item) {
      if (itr.fuzzyIter && i === 0) { itr.iterIndex = 1; return this.unknown(frame.line, 0); }
      this.exhaust(itr);
      return undefined;
    }
    itr.iterIndex = i + 1;
    return h.incref(item);
  }

  /** An exhausted sequence iterator drops its sequence (CPython sets it_seq to NULL). */
  private exhaust(itr: PyObj): void {
    const src = itr.iterSource;
    if (src && itr.kind === 'iterator') { itr.iterSource = undefined; this.it.heap.decref(src); }
  }

  private *zipNext(itr: PyObj, frame: Frame): G<PyObj | undefined> {
    const h = this.it.heap;
    const parts: PyObj[] = [];
    if (itr.iterKind === 'enumerate') {
      const v = yield* this.iterNext(itr.iterSources![0], frame);
      if (!v) return undefined;
      parts.push(this.newInt(BigInt(itr.iterIndex ?? 0), { line: frame.line, col: 0 }), v);
      itr.iterIndex = (itr.iterIndex ?? 0) + 1;
    } else {
      for (const s of itr.iterSources!) {
        const v = yield* this.iterNext(s, frame);
        if (!v) { for (const p of parts) h.decref(p); return undefined; }
        parts.push(v);
      }
    }
    // enumerate and zip keep their result tuple for reuse: a tuple just taken from them has count 2.
    const t = this.newSeq('tuple', parts, { line: frame.line, col: 0 });
    h.decref(itr.lastResult);
    itr.lastResult = h.incref(t);
    return t;
  }

  /** All items of an iterable, owned (list(), *unpacking, extend). */
  *iterateAll(src: PyObj, frame: Frame): G<PyObj[]> {
    const h = this.it.heap;
    if ((src.kind === 'list' || src.kind === 'tuple') && !src.fuzzy) return src.items!.map((x) => h.incref(x)!);
    const itr = yield* this.getIter(src, frame);
    const out: PyObj[] = [];
    try {
      for (let n = 0; n < 100000; n++) {
        const v = yield* this.iterNext(itr, frame);
        if (!v) break;
        out.push(v);
      }
    } finally {
      h.decref(itr);
    }
    return out;
  }

  /** Unpacks `value` for the targets (a starred target gets a new list). */
  *unpack(value: PyObj, targets: Expr[], frame: Frame): G<PyObj[]> {
    const items = yield* this.iterateAll(value, frame);
    const star = targets.findIndex((t) => t.k === 'star');
    if (star < 0) {
      while (items.length < targets.length) items.push(this.unknown(frame.line, 0));
      if (items.length > targets.length) { for (const x of items.splice(targets.length)) this.it.heap.decref(x); }
      return items;
    }
    const after = targets.length - star - 1;
    while (items.length < targets.length - 1) items.push(this.unknown(frame.line, 0));
    const head = items.slice(0, star);
    const tail = items.slice(Math.max(star, items.length - after));
    const mid = items.slice(star, Math.max(star, items.length - after));
    return [...head, this.newSeq('list', mid, targets[star]), ...tail];
  }

  // ---- generators ----

  newGenerator(func: PyObj, frame: Frame, site: CallSite): PyObj {
    const fn = func.fn!;
    const g = this.it.heap.alloc('generator', fn.name === '<genexpr>' ? 'generator' : 'generator', this.it.heap.site(site.line, site.col, 'generator', `${fn.name}()`));
    g.tracked = true;
    g.genFrame = frame;
    frame.ownerObj = g;
    g.genState = 'created';
    const it = this.it;
    const self = this;
    g.genRunner = (function* (): G<PyObj | undefined> {
      it.stack.push(frame);
      try {
        if (fn.genComp) {
          const comp = fn.genComp;
          const first = frame.locals.get('.0');
          const scope = new Map<string, PyObj>();
          frame.compScopes.push(scope);
          yield* it.compLoop(comp, 0, frame, first, function* (this: Interpreter) {
            const v = yield* this.eval(comp.elt, frame);
            const sent = yield v;
            this.heap.decref(sent);
          });
          return self.none;
        }
        const c = yield* it.execBlock(fn.body, frame);
        return c.k === 'return' ? c.value : self.none;
      } finally {
        it.stack.pop();
      }
    })();
    return g;
  }

  /** gen.send(v) / next(gen): runs the generator to its next yield. */
  *resume(g: PyObj, sent: PyObj | undefined, frame: Frame): G<{ done: boolean; value: PyObj }> {
    const h = this.it.heap;
    if (g.kind !== 'generator') {
      if (g.kind === 'iterator' || g.kind === 'unknown') {
        h.decref(sent);
        const v = yield* this.iterNext(g, frame);
        return v ? { done: false, value: v } : { done: true, value: this.none };
      }
      if (g.kind === 'instance') {
        const m = this.lookupClassAttr(g.cls, '__next__');
        if (m && m.kind === 'function') {
          try {
            const v = yield* this.it.callObject(m, [h.incref(g)!], [], frame, { line: frame.line, col: 0, key: 'next' });
            return { done: false, value: v };
          } catch (err) {
            if (err instanceof PyException && this.isSubclass(err.exc.cls, this.types.get('StopIteration')!)) {
              h.decref(err.exc);
              return { done: true, value: this.none };
            }
            throw err;
          }
        }
      }
      h.decref(sent);
      return { done: true, value: this.none };
    }
    if (g.genState === 'closed' || !g.genRunner) { h.decref(sent); return { done: true, value: this.none }; }
    g.genState = 'running';
    g.genFrame!.back = frame;
    this.it.frameDepth++;
    let r: IteratorResult<PyObj | undefined, PyObj | undefined>;
    try {
      r = g.genRunner.next(sent);
    } catch (err) {
      this.finishGenerator(g);
      if (err instanceof PyException) this.it.addTraceback(err.exc, frame);
      throw err;
    } finally {
      this.it.frameDepth--;
    }
    if (r.done) {
      this.finishGenerator(g);
      return { done: true, value: r.value ?? this.none };
    }
    g.genState = 'suspended';
    return { done: false, value: r.value ?? this.none };
  }

  private finishGenerator(g: PyObj): void {
    g.genState = 'closed';
    g.genRunner = undefined;
    for (const r of g.genFrame!.release()) this.it.heap.decref(r);
  }

  closeGenerator(g: PyObj, frame: Frame): void {
    if (g.genState === 'created' || !g.genRunner) { if (g.genState !== 'closed') this.finishGenerator(g); return; }
    if (g.genState !== 'suspended') return;
    const exc = this.newException('GeneratorExit', [], { line: frame.line, col: 0 });
    try {
      const r = g.genRunner.throw(new PyException(exc));
      if (!r.done) this.it.heap.decref(r.value);
      else this.it.heap.decref(r.value);
    } catch (err) {
      if (err instanceof PyException) this.it.heap.decref(err.exc);
      else throw err;
    }
    if ((g.genState as string) !== 'closed') this.finishGenerator(g);
  }

  // ---- exceptions ----

  newException(name: string, args: PyObj[], pos: Pos): PyObj {
    const cls = this.types.get(name) ?? this.types.get('Exception')!;
    return this.makeException(cls, args, pos);
  }

  makeException(cls: PyObj, args: PyObj[], pos: Pos): PyObj {
    const h = this.it.heap;
    const e = h.alloc('exception', cls.builtinName ?? cls.classIR?.name ?? 'Exception', h.site(pos.line, pos.col, 'exception', `${cls.builtinName ?? cls.classIR?.name}(…)`));
    e.cls = cls.external ? undefined : h.incref(cls);
    e.excClass = cls;
    e.tracked = true;
    e.excArgs = args.length ? this.newSeq('tuple', args, pos) : h.incref(this.emptyTuple);
    return e;
  }

  isSubclass(cls: PyObj | undefined, base: PyObj): boolean {
    if (!cls) return false;
    if (cls === base) return true;
    return (cls.bases ?? []).some((b) => this.isSubclass(b, base));
  }

  classOf(o: PyObj): PyObj | undefined {
    if (o.kind === 'instance') return o.cls;
    if (o.kind === 'exception') return o.cls ?? o.excClass;
    const name = o.kind === 'none' ? undefined : o.kind === 'iterator' ? undefined : o.kind;
    return name ? this.types.get(name) : undefined;
  }

  // ---- classes and instances ----

  newClass(cls: ClassIR, bases: PyObj[], ns: Map<string, PyObj>, pos: Pos): PyObj {
    const h = this.it.heap;
    const k = h.alloc('class', 'type', h.site(pos.line, pos.col, 'type', `class ${cls.name}`));
    k.classIR = cls;
    k.tracked = true;
    k.attrs = ns.size ? new Map(ns) : new Map();
    const realBases = bases.filter((b) => b.kind === 'class');
    for (const b of bases) if (b.kind !== 'class') { h.escape(b); h.decref(b); }
    k.bases = realBases.length ? realBases : [this.types.get('object')!];
    // __bases__ owns the base references; __base__ (the solid base) one more; __mro__ one per class.
    k.basesTuple = this.newSeq('tuple', realBases, pos);
    const solid = realBases[0];
    if (solid) k.solidBase = h.incref(solid);
    const mro: PyObj[] = [];
    const seen = new Set<PyObj>();
    const walk = (c: PyObj): void => {
      if (seen.has(c)) return;
      seen.add(c);
      mro.push(c);
      for (const b of c.bases ?? []) walk(b);
    };
    walk(k);
    k.mroTuple = this.newSeq('tuple', mro.map((c) => h.incref(c)!), pos);
    const slotsObj = ns.get('__slots__');
    const dictObj = h.alloc('dict', 'dict', h.site(pos.line, pos.col, 'dict', `${cls.name}.__dict__`));
    dictObj.attrs = k.attrs;
    dictObj.tracked = true;
    k.dictObj = dictObj;
    const descriptors: PyObj[] = [];
    const baseHasDict = realBases.some((b) => !b.external && (b.hasInstanceDict ?? true));
    if (slotsObj) {
      const names = slotsObj.items ? slotsObj.items.map((x) => String(x.value)) : slotsObj.kind === 'str' ? [String(slotsObj.value)] : [];
      k.slotNames = names;
      k.hasInstanceDict = baseHasDict || names.includes('__dict__');
      for (const n of names) if (n !== '__dict__' && n !== '__weakref__') descriptors.push(this.descriptor(k, n, pos));
    } else {
      k.hasInstanceDict = true;
      if (!baseHasDict) { descriptors.push(this.descriptor(k, '__dict__', pos)); descriptors.push(this.descriptor(k, '__weakref__', pos)); }
    }
    dictObj.descriptors = descriptors;
    k.isException = realBases.some((b) => b.isException);
    if (k.isException) k.excBase = realBases.find((b) => b.isException);
    this.it.recorder.noteStore();
    return k;
  }

  private descriptor(k: PyObj, name: string, pos: Pos): PyObj {
    const h = this.it.heap;
    const d = h.alloc('descriptor', 'getset_descriptor', h.site(pos.line, pos.col, 'descriptor', `${name} descriptor`));
    d.cls = h.incref(k);
    d.tracked = true;
    return d;
  }

  /** True when `name` is defined by the class itself or a base that is not a dataclass-generated one. */
  definedIn(cls: PyObj, name: string): boolean {
    return (cls.mroTuple?.items ?? [cls]).some((c) => c.attrs?.get(name)?.kind === 'function');
  }

  lookupClassAttr(cls: PyObj | undefined, name: string): PyObj | undefined {
    if (!cls) return undefined;
    const mro = cls.mroTuple?.items ?? [cls];
    for (const c of mro) {
      const v = c.attrs?.get(name);
      if (v) return v;
    }
    return undefined;
  }

  /** Calling a class: allocate, then __init__ through type.__call__ (a C call: arguments borrowed). */
  *instantiate(cls: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
    const h = this.it.heap;
    const release = (): void => { for (const a of args) h.decref(a); for (const [, v] of kwargs) h.decref(v); };
    if (cls.external && !cls.isException) {
      try {
        return yield* this.callBuiltinType(cls, args, kwargs, frame, site);
      } finally {
        release();
      }
    }
    if (cls.namedFields) {
      // A namedtuple instance: a tuple of the arguments that also refers to its class.
      const kw = new Map(kwargs);
      const items = cls.namedFields.map((f, i) => h.incref(i < args.length ? args[i] : kw.get(f) ?? this.none)!);
      const t = h.alloc('tuple', cls.builtinName ?? 'tuple', h.site(site.line, site.col, cls.builtinName ?? 'tuple', `${cls.builtinName}(…)`));
      t.items = items;
      t.cls = h.incref(cls);
      t.tracked = true;
      for (const x of items) this.noteStore(t, x);
      release();
      return t;
    }
    if (cls.isException) {
      const inst = this.makeException(cls, args.map((a) => h.incref(a)!), site);
      const init = cls.external ? undefined : this.lookupClassAttr(cls, '__init__');
      if (init && init.kind === 'function') {
        const r = yield* this.it.callFromC(init, [inst, ...args], frame, site);
        h.decref(r);
      }
      release();
      return inst;
    }
    const newFn = this.lookupClassAttr(cls, '__new__');
    if (newFn) {
      for (const a of args) h.escape(a);
      release();
      return this.unknown(site.line, site.col);
    }
    const cname = cls.classIR?.name ?? cls.builtinName ?? 'object';
    const inst = h.alloc('instance', cname, h.site(site.line, site.col, cname, `${cname}()`));
    inst.cls = h.incref(cls);
    inst.tracked = true;
    if (cls.slotNames && !cls.hasInstanceDict) inst.slots = new Map();
    else inst.attrs = new Map();
    const init = this.lookupClassAttr(cls, '__init__');
    const fields = (cls.mroTuple?.items ?? [cls]).find((c) => c.dataclassFields)?.dataclassFields;
    if (fields && (!init || init.kind !== 'function' || !this.definedIn(cls, '__init__'))) {
      // The __init__ @dataclass generated: each field from the arguments or its default.
      const kw = new Map(kwargs);
      fields.forEach((name, i) => {
        const v = i < args.length ? args[i] : kw.get(name) ?? this.lookupClassAttr(cls, name) ?? this.unknown(site.line, site.col);
        inst.attrs!.set(name, h.incref(v)!);
        this.noteStore(inst, v);
      });
      release();
      return inst;
    }
    if (init && init.kind === 'function') {
      // Up to 3.12 (and on a call site's first run in 3.13) the caller's argument references and the
      // argument tuple stay alive while __init__ runs; a specialised 3.13 call site moves them.
      const specialised = this.it.vm.initCallSpecialises && this.it.warmCallSites.has(site.key) && !cls.slotNames;
      this.it.warmCallSites.add(site.key);
      if (specialised) {
        const r = yield* this.it.callObject(init, [h.incref(inst)!, ...args], kwargs, frame, site);
        h.decref(r);
        return inst;
      }
      const all = [...args, ...kwargs.map(([, v]) => v)];
      for (const a of all) h.incref(a); // the argument tuple
      try {
        const r = yield* this.it.callFromC(init, [inst, ...args], frame, site);
        h.decref(r);
      } finally {
        for (const a of all) h.decref(a);
        release();
      }
      return inst;
    }
    release();
    return inst;
  }

  // ---- attributes ----

  *getAttr(obj: PyObj, name: string, frame: Frame, site: CallSite): G<PyObj> {
    const m = yield* this.loadMethod(obj, name, frame, site);
    if (!m.self) return m.func;
    // A plain function found on the class: a new bound method.
    const h = this.it.heap;
    const bm = h.alloc('method', m.func.kind === 'function' ? 'method' : 'builtin_function_or_method', h.site(site.line, site.col, 'method', `bound ${name}`));
    bm.methodFunc = m.func;
    bm.methodSelf = m.self;
    bm.tracked = true;
    if (m.func.kind === 'builtin') { bm.builtinName = m.func.builtinName; }
    return bm;
  }

  /** LOAD_ATTR with the method flag: (function, self) when a method would be bound, else (value). */
  *loadMethod(obj: PyObj, name: string, frame: Frame, site: CallSite): G<{ func: PyObj; self?: PyObj }> {
    const h = this.it.heap;
    if (obj.kind === 'module') return { func: h.incref(this.getModuleAttr(obj, name, site))! };
    if (obj.weakContainer) return { func: this.boundBuiltin(`weak.${name}`), self: h.incref(obj)! };
    if (obj.kind === 'instance' || obj.kind === 'exception') {
      if (name === '__dict__' && obj.attrs) {
        if (!obj.dictObj) {
          const d = h.alloc('dict', 'dict', h.site(site.line, site.col, 'dict', '__dict__'));
          d.attrs = obj.attrs;
          d.tracked = this.it.vm.instanceDictCounted;
          d.instanceDict = true;
          obj.dictObj = d;
        }
        return { func: h.incref(obj.dictObj)! };
      }
      if (name === '__class__') return { func: h.incref(obj.cls ?? obj.excClass)! };
      if (obj.kind === 'exception' && name === 'args') return { func: h.incref(obj.excArgs)! };
      if (obj.kind === 'exception' && name === '__traceback__') return { func: h.incref(obj.traceback) ?? this.none };
      const cls = obj.cls;
      const clsAttr = this.lookupClassAttr(cls, name);
      if (clsAttr && clsAttr.kind === 'property') {
        const getter = clsAttr.wrapped?.[0];
        if (getter) return { func: yield* this.it.callObject(h.incref(getter)!, [h.incref(obj)!], [], frame, site) };
      }
      const own = obj.attrs?.get(name) ?? obj.slots?.get(name);
      if (own) return { func: h.incref(own)! };
      if (clsAttr) {
        if (clsAttr.kind === 'function') return { func: h.incref(clsAttr)!, self: h.incref(obj)! };
        if (clsAttr.kind === 'staticmethod') return { func: h.incref(clsAttr.wrapped?.[0] ?? this.none)! };
        if (clsAttr.kind === 'classmethod') return { func: h.incref(clsAttr.wrapped?.[0] ?? this.none)!, self: h.incref(cls)! };
        return { func: h.incref(clsAttr)! };
      }
      if (obj.kind === 'exception') return { func: this.unknown(site.line, site.col) };
      throw this.it.raiseObj(this.newException('AttributeError', [], site), frame, true);
    }
    if (obj.kind === 'class' && !obj.external) {
      if (name === '__dict__') return { func: h.incref(obj.dictObj)! };
      if (name === '__mro__') return { func: h.incref(obj.mroTuple)! };
      if (name === '__bases__') return { func: h.incref(obj.basesTuple)! };
      const v = this.lookupClassAttr(obj, name);
      if (v) {
        if (v.kind === 'classmethod') return { func: h.incref(v.wrapped?.[0] ?? this.none)!, self: h.incref(obj)! };
        if (v.kind === 'staticmethod') return { func: h.incref(v.wrapped?.[0] ?? this.none)! };
        return { func: h.incref(v)! };
      }
      if (name === '__name__') return { func: this.newStrImmortal(obj.classIR?.name ?? obj.builtinName ?? 'type') };
      return { func: this.unknown(site.line, site.col) };
    }
    if (obj.kind === 'function') {
      if (name === '__defaults__') return { func: h.incref(obj.defaults) ?? this.none };
      if (name === '__closure__') return { func: h.incref(obj.closure) ?? this.none };
      if (name === '__name__') return { func: this.newStrImmortal(obj.fn!.name) };
      const v = obj.attrs?.get(name);
      if (v) return { func: h.incref(v)! };
      if (name === '__dict__') { this.functionDict(obj, site); return { func: h.incref(obj.dictObj)! }; }
      return { func: this.unknown(site.line, site.col) };
    }
    if (obj.kind === 'method') {
      if (name === '__self__') return { func: h.incref(obj.methodSelf) ?? this.none };
      if (name === '__func__') return { func: h.incref(obj.methodFunc) ?? this.none };
    }
    if (obj.kind === 'super') {
      const start = obj.superClass!;
      const mro = obj.superSelf?.cls?.mroTuple?.items ?? [];
      const idx = mro.indexOf(start);
      for (const c of mro.slice(idx + 1)) {
        const v = c.attrs?.get(name);
        if (v) {
          if (v.kind === 'function') return { func: h.incref(v)!, self: h.incref(obj.superSelf)! };
          return { func: h.incref(v)! };
        }
      }
      // BaseException.__init__ replaces the exception's args; object.__init__ does nothing.
      if (name === '__init__' && obj.superSelf?.kind === 'exception') return { func: this.boundBuiltin('BaseException.__init__'), self: h.incref(obj.superSelf)! };
      if (name === '__init__') return { func: this.boundBuiltin('object.__init__'), self: h.incref(obj.superSelf)! };
      return { func: this.unknown(site.line, site.col) };
    }
    if (obj.kind === 'tuple' && obj.cls?.namedFields) {
      const i = obj.cls.namedFields.indexOf(name);
      if (i >= 0) return { func: h.incref(obj.items![i])! };
    }
    if (obj.kind === 'generator' && ['send', 'close', 'throw', '__next__'].includes(name)) {
      return { func: this.boundBuiltin(`generator.${name}`), self: h.incref(obj)! };
    }
    if (obj.kind === 'weakref' && name === '__callback__') return { func: h.incref(obj.callback) ?? this.none };
    if (obj.kind === 'weakproxy') {
      const target = obj.referent;
      if (!target) throw this.it.raiseObj(this.newException('ReferenceError', [], site), frame, true);
      return yield* this.loadMethod(target, name, frame, site);
    }
    const tname = obj.kind === 'dict' ? 'dict' : obj.kind === 'list' ? (obj.type === 'deque' ? 'deque' : 'list') : obj.kind === 'set' || obj.kind === 'frozenset' ? 'set'
      : obj.kind === 'str' ? 'str' : obj.kind === 'tuple' ? 'tuple' : obj.kind === 'bytes' ? 'bytes' : obj.kind === 'int' ? 'int' : obj.kind === 'float' ? 'float' : '';
    if (tname && obj.kind !== 'unknown') return { func: this.boundBuiltin(`${tname}.${name}`), self: h.incref(obj)! };
    if (obj.kind === 'class' && obj.external) {
      if (name === 'fromkeys' || name === 'maketrans') return { func: this.boundBuiltin(`${obj.builtinName}.${name}`) };
      const fn = this.boundBuiltin(`${obj.builtinName}.${name}`);
      return { func: fn };
    }
    h.escape(obj);
    return { func: this.unknown(site.line, site.col) };
  }

  private readonly boundBuiltins = new Map<string, PyObj>();
  private boundBuiltin(name: string): PyObj {
    let f = this.boundBuiltins.get(name);
    if (!f) { f = this.builtinFunc(name); this.boundBuiltins.set(name, f); }
    return f;
  }

  private functionDict(f: PyObj, pos: Pos): void {
    if (f.dictObj) return;
    const h = this.it.heap;
    const d = h.alloc('dict', 'dict', h.site(pos.line, pos.col, 'dict', `${f.fn?.name}.__dict__`));
    f.attrs ??= new Map();
    d.attrs = f.attrs;
    d.tracked = true;
    f.dictObj = d;
  }

  *setAttr(obj: PyObj, name: string, value: PyObj, frame: Frame): G<void> {
    const h = this.it.heap;
    if (obj.kind === 'instance') {
      const prop = this.lookupClassAttr(obj.cls, name);
      if (prop && prop.kind === 'property') {
        const setter = prop.wrapped?.[1];
        if (setter) { const r = yield* this.it.callObject(h.incref(setter)!, [h.incref(obj)!, value], [], frame, { line: frame.line, col: 0, key: 'setter' }); h.decref(r); return; }
      }
      const store = obj.slots ?? obj.attrs!;
      const old = store.get(name);
      store.set(name, value);
      this.noteStore(obj, value);
      h.decref(old);
      return;
    }
    if (obj.kind === 'function') {
      this.functionDict(obj, { line: frame.line, col: 0 });
      const old = obj.attrs!.get(name);
      obj.attrs!.set(name, value);
      this.noteStore(obj, value);
      h.decref(old);
      return;
    }
    if (obj.kind === 'class' && !obj.external) {
      const old = obj.attrs!.get(name);
      obj.attrs!.set(name, value);
      this.noteStore(obj, value);
      h.decref(old);
      return;
    }
    if (obj.kind === 'exception') {
      obj.attrs ??= new Map();
      const old = obj.attrs.get(name);
      obj.attrs.set(name, value);
      h.decref(old);
      return;
    }
    h.escape(value);
    h.decref(value);
  }

  delAttr(obj: PyObj, name: string): void {
    const store = obj.slots ?? obj.attrs;
    const old = store?.get(name);
    if (old) { store!.delete(name); this.it.heap.decref(old); }
    this.it.recorder.noteStore();
  }

  // ---- items ----

  *getItem(obj: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
    const h = this.it.heap;
    if (idx.kind === 'slice' && (obj.kind === 'list' || obj.kind === 'tuple' || obj.kind === 'str')) return this.getSlice(obj, idx, frame);
    if (obj.kind === 'list' || obj.kind === 'tuple') {
      const n = this.num(idx);
      if (typeof n === 'bigint' && !obj.fuzzy) {
        const len = obj.items!.length;
        const i = Number(n < 0n ? n + BigInt(len) : n);
        if (i < 0 || i >= len) throw this.it.raiseObj(this.newException('IndexError', [], { line: frame.line, col: 0 }), frame, true);
        return h.incref(obj.items![i])!;
      }
      h.escape(obj);
      return this.unknown(frame.line, 0);
    }
    if (obj.kind === 'dict') {
      const e = this.dictGet(obj, idx);
      if (e) return h.incref(e.value)!;
      if (obj.defaultFactory) {
        // defaultdict: a missing key gets factory() stored under it.
        const v = yield* this.it.callObject(h.incref(obj.defaultFactory)!, [], [], frame, { line: frame.line, col: 0, key: 'default_factory' });
        this.dictSet(obj, h.incref(idx)!, v);
        return h.incref(v)!;
      }
      if (obj.fuzzy || idx.kind === 'unknown' || idx.fuzzy) { h.escape(obj); return this.unknown(frame.line, 0); }
      throw this.it.raiseObj(this.newException('KeyError', [h.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
    }
    if (obj.kind === 'str') return this.newStr(undefined, { line: frame.line, col: 0 });
    if (obj.weakContainer) {
      const e = this.weakEntry(obj, idx);
      if (e) return h.incref(e)!;
      if (obj.fuzzy) return this.unknown(frame.line, 0);
      throw this.it.raiseObj(this.newException('KeyError', [h.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
    }
    if (obj.kind === 'instance') {
      const m = this.lookupClassAttr(obj.cls, '__getitem__');
      if (m && m.kind === 'function') return yield* this.it.callObject(m, [h.incref(obj)!, h.incref(idx)!], [], frame, { line: frame.line, col: 0, key: 'getitem' });
    }
    h.escape(obj);
    return this.unknown(frame.line, 0);
  }

  private sliceBounds(obj: PyObj, s: PyObj): number[] | undefined {
    const len = obj.kind === 'str' ? String(obj.value ?? '').length : obj.items!.length;
    const [a, b, c] = (s.sliceParts ?? []).map((p) => (p && p.kind !== 'none' ? this.num(p) : undefined));
    if ([a, b, c].some((x) => x !== undefined && typeof x !== 'bigint')) return undefined;
    const step = c === undefined ? 1 : Number(c);
    if (step === 0) return undefined;
    const norm = (x: bigint | number | undefined, def: number): number => {
      if (x === undefined) return def;
      let v = Number(x);
      if (v < 0) v += len;
      return step > 0 ? Math.min(Math.max(v, 0), len) : Math.min(Math.max(v, -1), len - 1);
    };
    const start = norm(a, step > 0 ? 0 : len - 1);
    const stop = norm(b, step > 0 ? len : -1);
    const out: number[] = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
    return out;
  }

  private getSlice(obj: PyObj, s: PyObj, frame: Frame): PyObj {
    const h = this.it.heap;
    if (obj.kind === 'str') return this.newStr(undefined, { line: frame.line, col: 0 });
    const idx = this.sliceBounds(obj, s);
    if (!idx || obj.fuzzy) { h.escape(obj); return this.unknown(frame.line, 0); }
    // A full slice of a tuple is the tuple itself.
    if (obj.kind === 'tuple' && idx.length === obj.items!.length && idx.every((v, i) => v === i)) return h.incref(obj)!;
    const items = idx.map((i) => h.incref(obj.items![i])!);
    if (obj.kind === 'tuple' && items.length === 0) return h.incref(this.emptyTuple)!;
    return this.newSeq(obj.kind as 'list' | 'tuple', items, { line: frame.line, col: 0 });
  }

  *setItem(obj: PyObj, idx: PyObj, value: PyObj, frame: Frame): G<void> {
    const h = this.it.heap;
    if (obj.kind === 'list') {
      if (idx.kind === 'slice') {
        const idxs = this.sliceBounds(obj, idx);
        const add = yield* this.iterateAll(value, frame);
        h.decref(value);
        if (!idxs) { h.escape(obj); for (const x of add) h.decref(x); return; }
        const start = idxs.length ? idxs[0] : Math.min(Math.max(Number(this.num(idx.sliceParts?.[0] ?? this.none) ?? 0), 0), obj.items!.length);
        const removed = obj.items!.splice(start, idxs.length, ...add);
        for (const x of add) this.noteStore(obj, x);
        for (const x of removed) h.decref(x);
        return;
      }
      const n = this.num(idx);
      if (typeof n === 'bigint') {
        const len = obj.items!.length;
        const i = Number(n < 0n ? n + BigInt(len) : n);
        if (i >= 0 && i < len) {
          const old = obj.items![i];
          obj.items![i] = value;
          this.noteStore(obj, value);
          h.decref(old);
          return;
        }
        throw this.it.raiseObj(this.newException('IndexError', [], { line: frame.line, col: 0 }), frame, true);
      }
    }
    if (obj.kind === 'dict') { this.dictSet(obj, h.incref(idx)!, value); return; }
    if (obj.weakContainer) {
      // WeakValueDictionary: the key is held, the value only weakly (a KeyedRef).
      obj.weakEntries ??= new Map();
      const old = obj.weakEntries.get(this.hashKey(idx));
      obj.weakEntries.set(this.hashKey(idx), { key: h.incref(idx)!, value });
      if (old) h.decref(old.key);
      h.decref(value);
      return;
    }
    if (obj.kind === 'instance') {
      const m = this.lookupClassAttr(obj.cls, '__setitem__');
      if (m && m.kind === 'function') {
        const r = yield* this.it.callObject(m, [h.incref(obj)!, h.incref(idx)!, value], [], frame, { line: frame.line, col: 0, key: 'setitem' });
        h.decref(r);
        return;
      }
    }
    h.escape(obj);
    h.escape(value);
    h.decref(value);
  }

  *delItem(obj: PyObj, idx: PyObj, frame: Frame): G<void> {
    const h = this.it.heap;
    if (obj.kind === 'list') {
      if (idx.kind === 'slice') {
        const idxs = this.sliceBounds(obj, idx);
        if (!idxs) { h.escape(obj); return; }
        const set = new Set(idxs);
        const removed = obj.items!.filter((_, i) => set.has(i));
        obj.items = obj.items!.filter((_, i) => !set.has(i));
        for (const x of removed) h.decref(x);
        this.it.recorder.noteStore();
        return;
      }
      const n = this.num(idx);
      if (typeof n === 'bigint') {
        const len = obj.items!.length;
        const i = Number(n < 0n ? n + BigInt(len) : n);
        const [old] = obj.items!.splice(i, 1);
        h.decref(old);
        this.it.recorder.noteStore();
        return;
      }
    }
    if (obj.kind === 'dict') {
      const e = this.dictDel(obj, idx);
      if (e) { h.decref(e.key); h.decref(e.value); }
      this.it.recorder.noteStore();
      return;
    }
    void frame;
    h.escape(obj);
  }

  /** A live entry of a weak container (entries whose object died are gone). */
  weakEntry(obj: PyObj, idx: PyObj): PyObj | undefined {
    const e = obj.weakEntries?.get(this.hashKey(idx));
    if (!e) return undefined;
    if (!e.value.alive) { obj.weakEntries!.delete(this.hashKey(idx)); this.it.heap.decref(e.key); return undefined; }
    return e.value;
  }

  // ---- modules ----

  importModule(name: string): PyObj {
    let m = this.modules.get(name);
    if (!m) {
      m = this.it.heap.external('module', 'module', `module:${name}`);
      m.moduleName = name;
      if (name === 'gc') {
        this.gcGarbage = this.it.heap.alloc('list', 'list', this.it.heap.site(0, 0, 'list', 'gc.garbage'));
        this.gcGarbage.items = [];
        this.gcGarbage.tracked = true;
      }
      if (name === 'weakref') {
        this.finalizeRegistry = this.it.heap.alloc('dict', 'dict', this.it.heap.site(0, 0, 'dict', 'finalize._registry'));
        this.finalizeRegistry.entries = new Map();
        this.finalizeRegistry.tracked = true;
      }
      this.modules.set(name, m);
    }
    return m;
  }

  getModuleAttr(mod: PyObj, name: string, pos: Pos): PyObj {
    const full = `${mod.moduleName}.${name}`;
    if (mod.moduleName === 'gc' && name === 'garbage') return this.gcGarbage;
    if (mod.moduleName === 'gc' && name.startsWith('DEBUG_')) return this.smallInt(name === 'DEBUG_SAVEALL' ? 32n : name === 'DEBUG_STATS' ? 1n : name === 'DEBUG_LEAK' ? 38n : 2n);
    if (KNOWN_MODULE_FUNCS.has(full) || (mod.moduleName === 'math' && MATH_FUNCS.has(name))) return this.boundBuiltin(full);
    if (mod.moduleName === 'sys' && name === 'maxsize') return this.newInt(9223372036854775807n, pos);
    if (this.modules.has(full)) return this.modules.get(full)!;
    // An attribute of a module we do not model: unknown (an unknown callee when called).
    const u = this.it.heap.external('unknown', 'object', `module:${full}`);
    u.fuzzy = true;
    u.moduleName = full;
    return u;
  }

  // ---- builtin calls ----

  *callBuiltin(func: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
    return yield* callBuiltinImpl(this, this.it, func, args, kwargs, frame, site);
  }

  *callBuiltinType(cls: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
    return yield* callBuiltinImpl(this, this.it, cls, args, kwargs, frame, site);
  }

  /** Everything the frame reaches gets an open upper bound (unknown code ran). */
  havocFrame(frame: Frame): void {
    for (const r of frame.refs()) this.it.heap.escape(r.target, 2000);
    for (const v of frame.globals.values()) this.it.heap.escape(v, 2000);
  }

  fuzz(o: PyObj | undefined): void {
    if (o && !o.immortal) o.fuzzy = true;
  }

  weakrefRegistry(): PyObj {
    return this.finalizeRegistry;
  }

  runCollect(frame: Frame, site: CallSite): PyObj {
    const n = collectGarbage(this.it, this, site.line);
    return this.newInt(BigInt(n), site);
  }

  describe(o: PyObj): string {
    return refsOf(o).length ? o.type : o.type;
  }
}

const DUNDER: Record<string, string> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow', '@': 'matmul', '&': 'and', '|': 'or', '^': 'xor', '<<': 'lshift', '>>': 'rshift' };

/** math functions: they return a new number and keep none of their arguments. */
export const MATH_FUNCS = new Set(['sqrt', 'floor', 'ceil', 'trunc', 'fabs', 'exp', 'log', 'log2', 'log10', 'pow', 'sin', 'cos', 'tan', 'atan', 'atan2', 'hypot', 'degrees', 'radians', 'isclose', 'isfinite', 'isnan', 'isinf', 'gcd', 'factorial', 'comb', 'perm', 'fsum', 'prod', 'dist', 'copysign', 'fmod', 'modf', 'frexp', 'ldexp', 'asin', 'acos', 'sinh', 'cosh', 'tanh', 'erf', 'gamma', 'lgamma', 'isqrt', 'lcm']);

const KNOWN_MODULE_FUNCS = new Set(['dataclasses.dataclass', 'sys.getrefcount', 'sys.intern', 'sys.exc_info', 'sys.exit', 'gc.collect', 'gc.set_debug', 'gc.get_debug',
  'gc.disable', 'gc.enable', 'gc.isenabled', 'gc.freeze', 'gc.unfreeze', 'gc.get_count', 'gc.is_tracked', 'gc.get_referrers', 'gc.get_referents',
  'gc.get_objects', 'weakref.ref', 'weakref.proxy', 'weakref.getweakrefs', 'weakref.getweakrefcount', 'weakref.finalize',
  'weakref.WeakValueDictionary', 'weakref.WeakKeyDictionary', 'weakref.WeakSet', 'weakref.WeakMethod', 'copy.copy', 'copy.deepcopy',
  'collections.defaultdict', 'collections.deque', 'collections.OrderedDict', 'collections.namedtuple']);

import { callBuiltinImpl } from './builtinCalls';
void runSync;
