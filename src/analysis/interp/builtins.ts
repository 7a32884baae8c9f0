// Objects and operations the interpreter gets from CPython itself: singletons,
// builtin types and functions, container operations, attribute access,
// iteration, the modules `sys`, `gc` and `weakref`. Each models only its
// reference effects: which references it takes, keeps and releases.
// Anything not modelled is an unknown callee: its arguments escape.
import { complexAttr, complexKey } from './complexNumbers';
import { heldWhile } from './heldWhile';
import { classCallSpecialised, noteTypeModified, simplePositionalCount } from './initSpecialise';
import { namedPartReplaced } from './namedTupleParts';
import { dataclassPartReplaced } from './dataclassParts';
import { done } from './finished';
import { neverGcObject } from './gcKinds';
import { noteDecimalName } from './decimalContext';
import { runGcCallbacks } from './gcCallbacks';
import { inertAbcName, isInertLibraryBase } from './libraryBases';
import { isWeakrefBase, isWeakrefClass, newWeakrefInstance } from './weakrefSubclass';
import { liveEntries } from './weakContainers';
import type { MersenneTwister } from './randomModule';
import { isPartial, PARTIAL_MEMBERS, partialAttr } from './partialObjects';
import { isPartialMethod, partialMethodGet } from './partialMethod';
import { TE_FROM_EXCEPTION, teMethod, TRACEBACK_EXCEPTION, tracebackExceptionAttr } from './tracebackExceptionObj';
import { isSdMethod, sdMethodGet } from './sdMethod';
import { cmMethod, CM_OBJECT, ACM_OBJECT, isHelper, SUPPRESS_OBJECT } from './contextlibModel';
import { CM_DECORATED } from './contextDecorator';
import { isHolderCm } from './contextlibClosing';
import { isRedirectCm } from './contextlibRedirect';
import { currentStream, originalStream, setStream, streamOfAttr } from './sysStreams';
import { EXIT_STACK, EXIT_STACK_METHODS } from './exitStack';
import { CHAIN_MAP, CHAIN_MAP_METHODS, chainMapAttr, chainToDict, isChainMap } from './chainMap';
import { CACHED_PROPERTY, isLruWrapper, LRU_WRAPPER } from './functoolsWrappers';
import { abstractMethodsSet } from './abcAbstractMethods';
import { fieldDefaults, inheritsNamedNew, namedSpecialMethods, namedTupleClassOf } from './namedTupleClasses';
import { slotTupleClass, newSlotTuple } from './tupleSubclass';
import type { ClassIR, ConstValue, Expr } from '../ir/irTypes';
import { floatRepr, pyStrRepr } from '../ir/constants';
import type { Formattable } from './formatSpec';
import { Frame } from './frame';
import { CallSite, G, Interpreter, PyException } from './interpreter';
import { dataclassEntries, keepInitFrame } from './dataclassFuncs';
import { dataclassReprOwner, runContainerRepr } from './containerRepr';
import { DictEntry, mroDecides, opaqueValue, PyObj, storeMayBeRefused } from './objects';
import type { DataclassInitEntry } from './objects';
import { LeftLibraryFrame, raiseReplacingAttributeError, throughLibraryFrame } from './libraryFrames';
import { detachForClassChange, noteInstanceDictUpdate, materializeInstanceDict, noteDictStore, noteInstanceMade, noteNewDictKey, noteNewName, plainLayouts } from './instanceDicts';
import { BUILTIN_FUNCS, BUILTIN_TYPES, COROUTINE, FROZEN_DATACLASS_METHOD } from './builtinNames';
import { AGEN_METHODS, isAsyncGen } from './asyncIteration';
import { iteratorMethod } from './iteratorMethods';
import { collectGarbage } from './collector';
import * as ops from './operators';
import * as iter from './iteration';
import * as sub from './subscripts';

/** A generator's methods (a coroutine has all but __next__). */
const GEN_METHODS = ['send', 'close', 'throw', '__next__'];

type Pos = { line: number; col: number };

/** CPython's builtin exception hierarchy (3.11-3.13), each with its base. */
const EXC_TREE: [string, string][] = [
  ['BaseException', ''], ['BaseExceptionGroup', 'BaseException'], ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'], ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'], ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'], ['AttributeError', 'Exception'], ['BufferError', 'Exception'], ['EOFError', 'Exception'],
  // (ExceptionGroup's second base, BaseExceptionGroup, is set below)
  ['ExceptionGroup', 'Exception'],
  ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'], ['IndexError', 'LookupError'], ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'], ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'], ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'], ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'], ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'], ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'], ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'], ['PermissionError', 'OSError'], ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'], ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'], ['RecursionError', 'RuntimeError'],
  ['PythonFinalizationError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'], ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'], ['TypeError', 'Exception'],
  ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'], ['BytesWarning', 'Warning'], ['DeprecationWarning', 'Warning'], ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'], ['PendingDeprecationWarning', 'Warning'], ['ResourceWarning', 'Warning'], ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'], ['UserWarning', 'Warning'],
];

/** Other names for the same builtin class. */
const EXC_ALIASES: [string, string][] = [['EnvironmentError', 'OSError'], ['IOError', 'OSError']];



/** Builtin bases whose hash and equality are their value's (a subclass instance is a key equal to that value). */
const VALUE_KEY_BASES: ReadonlySet<string> = new Set(['str', 'int', 'float', 'complex', 'bytes', 'tuple', 'frozenset']);

/** Kinds that are never a str: PyObject_Str / PyObject_Repr refuse them as a __str__ / __repr__ result. */
const NOT_TEXT: ReadonlySet<string> = new Set(['int', 'float', 'complex', 'bool', 'none', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset']);

export class Builtins {
  readonly none: PyObj;
  readonly trueObj: PyObj;
  readonly falseObj: PyObj;
  readonly emptyTuple: PyObj;
  readonly ellipsis: PyObj;
  private readonly smallInts = new Map<bigint, PyObj>();
  private readonly internedStrs = new Map<string, PyObj>();
  private readonly byteSingletons = new Map<string, PyObj>();
  private readonly names = new Map<string, PyObj>();
  readonly types = new Map<string, PyObj>();
  private readonly modules = new Map<string, PyObj>();
  /** gc module state. */
  gcGarbage!: PyObj;
  /** gc.callbacks: called with ("start", info) and ("stop", info) around every collection. */
  gcCallbacks!: PyObj;
  gcDebugSaveAll = false;
  /** Keys with their own __eq__ → the equal key settled first, whose hash key they share (valueKeys.ts). */
  readonly eqRep = new Map<PyObj, PyObj>();
  /** Keys whose own `__hash__` ran → the hash CPython stores with them; null: not known (valueKeys.ts). */
  readonly keyHash = new Map<PyObj, string | null>();
  /** Ints hash() returned whose value is not known: the hash key of what was hashed (valueKeys.ts). */
  readonly hashTags = new WeakMap<PyObj, string>();
  gcEnabled = true;
  /** The random module's generator after random.seed(int); undefined: a state the model does not know. */
  random?: MersenneTwister;
  /** gc.set_threshold's values; undefined: the version's defaults. */
  gcThreshold?: bigint[];
  /** The program reached a decimal name that may change the context: Decimal arithmetic keeps no value (decimalContext.ts). */
  decimalContextTouched = false;
  /** Strings the run interned through sys.intern, by text: a later sys.intern of an equal string answers with it. */
  readonly runtimeInterned = new Map<string, PyObj>();
  /** weakref.finalize's registry (a dict inside the weakref module). */
  private finalizeRegistry!: PyObj;

  constructor(readonly it: Interpreter) {
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
    this.types.get('bool')!.bases = [this.types.get('int')!];
    // ExceptionGroup(BaseExceptionGroup, Exception): `except BaseExceptionGroup` takes it too.
    this.types.get('ExceptionGroup')!.bases = [this.types.get('BaseExceptionGroup')!, this.types.get('Exception')!];
    // Every other builtin class derives from object (its __mro__ ends with it; so does a subclass's).
    const object = this.types.get('object')!;
    for (const c of this.types.values()) if (c !== object && !c.bases) c.bases = [object];
    for (const f of BUILTIN_FUNCS) this.names.set(f, this.builtinFunc(f));
    for (const [k, v] of this.types) this.names.set(k, v);
    for (const [alias, name] of EXC_ALIASES) this.names.set(alias, this.types.get(name)!);
    this.names.set('None', this.none);
    this.names.set('True', this.trueObj);
    this.names.set('False', this.falseObj);
    this.names.set('NotImplemented', this.immortal('notimpl', 'NotImplementedType', 'NotImplemented'));
    this.names.set('Ellipsis', this.ellipsis);
    // The script's __name__: the interpreter's own '__main__' (immortal from 3.13, a static string);
    // before that a str whose count is the runner's business (measured 5 on 3.11, 6 on 3.12).
    this.names.set('__name__', this.it.vm.typeNamesMinor >= 13 ? this.newStrImmortal('__main__') : this.scriptName());
    // What the script runner puts in __main__'s globals: None for a script, else objects of the interpreter's.
    for (const n of ['__spec__', '__package__', '__cached__']) this.names.set(n, this.none);
    for (const n of ['__file__', '__doc__', '__loader__', '__builtins__']) this.names.set(n, this.it.heap.external('unknown', 'object', `builtin:${n}`));
  }

  /** '__main__' as the runner made it before 3.13: the text known, the count open. */
  private scriptName(): PyObj {
    const o = this.newStrFresh('__main__', { line: 0, col: 0 });
    this.it.heap.escape(o);
    return o;
  }

  // ---- singletons and scalars ----

  private immortal(kind: PyObj['kind'], type: string, label: string): PyObj {
    const o = this.it.heap.external(kind, type, this.it.heap.site(0, 0, type, label, true));
    o.external = false;
    return o;
  }

  private builtinClass(name: string): PyObj {
    // (an immortal site of its own: a name bound to a static builtin type reports it as immortal
    // from 3.12, with an open count before)
    const c = this.it.heap.external('class', 'type', this.it.heap.site(0, 0, 'type', name, true));
    c.builtinName = name;
    c.attrs = new Map();
    return c;
  }

  private builtinFunc(name: string): PyObj {
    const f = this.it.heap.external('builtin', 'builtin_function_or_method', `builtin:${name}`);
    f.builtinName = name;
    return f;
  }

  // (an interned identifier: shared by the interpreter, immortal in the model)
  newStrImmortal(s: string): PyObj {
    let o = this.internedStrs.get(s);
    if (!o) {
      o = this.immortal('str', 'str', pyStrRepr(s));
      o.value = s;
      // Longer interned strings are immortal in 3.12 only (3.13 made them mortal again).
      if (s.length > 1) this.it.heap.internedSites.set(o.site, s);
      this.internedStrs.set(s, o);
    }
    return o;
  }

  /**
   * An attribute map's key as a dict shows it: a name stored as an attribute is an identifier the
   * compiler (or setattr) interned, so the instance dict's key is that shared str; other text
   * (setattr with a non-identifier, a type() namespace literal) is a str of its own.
   */
  attrKeyStr(name: string, pos: { line: number; col: number }): PyObj {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? this.newStrImmortal(name) : this.newStr(name, pos);
  }

  /** Constants CPython shares interpreter-wide (immortal from 3.12; environment-dependent before). */
  immortalConst(v: ConstValue): PyObj | undefined {
    switch (v.t) {
      case 'none': return this.none;
      case 'bool': return v.v ? this.trueObj : this.falseObj;
      case 'ellipsis': return this.ellipsis;
      case 'int': return v.v >= -5n && v.v <= 256n ? this.smallInt(v.v) : undefined;
      case 'tuple': return v.v.length === 0 ? this.emptyTuple : undefined;
      case 'bytes': return v.v.length <= 1 && !v.fresh ? this.bytesSingleton(v.v) : undefined;
      case 'str':
        // ('' and the one-character Latin-1 strings are cached singletons; "€" is an ordinary
        // constant, and not interned either: only all-ASCII name characters are)
        if (v.v.length === 0 || (v.v.length === 1 && v.v.charCodeAt(0) < 256) || /^[A-Za-z0-9_]+$/.test(v.v)) return this.newStrImmortal(v.v);
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


  newInt(v: bigint | undefined, pos: Pos): PyObj {
    if (v !== undefined && v >= -5n && v <= 256n) return this.smallInt(v);
    const o = this.it.heap.alloc('int', 'int', this.it.heap.site(pos.line, pos.col, 'int', v === undefined ? 'int' : String(v)));
    o.value = v;
    if (v === undefined) o.fuzzy = true;
    return o;
  }

  /** id(o): a new int of a made-up address value, which remembers whose id it is. */
  idInt(o: PyObj, pos: Pos): PyObj {
    const n = this.newInt(BigInt(o.id) * 16n + 140000000000000n, pos);
    n.fromId = true;
    n.idOf = o;
    return n;
  }

  newFloat(v: number | undefined, pos: Pos): PyObj {
    const o = this.it.heap.alloc('float', 'float', this.it.heap.site(pos.line, pos.col, 'float', v === undefined ? 'float' : floatRepr(v)));
    o.value = v;
    return o;
  }

  /**
   * A new bytes (or bytearray) object, of content `v` when known. A bytes of length 0 or 1
   * is a cached singleton (bytes_get_empty, CHARACTER: immortal from 3.12), never a new one.
   */
  newBytes(pos: Pos, v?: string, type: 'bytes' | 'bytearray' = 'bytes'): PyObj {
    if (type === 'bytes' && v !== undefined && v.length <= 1) return this.bytesSingleton(v);
    return this.newBytesFresh(pos, v, type);
  }

  /**
   * A new bytes object even of one byte: made at its size and then filled (bytes(n), a copy out of a
   * buffer, a join of several parts), which does not go through the one-byte cache; b'' is shared.
   */
  newBytesFresh(pos: Pos, v: string | undefined, type: 'bytes' | 'bytearray' = 'bytes'): PyObj {
    if (type === 'bytes' && v === '') return this.bytesSingleton('');
    const o = this.it.heap.alloc('bytes', type, this.it.heap.site(pos.line, pos.col, type, v === undefined ? type : `${type === 'bytes' ? '' : 'bytearray'}b${pyStrRepr(v.slice(0, 20))}`));
    o.value = v;
    return o;
  }

  /** b'' or a one-byte bytes: the interpreter's cached object. */
  bytesSingleton(v: string): PyObj {
    let o = this.byteSingletons.get(v);
    if (!o) {
      o = this.immortal('bytes', 'bytes', `b${pyStrRepr(v)}`);
      o.value = v;
      this.byteSingletons.set(v, o);
    }
    return o;
  }

  /**
   * A small int whose value is not known (a byte of content the model does not know):
   * one of the cached small ints, so shared and immortal like them, but which one is
   * unknown (each such item is its own object here: two of them may or may not be equal).
   */
  unknownSmallInt(): PyObj {
    return this.immortal('int', 'int', 'int 0..255');
  }

  /**
   * What a str, bytes or int operation on a value the model does not know returns when
   * CPython may hand back the object itself (nothing to change) or a new one:
   * a new object of its type, and the original's count left open.
   */
  maybeSame(self: PyObj, pos: Pos): PyObj {
    this.it.heap.escape(self);
    const r =
      self.kind === 'bytes'
        ? this.newBytes(pos, undefined, self.type === 'bytearray' ? 'bytearray' : 'bytes')
        : self.kind === 'int'
          ? this.newInt(undefined, pos)
          : this.newStr(undefined, pos);
    r.fuzzy = true;
    return r;
  }

  /** maybeSame of a reference the caller owns and gives up (a conversion's result): released here. */
  maybeSameReplacing(owned: PyObj, pos: Pos): PyObj {
    const r = this.maybeSame(owned, pos);
    this.it.heap.decref(owned);
    return r;
  }

  /**
   * One of the 256 cached one-character Latin-1 strings, which one not known (s[i] of a known
   * Latin-1 text at an unknown index): shared like newStrImmortal's, but a new object for each
   * such read, so two of them are not taken for the same key or the same object.
   */
  cachedCharOfUnknownValue(): PyObj {
    return this.immortal('str', 'str', 'str');
  }

  /**
   * A str whose text the model does not know and which may be short enough to be a shared object:
   * s[i] of an unknown text (a cached Latin-1 character, or a new one), a slice of one ('' or a
   * cached character, or a new str). Its count is open.
   */
  maybeCachedStr(pos: Pos): PyObj {
    const o = this.newStr(undefined, pos);
    this.it.heap.fuzz(o);
    return o;
  }

  newStr(v: string | undefined, pos: Pos): PyObj {
    // '' and the 256 one-character Latin-1 strings are cached singletons.
    if (v !== undefined && (v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256))) return this.newStrImmortal(v);
    const o = this.it.heap.alloc('str', 'str', this.it.heap.site(pos.line, pos.col, 'str', v === undefined ? 'str' : pyStrRepr(v.slice(0, 20))));
    o.value = v;
    return o;
  }

  bool(b: boolean): PyObj {
    return b ? this.trueObj : this.falseObj;
  }

  /**
   * How many items iterations have made up to stand for an unknown rest (an
   * unknown iterable, a container of unknown content): a container filled
   * from an iteration during which this grew has unknown content itself, so
   * a missing key or index there is not a KeyError (see filledFrom).
   */
  standIns = 0;

  /** The item standing for an unknown rest of an iteration. */
  standIn(line: number): PyObj {
    this.standIns++;
    return this.unknown(line, 0);
  }

  /** Marks `container` as of unknown content when an iteration since `before` (a standIns reading) made up an item. */
  filledFrom(container: PyObj, before: number): PyObj {
    if (this.standIns !== before) this.fuzzContent(container);
    return container;
  }

  /**
   * A container whose content the model no longer knows, though its own count
   * it still does (nothing unknown holds it): `fuzzy`, which every content
   * check reads, with `countKnown` so that its count is still reported exact.
   * Whatever makes the count unknown later (escape, fuzz) clears countKnown.
   */
  fuzzContent(o: PyObj): void {
    if (o.fuzzy || o.immortal) return;
    if (o.id < this.it.heap.fuzzWatermark) this.it.heap.fuzzChanges++;
    o.fuzzy = true;
    o.countKnown = true;
  }

  /**
   * A new list of strs the model does not spell out (dir(), str.split of an unknown text,
   * textwrap.wrap, shlex.split): its content unknown, its own count known, and no garbage when
   * it is dropped (strs are not tracked).
   */
  listOfUnknownStrs(pos: Pos): PyObj {
    const l = this.newSeq('list', [], pos);
    this.fuzzContent(l);
    l.acyclic = true;
    return l;
  }

  unknown(line: number, col: number): PyObj {
    const o = this.it.heap.alloc('unknown', 'object', this.it.heap.site(line, col, 'unknown', '?'));
    o.fuzzy = true;
    o.tracked = true;
    return o;
  }

  /**
   * True or False, which one unknown (`x is y`, `x in c` on what the model does not know: CPython's
   * operators give back one of the two singletons). Unknown as any value, but never tracked and
   * never part of a cycle: freeing it leaves no garbage the model cannot see.
   */
  unknownBool(line: number, col: number): PyObj {
    const o = this.unknownData(line, col);
    // (either one is immortal from 3.12 on: so is the value, whichever it is)
    if (this.it.vm.immortalSingletons) o.immortal = true;
    return o;
  }

  /**
   * A value of unknown identity and count that holds nothing of the program (a str, int, tuple of
   * ints read from code or a frame): never tracked, never part of a cycle.
   */
  unknownData(line: number, col: number): PyObj {
    const o = this.unknown(line, col);
    o.tracked = false;
    o.acyclic = true;
    return o;
  }

  builtin(name: string): PyObj | undefined {
    return this.names.get(name);
  }

  // ---- containers ----

  /** A GC-capable object (CPython's _PyObject_GC_MAY_BE_TRACKED). */
  mayBeTracked(o: PyObj): boolean {
    // (a class statement's class, or a library module's instance of a Python class such as
    // dataclasses' _HAS_DEFAULT_FACTORY: GC objects even when the model never frees them)
    // A builtin function (abs, len: a PyCFunction) is a tracked GC object too, so a dict or tuple
    // holding one stays tracked (gc.is_tracked({'key': abs}), measured 3.11-3.13).
    if (o.immortal || o.external) return (o.kind === 'class' && !o.builtinName) || o.kind === 'instance' || (o.kind === 'builtin' && o.type === 'builtin_function_or_method');
    if (neverGcObject(o)) return false;
    return o.kind === 'tuple' ? o.tracked : true;
  }

  noteStore(container: PyObj, value: PyObj): void {
    // (MAINTAIN_TRACKING; an embedded instance __dict__ too: the collector leaves it out while it is embedded)
    if (!container.tracked && container.kind === 'dict' && this.mayBeTracked(value)) container.tracked = true;
    this.it.recorder.noteEdge(container, value);
    // (filled by the rounds of a walk in an unknown order: walkFills.ts)
    if (this.it.walkDepth) {
      const walks = activeWalks(this.it);
      noteWalkFill(walks, container, value);
      noteCoupledChange(walks, container);
    }
    // Under a condition of unknown direction the value may or may not be stored; the
    // container's own count does not change either way (unless it is stored in itself).
    if (this.it.uncertainFor(container)) {
      this.fuzz(value);
      if (value === container) this.fuzz(container);
      else this.fuzzContent(container);
    }
  }

  newSeq(kind: 'list' | 'tuple', items: PyObj[], pos: Pos): PyObj {
    const o = this.it.heap.alloc(kind, kind, this.it.heap.site(pos.line, pos.col, kind, kind === 'list' ? '[…]' : '(…)'));
    o.items = items;
    // A tuple made at run time is tracked from birth (a collection untracks it once
    // it survives with atomic contents: collector.ts); constant tuples: interpreter.ts.
    o.tracked = kind === 'list' || items.length > 0;
    if (this.it.fuzzyDepth > this.it.recordBaseDepth) this.fuzz(o);
    this.it.recorder.noteStore();
    return o;
  }

  newDict(pos: Pos): PyObj {
    const o = this.it.heap.alloc('dict', 'dict', this.it.heap.site(pos.line, pos.col, 'dict', '{…}'));
    o.entries = new Map();
    if (this.it.fuzzyDepth > this.it.recordBaseDepth) this.fuzz(o);
    return o;
  }

  newSet(items: PyObj[], pos: Pos, kind: 'set' | 'frozenset'): PyObj {
    const o = this.it.heap.alloc(kind, kind, this.it.heap.site(pos.line, pos.col, kind, kind === 'set' ? '{…}' : 'frozenset(…)'));
    o.entries = new Map();
    o.tracked = true;
    for (const x of items) this.setAdd(o, x);
    if (this.it.fuzzyDepth > this.it.recordBaseDepth) this.fuzz(o);
    return o;
  }

  newCell(line: number): PyObj {
    const c = this.it.heap.alloc('cell', 'cell', this.it.heap.site(line, 0, 'cell', 'cell'));
    c.tracked = true;
    return c;
  }

  /**
   * A known enum member as a key: a plain Enum's hashes and compares by identity, a mixed one's
   * (IntEnum, StrEnum) as its value does. Undefined for anything else, or a member not known.
   */
  enumMemberKey(o: PyObj): string | undefined {
    if (o.kind !== 'unknown' || o.fuzzy || !o.cls?.enumKind || !o.attrs?.has('_name_')) return undefined;
    if (o.enumMember) return `id:${o.id}`;
    const v = o.attrs.get('_value_')!;
    if (v.kind !== 'int' && v.kind !== 'str' && v.kind !== 'float') return undefined;
    const k = this.hashKey(v);
    return k.startsWith('id:') ? undefined : k;
  }

  /**
   * What tells hash(v) from other hashes when its number is not known: v's hash key, for a value
   * hashed by value (a str, a tuple of them …) or an instance hashed by identity. Equal values give
   * equal numbers and others different ones (collisions of 64-bit hashes left aside), which is what
   * a key's __hash__ returning it tells a dict lookup (valueKeys.ts). Undefined otherwise: a key of
   * unknown value, or a class's own __hash__, whose number may be anything.
   */
  hashTag(v: PyObj): string | undefined {
    if (v.kind === 'instance' && v.cls && this.lookupClassAttr(v.cls, '__hash__')) return undefined;
    const key = this.hashKey(v);
    const identity = v.kind === 'instance' && !v.basePayload && key === `id:${v.id}`;
    return !key.includes('id:') || identity ? key : undefined;
  }

  /** The hash key of a value: equal immutable values share it; anything else is by identity. */
  hashKey(o: PyObj): string {
    switch (o.kind) {
      case 'unknown': return this.enumMemberKey(o) ?? pureKey(o) ?? `id:${o.id}`;
      case 'int': return o.value === undefined ? `id:${o.id}` : `n:${o.value}`;
      case 'bool': return `n:${o.value ? 1 : 0}`;
      // (a NaN equals no other object, itself only by the identity test dict and list lookups make first)
      case 'float': return o.value === undefined || Number.isNaN(o.value) ? `id:${o.id}` : Number.isInteger(o.value) ? `n:${o.value}` : `f:${o.value}`;
      case 'complex': return complexKey(o) ?? `id:${o.id}`;
      case 'str': return o.value === undefined ? `id:${o.id}` : `s:${o.value}`;
      case 'bytes': return o.value === undefined ? `id:${o.id}` : `b:${o.value}`;
      case 'none': return 'none';
      case 'tuple': return `t:(${(o.items ?? []).map((x) => this.hashKey(x)).join(',')})`;
      // Equal frozensets are one key (a set looked up in a set is retried as a frozenset): by their members.
      case 'set': case 'frozenset': return o.entries && !o.fuzzy && !o.cls ? `z:(${[...o.entries.keys()].sort().join(',')})` : `id:${o.id}`;
      case 'instance': return `id:${(this.eqRep.get(o) ?? o).id}`;
      case 'method': return this.methodKey(o);
      default: return `id:${o.id}`;
    }
  }

  /**
   * A bound method equals another bound to the same object (identity) with an
   * equal function (method_richcompare; builtin methods: meth_richcompare, the
   * same method of the same object), so `lst.remove(obj.meth)` finds an earlier
   * `obj.meth` and a dict keyed by bound methods finds the entry.
   */
  private methodKey(o: PyObj): string {
    const f = o.methodFunc;
    const self = o.methodSelf;
    if (!f || !self) return `id:${o.id}`;
    return `m:${f.kind === 'builtin' ? `builtin:${f.builtinName}` : this.hashKey(f)}@${self.id}`;
  }

  /** d[k] = v with owned k and v; an existing key keeps its key object. */
  dictSet(d: PyObj, k: PyObj, v: PyObj): void {
    if (!d.entries) {
      // An attribute dict (instance or class __dict__): string keys go to the attributes.
      if (d.attrs && k.kind === 'str' && k.value !== undefined) {
        noteNewDictKey(this, d, String(k.value));
        const old = d.attrs.get(String(k.value));
        d.attrs.set(String(k.value), v);
        if (d.instanceDict) noteDictStore(this, d, v);
        // (a class or function __dict__: MAINTAIN_TRACKING as for any dict)
        else if (!d.tracked && this.mayBeTracked(v)) d.tracked = true;
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
    // A key whose equality with the others could not be decided (valueKeys.settleKey): it may
    // replace the value of an equal key, which the dict keeps instead of it; which one is not known.
    if (k.kind === 'instance' && k.fuzzy && this.eqRep.get(k) === k && ops.ownEquality(this, k.cls)) {
      let peers = false;
      for (const e of d.entries.values()) {
        if (e.key === k || e.key.kind !== 'instance' || e.key.cls !== k.cls) continue;
        this.it.heap.escape(e.key);
        this.it.heap.escape(e.value);
        peers = true;
      }
      if (peers) {
        this.it.heap.escape(k);
        this.it.heap.escape(v);
        this.fuzzContent(d);
      }
    }
    const key = this.hashKey(k);
    const old = d.entries!.get(key);
    // A key of unknown value (an int or str read from outside, a Decimal whose context was not
    // known …) may equal a key the hash keys tell apart, either way round: the dict then keeps the
    // first key and replaces its value. Which happened is not known. (A dict that holds such a key
    // has open content, so a dict without one is not scanned.)
    const kUnknown = !old && this.keyUnknown(k);
    const undecided = old || !(kUnknown || d.fuzzy) ? []
      : [...d.entries!.values()].filter((e) => e.key !== k && (kUnknown || this.keyUnknown(e.key)) && keysMayBeEqual(e.key, k));
    if (undecided.length) {
      for (const e of undecided) { this.it.heap.escape(e.key); this.it.heap.escape(e.value); }
      this.it.heap.escape(k);
      this.it.heap.escape(v);
      this.fuzzContent(d);
    }
    if (old) {
      const ov = old.value;
      old.value = v;
      this.it.heap.decref(k);
      this.noteStore(d, v);
      this.it.heap.decref(ov);
      return;
    }
    d.entries!.set(key, { key: k, value: v });
    if (d.type === 'OrderedDict') this.it.heap.incref(k); // its linked-list node
    this.noteStore(d, k);
    this.noteStore(d, v);
    if (this.keyUnknown(k)) this.fuzzContent(d);
  }

  /**
   * A key whose equality with other keys the model cannot decide: an unknown object, a str,
   * number or bytes of unknown value, a tuple holding one. A container holding such a key has
   * unknown content (a lookup that misses may have found it), and a lookup with one may hit anything.
   */
  keyUnknown(k: PyObj): boolean {
    switch (k.kind) {
      case 'unknown': return this.enumMemberKey(k) === undefined && pureKey(k) === undefined;
      case 'str': case 'int': case 'float': case 'bytes': case 'bool': case 'complex': return k.value === undefined;
      case 'tuple': return k.items ? k.items.some((x) => this.keyUnknown(x)) : true;
      case 'set': case 'frozenset': return !k.entries || k.fuzzy || !!k.cls || [...k.entries.values()].some((e) => this.keyUnknown(e.key));
      // An instance of a subclass of str / int / tuple ... hashes and compares as its base value,
      // which the model does not keep: `d.pop(MyStr('a'))` finds the key 'a'.
      case 'instance': return !!k.cls?.mroTuple?.items?.some((c) => !c.classIR && VALUE_KEY_BASES.has(c.builtinName ?? ''));
      default: return false;
    }
  }

  /** A lookup by a key of unknown value: each value may be the answer (and its key, for a set). */
  escapeValues(d: PyObj): void {
    for (const e of d.entries?.values() ?? []) { this.it.heap.escape(e.value); this.it.heap.escape(e.key); }
  }

  dictGet(d: PyObj, k: PyObj): DictEntry | undefined {
    return d.entries?.get(this.hashKey(k));
  }

  dictGetStr(d: PyObj, name: string): PyObj | undefined {
    return d.entries?.get(`s:${name}`)?.value;
  }

  /** Takes the entry out (the dict's own references to key and value go to the caller). */
  dictDel(d: PyObj, k: PyObj): DictEntry | undefined {
    const key = this.hashKey(k);
    const e = d.entries?.get(key);
    if (e) {
      d.entries!.delete(key);
      if (d.type === 'OrderedDict') this.it.heap.decref(e.key); // its linked-list node goes
    }
    return e;
  }

  dictUpdate(d: PyObj, src: PyObj): void {
    // (a mappingproxy's keys() and [] read its dict)
    if (isMappingProxy(src)) src = proxiedDict(src) ?? src;
    // (a dict / OrderedDict subclass instance: its entries, not its attributes; payloadMerge.ts)
    if (src.kind === 'instance' && src.basePayload) {
      const part = mergeablePayload(this, src, !d.entries?.size && !d.fuzzy);
      if (!part) { this.it.heap.escape(src); this.fuzzContent(d); return; }
      src = part;
    }
    // (a plain class's namespace: its entries in CPython's order, classNamespaceIter.ts)
    const namespace = src.kind === 'dict' && !src.entries && !src.instanceDict && src !== this.it.moduleDict ? attrDictPairs(this, src, { line: 0, col: 0 }) : undefined;
    if (src.kind === 'dict' && src.entries) {
      noteInstanceDictUpdate(this, d);
      // (dict_merge into an empty dict clones the source's table, and its tracking with it:
      // `dict(d)`, `{**d}`, `{}.update(d)` of a tracked dict are tracked, measured 3.11-3.13)
      const clone = d.kind === 'dict' && d.type === 'dict' && !d.fuzzy && d.entries?.size === 0 && !d.instanceDict;
      for (const e of [...src.entries.values()]) this.dictSet(d, this.it.heap.incref(e.key)!, this.it.heap.incref(e.value)!);
      if (clone) copyTracking(src, d);
    } else if (src.weakContainer && src.type !== 'WeakSet' && src.weakEntries && !src.fuzzy) {
      // A WeakValueDictionary / WeakKeyDictionary is a mapping: keys() (the live entries' keys, a
      // WeakKeyDictionary's referents) and src[key] (the live value): d holds both strongly; the
      // container's own weak references are not touched.
      for (const e of liveEntries(src)) this.dictSet(d, this.it.heap.incref(e.key)!, this.it.heap.incref(e.value)!);
    } else if (namespace) {
      // `dict(vars(Cls))`
      for (const [k, v] of namespace) this.dictSet(d, this.attrKeyStr(k, { line: 0, col: 0 }), this.it.heap.incref(v)!);
    } else if ((src.kind === 'instance' || (src.kind === 'dict' && (src.instanceDict || src === this.it.moduleDict))) && src.attrs) {
      // An instance, or its materialised __dict__ (which shares the instance's attribute map), or globals().
      for (const [k, v] of src.attrs) this.dictSet(d, this.attrKeyStr(k, { line: 0, col: 0 }), this.it.heap.incref(v)!);
    } else {
      // A ChainMap's merged view (chainMap.ts); any other mapping is not read: d's content is open.
      const merged = isChainMap(src) ? chainToDict(this, this.it, src, { line: 0, col: 0 }) : undefined;
      if (merged) {
        this.dictUpdate(d, merged);
        this.it.heap.decref(merged);
        return;
      }
      this.it.heap.escape(src);
      this.fuzzContent(d);
    }
  }

  /** The (str key, value) pairs of a mapping, borrowed. */
  dictItems(src: PyObj): [string, PyObj][] {
    // (`f(**proxy)` reads the proxied dict)
    if (isMappingProxy(src)) src = proxiedDict(src) ?? src;
    // (`f(**vars(obj))`: an instance's __dict__ gives its attributes, a plain class's its namespace, attrDictIter.ts)
    const pairs = attrDictPairs(this, src, { line: 0, col: 0 });
    if (pairs) return pairs;
    if (src.kind !== 'dict' || !src.entries) { this.it.heap.escape(src); return []; }
    return [...src.entries.values()].map((e) => [String(e.key.value ?? `?${e.key.id}`), e.value]);
  }

  setAdd(s: PyObj, v: PyObj): void {
    const key = this.hashKey(v);
    if (s.entries!.has(key)) { this.it.heap.decref(v); return; }
    // (as dictSet: a member of unknown value may equal one the hash keys tell apart, and then the
    // set keeps the member it has and drops this one; which, not known)
    const vUnknown = this.keyUnknown(v);
    if (vUnknown || s.fuzzy) {
      const peers = [...s.entries!.values()].filter((e) => e.key !== v && (vUnknown || this.keyUnknown(e.key)) && keysMayBeEqual(e.key, v));
      if (peers.length) {
        for (const e of peers) this.it.heap.escape(e.key);
        this.it.heap.escape(v);
        this.fuzzContent(s);
      }
    }
    s.entries!.set(key, { key: v, value: v });
    this.noteStore(s, v);
    if (this.keyUnknown(v)) this.fuzzContent(s);
  }

  // ---- truth and operators (operators.ts) ----

  truthy(o: PyObj): boolean | undefined {
    // (`if not seen:` in a round of a walk in an unknown order: walkCoupling.ts)
    if (this.it.walkDepth) noteCoupledRead(activeWalks(this.it), o);
    return ops.truthy(this, o);
  }
  num(o: PyObj): number | bigint | undefined { return ops.num(this, o); }
  // (a list of unknown order read by position, iterated, compared or joined: settleOrder)
  binop(op: string, l: PyObj, r: PyObj, frame: Frame, inplace: boolean, pos: Pos): G<PyObj> { settleOrder(this, l); settleOrder(this, r); return ops.binop(this, op, l, r, frame, inplace, pos); }
  unary(op: string, v: PyObj, frame: Frame, pos: Pos): PyObj { return ops.unary(this, op, v, frame, pos); }
  compare(op: string, l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<PyObj> {
    if (op !== 'is' && op !== 'is not') { settleOrder(this, l); settleOrder(this, r); }
    if (this.it.walkDepth && (op === 'in' || op === 'not in')) noteCoupledRead(activeWalks(this.it), r);
    return ops.compare(this, op, l, r, frame, pos);
  }

  // ---- iteration and generators (iteration.ts) ----

  *getIter(o: PyObj, frame: Frame): G<PyObj> {
    // (a list of known items in an order not known, walked whole: its items are handed out as a
    // set's members are, setOrder.ts; anything else that depends on the order settles it)
    if (o.kind === 'list' && o.orderUnknown && o.items && !o.fuzzy) {
      const itr = yield* iter.getIter(this, o, frame);
      noteSetWalk(itr, o, o.items);
      return itr;
    }
    settleOrder(this, o);
    return yield* iter.getIter(this, o, frame);
  }
  iterNext(itr: PyObj, frame: Frame): G<PyObj | undefined> { return iter.iterNext(this, itr, frame); }
  iterateAll(src: PyObj, frame: Frame, hint = false, keepOnError?: (items: PyObj[]) => void): G<PyObj[]> { settleOrder(this, src); return iter.iterateAll(this, src, frame, hint, keepOnError); }
  /** A collections.abc mixin called by a type slot (abcMixins.ts; through here, so that operators.ts loads no interpreter module). */
  abcMixinFromSlot(self: PyObj, name: string, args: PyObj[], frame: Frame, pos: Pos): G<PyObj | undefined> { return callAbcMixinFromSlot(this, self, name, args, frame, pos); }
  unpack(value: PyObj, targets: Expr[], frame: Frame): G<PyObj[]> { settleOrder(this, value); settleSetUnpack(this, value); return iter.unpack(this, value, targets, frame); }
  newGenerator(func: PyObj, frame: Frame, site: CallSite): PyObj { return iter.newGenerator(this, func, frame, site); }
  *resume(g: PyObj, sent: PyObj | undefined, frame: Frame): G<{ done: boolean; value: PyObj }> { return yield* iter.resume(this, g, sent, frame); }
  closeGenerator(g: PyObj, frame: Frame, explicit = false): PyObj | undefined { return iter.closeGenerator(this, g, frame, explicit); }
  throwInto(g: PyObj, exc: PyObj, frame: Frame): G<{ done: boolean; value: PyObj }> { return iter.throwInto(this, g, exc, frame); }


  // ---- exceptions ----

  /**
   * An exception C code raises with a message (PyErr_Format): its args are a
   * one-tuple holding a new str, which a kept exception keeps alive too.
   */
  cError(name: string, pos: Pos): PyObj {
    return this.newException(name, [this.newStr(undefined, pos)], pos);
  }

  newException(name: string, args: PyObj[], pos: Pos): PyObj {
    const cls = this.types.get(name) ?? this.types.get('Exception')!;
    return this.makeException(cls, args, pos, [], 'internal');
  }

  /** BaseExceptionGroup or ExceptionGroup, or a subclass (the model keeps ExceptionGroup under Exception only). */
  isGroupClass(cls: PyObj | undefined): boolean {
    return !!cls && (this.isSubclass(cls, this.types.get('BaseExceptionGroup')!) || this.isSubclass(cls, this.types.get('ExceptionGroup')!));
  }

  /**
   * A new exception holding `args` (owned) as its args tuple; `init`: whether its class's C init
   * runs now on them (a class call without an __init__ of the program's; 'internal': raised by C
   * code, which sets NameError's / AttributeError's name itself).
   */
  makeException(cls: PyObj, args: PyObj[], pos: Pos, kwargs: [string, PyObj][] = [], init: boolean | 'internal' = true): PyObj {
    const h = this.it.heap;
    const e = h.alloc('exception', cls.builtinName ?? cls.classIR?.name ?? 'Exception', h.site(pos.line, pos.col, 'exception', `${cls.builtinName ?? cls.classIR?.name}(…)`));
    e.cls = cls.external ? undefined : h.incref(cls);
    e.excClass = cls;
    e.tracked = true;
    e.excArgs = args.length ? this.newSeq('tuple', args, pos) : h.incref(this.emptyTuple);
    // BaseExceptionGroup.__new__ keeps the exceptions as a tuple too (a tuple given is that tuple).
    const excs = args[1];
    if (this.isGroupClass(cls) && (excs?.kind === 'list' || excs?.kind === 'tuple') && excs.items && !excs.fuzzy) {
      e.egExcs = excs.kind === 'tuple' && !excs.cls ? h.incref(excs) : this.newSeq('tuple', excs.items.map((x) => h.incref(x)!), pos);
    }
    // The C members its init keeps beside args (StopIteration's value, OSError's filename, …).
    if (init) runMemberInit(this, e, args, kwargs, pos, init === 'internal');
    return e;
  }

  isSubclass(cls: PyObj | undefined, base: PyObj): boolean {
    if (!cls) return false;
    if (cls === base) return true;
    return (cls.bases ?? []).some((b) => this.isSubclass(b, base));
  }

  /**
   * Whether class `c` is a subclass of one of `types`, when the model can tell: not when a base is
   * unknown, nor when an ABC (register, __subclasshook__) or a foreign metaclass could answer otherwise.
   */
  knownSubclass(c: PyObj, types: PyObj[]): boolean | undefined {
    if (types.some((t) => t.kind === 'class' && (t.builtinName === 'object' || this.isSubclass(c, t)))) return true;
    return c.unknownBase || c.foreignMeta || !types.every(mroDecides) ? undefined : false;
  }

  classOf(o: PyObj): PyObj | undefined {
    // (`object()` itself: an instance of the builtin class, which the model does not hold as its cls)
    if (o.kind === 'instance') return o.cls ?? (o.type === 'object' ? this.types.get('object') : undefined);
    // (a class made by a plain metaclass of the program: that metaclass, metaclasses.ts)
    if (o.kind === 'class' && o.plainMeta) return o.foreignMeta;
    // (an enum member: an instance of its class, modelled as an unknown object holding it)
    if (o.kind === 'unknown' && o.cls?.enumKind && o.attrs?.has('_name_')) return o.cls;
    if (o.kind === 'exception') return o.cls ?? o.excClass;
    // (a tuple of a class: a namedtuple's, or a tuple subclass's instance, tupleSubclass.ts)
    if (o.kind === 'tuple' && o.cls?.kind === 'class') return o.cls;
    const name = o.kind === 'none' ? undefined : o.kind === 'iterator' ? undefined : o.kind === 'bytes' ? o.type : o.kind;
    return name ? this.types.get(name) : undefined;
  }

  // ---- classes and instances ----

  /** `slotNamesRead`: the names finishClass read from a `__slots__` of another kind (null: not known). */
  newClass(cls: ClassIR, bases: PyObj[], ns: Map<string, PyObj>, pos: Pos, slotNamesRead?: string[] | null): PyObj {
    const h = this.it.heap;
    const k = h.alloc('class', 'type', h.site(pos.line, pos.col, 'type', `class ${cls.name}`));
    k.classIR = cls;
    // `class P(Protocol)`: a protocol (its other bases must be protocols, or are not known).
    k.protocolClass = bases.some(isTypingProtocol);
    k.protocolOpen = k.protocolClass && bases.some((b) => b.kind !== 'class' && !isTypingProtocol(b));
    // `class P(TypedDict)` / `class Q(P)`: typing allows only TypedDict classes (and Generic) as bases;
    // with any other base the class stays one of unknown behaviour.
    k.typedDict = bases.length > 0 && bases.every((b) => isTypingTypedDict(b) || (b.kind === 'class' && b.typedDict));
    k.tracked = true;
    k.attrs = ns.size ? new Map(ns) : new Map();
    // collections.OrderedDict as a base: the C type (a dict subclass) whose instances the model builds (builtinBaseOf).
    bases = bases.map((b) => this.odictAsClass(b));
    const realBases = bases.filter((b) => b.kind === 'class');
    for (const b of bases) if (b.kind !== 'class') { h.escape(b); h.decref(b); }
    // weakref.ref as the one base (or one class deriving from it): instances are weak references
    // (weakrefSubclass.ts), laid out as over object. Any other mix with it stays an unknown base.
    const weakBases = bases.filter((b) => isWeakrefBase(b) || isWeakrefClass(b));
    const weakShape = weakBases.length === 1 && bases.length === 1;
    if (weakShape) k.weakrefBase = true;
    k.partialBase = bases.some((b) => (b.kind === 'class' ? !!b.partialBase : b.builtinName === 'functools.partial'));
    k.unknownBase = bases.some((b) => (b.kind !== 'class' && !(weakShape && isWeakrefBase(b))) || b.unknownBase) || (weakBases.length > 0 && !weakShape);
    // (threading.Thread as the one base, or a class deriving from it so: threadSubclass.ts)
    noteThreadClass(k, bases);
    k.typingGeneric = bases.some((b) => b.moduleName === 'typing.Generic[]' || b.typingGeneric);
    k.inertUnknownBases = k.unknownBase && bases.every((b) => (b.kind === 'class' ? !b.unknownBase || b.inertUnknownBases : isInertLibraryBase(b)));
    // (collections.abc bases whose mixin methods the model runs: abcMixins.ts)
    if (k.inertUnknownBases) k.abcBases = abcBaseNames(bases, inertAbcName);
    k.bases = realBases.length ? realBases : [this.types.get('object')!];
    // __bases__ owns the base references; __base__ (the solid base) one more; __mro__ one per class.
    // A class with no bases still has __bases__ == (object,): a fresh, tracked tuple.
    k.basesTuple = this.newSeq('tuple', realBases.length ? realBases : [this.types.get('object')!], pos);
    const solid = realBases[0];
    if (solid) k.solidBase = h.incref(solid);
    const mro = c3Mro(k) ?? depthFirstMro(k);
    k.mroTuple = this.newSeq('tuple', mro.map((c) => h.incref(c)!), pos);
    const slotsObj = ns.get('__slots__');
    const dictObj = h.alloc('dict', 'dict', h.site(pos.line, pos.col, 'dict', `${cls.name}.__dict__`));
    dictObj.attrs = k.attrs;
    k.dictObj = dictObj;
    const descriptors: PyObj[] = [];
    // Instances of a builtin exception (BaseException's dict slot) or an OrderedDict already have a
    // __dict__, an OrderedDict's a weakref slot too: a subclass adds only the descriptors missing.
    // Only enum's classes as bases (not real bases here): Python classes whose instances have both.
    const enumOnly = !realBases.length && bases.some(isEnumModuleBase);
    // (type's instances, classes, have both too: a metaclass gets neither descriptor, measured 3.11-3.13)
    const baseHasDict = enumOnly || realBases.some((b) => (b.external ? b.isException || b.builtinName === 'OrderedDict' || b.builtinName === JSON_ENCODER || b.builtinName === 'type' : (b.hasInstanceDict ?? true)));
    // (a user class without __slots__ has both; with __slots__, only what it names or a base has)
    const hasWeakref = (b: PyObj): boolean => (b.external ? b.builtinName === 'OrderedDict' || b.builtinName === JSON_ENCODER || b.builtinName === 'type' : !b.slotNames || b.slotNames.includes('__weakref__') || (b.bases ?? []).some(hasWeakref));
    // Instances of a variable-sized layout (int, tuple, bytes: tp_itemsize) cannot get a weak
    // reference slot: type_new adds no __weakref__ descriptor (measured 3.11-3.13).
    const varSized = (b: PyObj): boolean => (b.external ? VAR_SIZED.has(b.builtinName ?? '') : (b.bases ?? []).some(varSized));
    const baseHasWeakref = enumOnly || realBases.some(hasWeakref) || realBases.some(varSized);
    // (slots the model could not read: a layout as unknown as a base it does not know)
    if (slotNamesRead === null) { k.unknownBase = true; k.hasInstanceDict = true; } else if (slotsObj) {
      const names = slotNamesRead ?? (slotsObj.items ? slotsObj.items.map((x) => String(x.value)) : slotsObj.kind === 'str' ? [String(slotsObj.value)] : []);
      k.slotNames = names;
      k.hasInstanceDict = baseHasDict || names.includes('__dict__');
      for (const n of names) if (n !== '__dict__' && n !== '__weakref__') descriptors.push(this.descriptor(k, n, pos));
      // Naming __dict__ / __weakref__ in __slots__ adds their getset descriptors (each holds the class), where no base has them.
      if (names.includes('__dict__') && !baseHasDict) descriptors.push(this.descriptor(k, '__dict__', pos));
      if (names.includes('__weakref__') && !baseHasWeakref) descriptors.push(this.descriptor(k, '__weakref__', pos));
    } else {
      k.hasInstanceDict = true;
      if (!baseHasDict) descriptors.push(this.descriptor(k, '__dict__', pos));
      if (!baseHasWeakref) descriptors.push(this.descriptor(k, '__weakref__', pos));
    }
    // type_new wraps a plain function defined as __init_subclass__ or __class_getitem__ in a
    // classmethod, and __new__ in a staticmethod (PyClassMethod_New / PyStaticMethod_New: tracked,
    // no __dict__ of their own, measured 3.11-3.13). The model keeps the function in the class's
    // attributes; the wrapper is a hidden object of the dict that holds nothing (the function's
    // count is the same: one reference, the wrapper's), found with the class by a collection.
    for (const name of IMPLICIT_WRAPPED) {
      if (k.attrs.get(name)?.kind !== 'function') continue;
      const kind = name === '__new__' ? 'staticmethod' : 'classmethod';
      const w = h.alloc(kind, kind, h.site(pos.line, pos.col, kind, `${cls.name}.${name} ${kind}`));
      w.tracked = true;
      descriptors.push(w);
    }
    dictObj.descriptors = descriptors;
    // A base the model does not know decides which descriptors (and so self-references) the class gets.
    if (k.unknownBase) this.fuzz(k);
    // Inert library bases (libraryBases.ts) hold no reference to the class and give it no descriptor
    // of theirs: its count is a plain class's (measured 3.11-3.13), though what they add stays unknown.
    if (k.inertUnknownBases) k.countKnown = true;
    // Like any dict, the class __dict__ is tracked only once it holds something the
    // collector could track (methods, descriptors, containers): `class B(A): pass` is not.
    dictObj.tracked = descriptors.length > 0 || [...k.attrs.values()].some((v) => this.mayBeTracked(v));
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
    this.descriptorNames.set(d, name);
    return d;
  }

  /** The attribute name a slot / __dict__ / __weakref__ descriptor of a class of the program serves (undefined: another object). */
  slotDescriptorName(d: PyObj): string | undefined {
    return this.descriptorNames.get(d);
  }

  /** The attribute name each slot / __dict__ / __weakref__ descriptor of a class of the program serves. */
  private readonly descriptorNames = new WeakMap<PyObj, string>();

  /** `Cls.name` for a name only a descriptor of `__slots__` (or __dict__ / __weakref__) provides: that descriptor, in MRO order. */
  private slotDescriptor(cls: PyObj, name: string): PyObj | undefined {
    for (const c of cls.mroTuple?.items ?? [cls]) {
      if (c.attrs?.has(name)) return undefined;
      const d = c.dictObj?.descriptors?.find((x) => this.descriptorNames.get(x) === name);
      if (d) return d;
    }
    return undefined;
  }

  /** The Field of dataclass field `name`: in `fields` (the class's __dataclass_fields__), else the nearest base's. */
  private dataclassField(cls: PyObj, name: string, fields: PyObj | undefined): PyObj | undefined {
    for (const d of [fields, ...(cls.mroTuple?.items ?? []).map((c) => c.attrs?.get('__dataclass_fields__'))]) {
      const f = d?.kind === 'dict' ? this.dictGetStr(d, name) : undefined;
      if (f) return f;
    }
    return undefined;
  }

  /** True when `name` is defined by the class itself or a base that is not a dataclass-generated one. */
  definedIn(cls: PyObj, name: string): boolean {
    return (cls.mroTuple?.items ?? [cls]).some((c) => c.attrs?.get(name)?.kind === 'function');
  }

  /**
   * str(x) / repr(x) as CPython computes them for printing and formatting: a
   * Python __str__ (falling back to __repr__) or __repr__ of x's class runs,
   * with its own references; a container's repr runs its items' (containerRepr.ts); anything
   * else gives a new string.
   */
  *textOf(x: PyObj, kind: 'str' | 'repr', frame: Frame, site: CallSite, extra = 0): G<PyObj> {
    settleOrder(this, x);
    // (an object the model knows nothing of: its __str__ / __repr__ / __format__ may raise — an
    // f-string's `{x:>3}` of an object without its own __format__ is a TypeError — an `except` after
    // it runs)
    if (opaqueValue(x)) this.it.noteMayRaise();
    // str() of a plain enum member whose class and bases define no __str__ of the program's:
    // enum.py's Enum.__str__ (Flag's too) formats the class name and the member name into a new
    // str and keeps nothing (3.11-3.13); taking it for an unknown object escaped the member and,
    // through it, its class.
    if (kind === 'str' && plainEnumMemberText(this, x)) return this.newStr(undefined, site);
    // (a namedtuple's class may be a class statement's defining __repr__ / __str__)
    const cls = x.kind === 'instance' || x.kind === 'exception' || x.kind === 'tuple' ? x.cls : undefined;
    // (a @dataclass-generated __repr__ comes before any a base defines: containerRepr.ts)
    const ownRepr = (): PyObj | undefined => (dataclassReprOwner(cls) ? undefined : this.lookupClassAttr(cls, '__repr__'));
    const m = cls ? (kind === 'str' ? this.lookupClassAttr(cls, '__str__') ?? ownRepr() : ownRepr()) : undefined;
    const container = !(m && m.kind === 'function') && (x.kind !== 'str' || kind === 'repr');
    if ((m && m.kind === 'function') || container) {
      // `extra`: references the calling path holds meanwhile (measured: print(), str(),
      // format() and f-strings reach __str__ with one more than '%s' % x and repr() do).
      for (let i = 0; i < extra; i++) this.it.heap.incref(x);
      try {
        if (m && m.kind === 'function') return this.checkedText(yield* this.it.callFromC(m, [x], frame, site), kind, frame, site);
        // A container's repr runs each item's (a dataclass's generated one each field's).
        if (yield* runContainerRepr(this, x, frame, site)) return this.newStr(undefined, site);
      } finally {
        for (let i = 0; i < extra; i++) this.it.heap.decref(x);
      }
    }
    if (kind === 'str' && x.kind === 'str') return this.it.heap.incref(x)!;
    // (print, f-strings and format() of a pathlib path: its cached `_str`; repr: a new str made
    // from `as_posix()`, which caches `_str` too: pathlibModel.ts)
    if (isPurePath(x)) {
      const s = pathStr(this, x, site);
      if (kind === 'str') return s;
      this.it.heap.decref(s);
      return this.newStr(undefined, site);
    }
    // str(exc) of a builtin exception with one argument is str(args[0]): a str argument itself
    // (KeyError's is repr(args[0]): KeyError_str).
    if (kind === 'str' && x.kind === 'exception' && !m && x.excArgs?.items?.length === 1) {
      return yield* this.textOf(x.excArgs.items[0], this.isSubclass(this.classOf(x), this.types.get('KeyError')!) ? 'repr' : 'str', frame, site);
    }
    // True, False and None answer with static strings; an int's or a float's text is a new
    // str even of one character (long_to_decimal_string does not use the Latin-1 cache).
    if (x.kind === 'bool' && x.type === 'bool' && typeof x.value === 'boolean') return this.newStrImmortal(x.value ? 'True' : 'False');
    // (None's text is a new str each time on 3.11-3.13: none_repr's PyUnicode_FromString, measured)
    if (x.kind === 'none') return this.newStrFresh('None', site);
    // (an object the model does not know may be an exact str, which str() gives back itself, or
    // one whose __str__ hands out a str it keeps: the text's count is open)
    if (kind === 'str' && x.kind === 'unknown') return this.maybeSame(x, site);
    const f = this.formattable(x);
    const text = f?.t === 'int' ? f.v.toString() : f?.t === 'float' ? floatRepr(f.v)
      : f?.t === 'str' && kind === 'repr' && /^[\x20-\x7e\n\t]*$/.test(f.v) ? pyStrRepr(f.v) : undefined;
    return text === undefined ? this.newStr(undefined, site) : this.newStrFresh(text, site);
  }

  /**
   * A __str__ / __repr__ result as PyObject_Str / PyObject_Repr take it: a str (or str subclass)
   * passes; anything else is "__str__ returned non-string" (TypeError), the result released.
   */
  private checkedText(r: PyObj, kind: 'str' | 'repr', frame: Frame, site: CallSite): PyObj {
    if (r.kind === 'unknown') this.it.noteMayRaise();
    // (an instance of classes that are all the program's: not a str subclass)
    const plain = r.kind === 'instance' && !r.basePayload && programMro(r.cls);
    if (!NOT_TEXT.has(r.kind) && !plain) return r;
    this.it.heap.decref(r);
    throw this.it.raiseObj(typeError(this, `__${kind}__ returned non-string (type ${r.type})`, site), frame, true);
  }

  /** An exact str, int, bool or float whose value is known, as format() reads it (formatSpec.ts). */
  formattable(x: PyObj): Formattable | undefined {
    if (x.kind === 'str' && x.type === 'str' && typeof x.value === 'string') return { t: 'str', v: x.value };
    if (x.kind === 'int' && x.type === 'int' && typeof x.value === 'bigint') return { t: 'int', v: x.value };
    if (x.kind === 'bool' && typeof x.value === 'boolean') return { t: 'bool', v: x.value };
    if (x.kind === 'float' && x.type === 'float' && typeof x.value === 'number') return { t: 'float', v: x.value };
    return undefined;
  }

  /**
   * What joining `pieces` (owned by the caller, `value` their text when known) makes, as
   * re.sub's join_list and string.Template's ''.join do: '' for none, the piece itself when
   * it is the one exact str, else a new str (never a cached one-character object).
   */
  joinedStr(pieces: PyObj[], value: string | undefined, pos: Pos): PyObj {
    if (pieces.length === 0) return this.newStr('', pos);
    if (pieces.length === 1 && pieces[0].kind === 'str' && pieces[0].type === 'str') return this.it.heap.incref(pieces[0])!;
    return value === undefined ? this.newStr(undefined, pos) : this.newStrFresh(value, pos);
  }

  /** A new str object with known text, never the cached one-character object ('' is still the empty singleton). */
  newStrFresh(v: string, pos: Pos): PyObj {
    if (v === '') return this.newStrImmortal('');
    const o = this.it.heap.alloc('str', 'str', this.it.heap.site(pos.line, pos.col, 'str', pyStrRepr(v.slice(0, 20))));
    o.value = v;
    return o;
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

  /** collections.OrderedDict as a class (a base of the program's classes): external, its one base dict. */
  orderedDictClass(): PyObj {
    let c = this.objectBased.get('OrderedDict');
    if (!c) {
      c = this.builtinClass('OrderedDict');
      c.bases = [this.types.get('dict')!];
      this.objectBased.set('OrderedDict', c);
    }
    return c;
  }

  /** `t` itself, or the OrderedDict class when `t` is the builtin standing for collections.OrderedDict. */
  odictAsClass(t: PyObj): PyObj {
    return t.kind === 'builtin' && t.builtinName === ODICT_FUNC ? this.orderedDictClass() : t;
  }

  /** Library classes whose one base is object, each made on first use (objectBasedClass), by name. */
  private objectBased = new Map<string, PyObj>();

  /** A library class whose one base is object, made (and `init` run on it) on first use. */
  private objectBasedClass(name: string, init?: (c: PyObj) => void): PyObj {
    let c = this.objectBased.get(name);
    if (!c) {
      c = this.builtinClass(name);
      c.bases = [this.types.get('object')!];
      init?.(c);
      this.objectBased.set(name, c);
    }
    return c;
  }

  /**
   * json.JSONEncoder: a Python class of the library (its instances have a __dict__ and weak
   * references); dumps makes its instances itself (jsonModule.ts), `default` is followed for
   * a subclass (`super().default(o)` raises TypeError), the rest of it is not.
   */
  jsonEncoderBase(): PyObj {
    return this.objectBasedClass(JSON_ENCODER);
  }

  /**
   * Whether `obj` is a threading.local read or written by a thread the model runs in place
   * (Thread.start): that thread has a dict of its own, which the model does not build, so the
   * local escapes (threadLocal.ts).
   */
  private otherThreadsLocal(obj: PyObj): boolean {
    if (!this.it.runningThreads.length || !isThreadLocal(obj)) return false;
    this.it.heap.escape(obj);
    return true;
  }

  /** threading.local: a builtin class whose calls and instances threadLocal.ts follows. */
  threadLocalClass(): PyObj {
    return this.objectBasedClass(THREAD_LOCAL);
  }

  /** types.SimpleNamespace: a builtin class whose calls simpleNamespace.ts follows. */
  simpleNamespaceClass(): PyObj {
    return this.objectBasedClass(SIMPLE_NAMESPACE);
  }

  /**
   * abc.ABC: a plain base for the instances (object's layout, no __init__); its
   * subclasses get ABCMeta's extra class attributes, which interpreter.ts leaves uncounted.
   */
  abcBase(): PyObj {
    return this.objectBasedClass('ABC', (c) => { c.isAbc = true; });
  }

  /**
   * An exception class that a library module defines with a class statement: a heap class of
   * that module, its count not followed, made once per analysis (the same object each time the
   * program names it, as `module.Name` is). `base` decides which `except` clauses catch it.
   */
  moduleExceptionClass(qualified: string, base: string): PyObj {
    let c = this.moduleExceptions.get(qualified);
    if (!c) {
      c = this.it.heap.external('class', 'type', `module:${qualified}`);
      c.builtinName = qualified.slice(qualified.lastIndexOf('.') + 1);
      c.attrs = new Map();
      c.bases = [this.types.get(base)!];
      c.isException = true;
      this.moduleExceptions.set(qualified, c);
    }
    return c;
  }
  private readonly moduleExceptions = new Map<string, PyObj>();

  /**
   * asyncio.CancelledError (asyncio/exceptions.py): a class of BaseException's, so `except Exception`
   * does not catch it.
   */
  cancelledErrorClass(): PyObj {
    return this.moduleExceptionClass('asyncio.CancelledError', 'BaseException');
  }

  /**
   * dataclasses.FrozenInstanceError, what a frozen dataclass's __setattr__ / __delattr__ raise:
   * a class statement of dataclasses.py (an AttributeError subclass), not AttributeError itself,
   * so `type(e)` is not the builtin and its __name__ is the class's own str, not a new one.
   */
  frozenInstanceErrorClass(): PyObj {
    return this.moduleExceptionClass('dataclasses.FrozenInstanceError', 'AttributeError');
  }

  /**
   * The FrozenInstanceError a frozen dataclass's generated __setattr__ (value given) / __delattr__
   * raises. That method is Python code (dataclasses.py's _frozen_get_del_attr), so the exception's
   * traceback gets an entry for its frame, whose frame object keeps `self`, `name` (and `value`)
   * for as long as the exception lives (`except AttributeError as e: saved = e`). The frame is a
   * stand-in, torn down at once as a returning frame is: its frame object, held by the traceback,
   * takes the variables over. Takes the caller's reference to `value`.
   */
  frozenInstanceRaise(obj: PyObj, name: string, value: PyObj | undefined, frame: Frame): PyException {
    const h = this.it.heap;
    const pos = { line: frame.line, col: 0 };
    const standIn = new Frame(frame.code, value ? '__setattr__' : '__delattr__', frame.globals, 'function', frame);
    standIn.line = frame.line;
    standIn.locals.set('self', h.incref(obj)!);
    standIn.locals.set('name', this.newStrImmortal(name));
    if (value) standIn.locals.set('value', value);
    const exc = this.makeException(this.frozenInstanceErrorClass(), [this.newStr(undefined, pos)], pos, [], 'internal');
    this.it.addTraceback(exc, standIn);
    this.it.teardown(standIn);
    return this.it.raiseObj(exc, frame, true);
  }

  /** A store or deletion of `name` on class `cls` frees what namedtuple() / @dataclass made there: its garbage count is open from then on. */
  private generatedPartReplaced(cls: PyObj, name: string): void {
    namedPartReplaced(cls, name);
    dataclassPartReplaced(cls, name);
  }

  /** A namedtuple class (a tuple subclass): it refers to itself through __mro__, like a class statement's. */
  newNamedTupleClass(typeName: string, fields: string[], pos: Pos): PyObj {
    const h = this.it.heap;
    const c = h.alloc('class', 'type', h.site(pos.line, pos.col, 'type', `namedtuple ${typeName}`));
    c.builtinName = typeName;
    c.namedFields = fields;
    c.attrs = new Map();
    c.tracked = true;
    c.bases = [this.types.get('tuple')!];
    c.mroTuple = this.newSeq('tuple', [h.incref(c)!], pos);
    // namedtuple() interns the field names into one tuple: `_fields` (and __match_args__).
    if (fields.length) {
      c.namedFieldsTuple = this.newSeq('tuple', fields.map((f) => this.newStrImmortal(f)), pos);
      // (three references: `_fields`, `__match_args__`, the cell; refsOf)
      h.incref(c.namedFieldsTuple);
      h.incref(c.namedFieldsTuple);
    }
    return c;
  }

  /** ABCMeta's __abstractmethods__ (_abc_init): the names the MRO marks abstract that still resolve to an abstract method. */
  abstractNames(cls: PyObj): string[] {
    const abstract = (v: PyObj | undefined): boolean => !!v && (v.isAbstract
      || ((v.kind === 'property' || v.kind === 'staticmethod' || v.kind === 'classmethod') && !!v.wrapped?.some((w) => w.isAbstract)));
    const names = new Set<string>();
    for (const c of cls.mroTuple?.items ?? [cls]) {
      for (const [name, v] of c.attrs ?? []) if (abstract(v) && abstract(this.lookupClassAttr(cls, name))) names.add(name);
    }
    return [...names];
  }

  /**
   * A Python method `fn` that tp_call reaches when `callee` is called (type_call's
   * __init__, slot_tp_call's __call__), with the caller's `args` and `kwargs`
   * (borrowed). While it runs, the call holds the argument tuple and keyword dict,
   * and with keywords _PyObject_Call_Prepend's unpacked copy of them. Through
   * CALL_FUNCTION_EX (`Cls(x, **kw)`) the caller's references already are that
   * tuple and dict, and the items of a tuple constant or of the caller's own tuple
   * have no caller reference at all.
   */
  *callThroughTpCall(callee: PyObj, fn: PyObj, self: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
    const h = this.it.heap;
    const one = [...args, ...kwargs.map(([, v]) => v)];
    const ex = site.exCallee === callee;
    const held = ex ? (kwargs.length ? one : []) : kwargs.length ? [...one, ...one] : one;
    // With keywords, _PyObject_Call_Prepend's unpacked copy (_PyStack_UnpackDict) holds self too.
    if (kwargs.length) held.push(self);
    // (the references callFromC took for a C caller stand for none: see CallSite.fromC)
    const borrowed = (ex && site.constPos) || site.fromC ? args : [];
    // (the slot's lookup_method holds the method it found while calling it)
    held.push(fn);
    for (const a of held) h.incref(a);
    for (const a of borrowed) h.decref(a);
    try {
      return yield* this.it.callFromC(fn, [self, ...args], frame, site, kwargs);
    } finally {
      for (const a of borrowed) h.incref(a);
      for (const a of held) h.decref(a);
    }
  }

  /**
   * The body of the __init__ @dataclass generated for `owner` (whose fields `entries` are), run on
   * `inst`: each field from the arguments (borrowed), its default or its default factory (a field
   * with init=False only from its factory: otherwise the class attribute stands for it); an
   * InitVar's argument only goes on to __post_init__ (looked up on type(inst)), during which
   * `held` is held. `params` gets the frame's parameters (passed arguments, else the defaults).
   */
  *dataclassInitBody(owner: PyObj, entries: DataclassInitEntry[], inst: PyObj, args: PyObj[], kwargs: [string, PyObj][], held: PyObj[], params: PyObj[], frame: Frame, site: CallSite): G<void> {
    const h = this.it.heap;
    const kw = new Map(kwargs);
    const fieldObjs = this.lookupClassAttr(owner, '__dataclass_fields__');
    const initVars: PyObj[] = [];
    const ownedInitVars: PyObj[] = [];
    try {
      let nextPos = 0;
      for (const e of entries) {
        const name = e.name;
        // (a field's default is its Field's: a slots=True class has none in its dict; a base's
        // field is in the base's __dataclass_fields__ in the model)
        const spec = this.dataclassField(owner, name, fieldObjs);
        const factory = spec?.attrs?.get('default_factory');
        const passed = !e.init ? undefined : !e.kwOnly && nextPos < args.length ? args[nextPos] : kw.get(name);
        const given = passed ?? (e.init ? this.lookupClassAttr(owner, name) ?? spec?.attrs?.get('default') : undefined);
        if (e.init && !e.kwOnly) nextPos++;
        // (a factory field's parameter defaults to dataclasses' sentinel, nothing of the program's)
        const param = passed ?? (e.init && !factory ? given : undefined);
        if (param) params.push(param);
        if (!e.init && !factory) continue;
        if (e.initVar && passed) {
          // (__init__'s own parameter: the references `held` counts)
          initVars.push(passed);
          continue;
        }
        let v: PyObj;
        if (given) v = h.incref(given)!;
        else v = factory ? yield* this.it.callObject(factory, [], [], frame, site) : this.unknown(site.line, site.col);
        if (e.initVar) initVars.push(v), ownedInitVars.push(v);
        else h.decref(this.putAttr(inst, this.attrStore(inst, name) ?? (inst.attrs ??= new Map()), name, v, site));
      }
      const post = this.lookupClassAttr(inst.cls, '__post_init__');
      if (post && post.kind === 'function') {
        for (const x of held) h.incref(x);
        try {
          h.decref(yield* this.it.callFromC(post, [inst, ...initVars], frame, site));
        } finally {
          for (const x of held) h.decref(x);
        }
      }
    } finally {
      for (const v of ownedInitVars) h.decref(v);
    }
  }

  /** Calling a class: allocate, then __init__ through type.__call__ (a C call: arguments borrowed). */
  *instantiate(cls: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
    const h = this.it.heap;
    const release = (): void => { for (const a of args) h.decref(a); for (const [, v] of kwargs) h.decref(v); };
    if (cls.typedDict) {
      // _TypedDictMeta sets `__call__ = dict` (a type, so not bound to the class): `Cls(...)` is
      // `dict(...)`, a plain dict (not an instance of Cls) holding one reference per value; the
      // argument tuple and kwargs dict slot_tp_call builds are freed with the call.
      try {
        return yield* this.callBuiltinType(this.types.get('dict')!, args, kwargs, frame, site);
      } finally {
        release();
      }
    }
    if (cls.enumKind) {
      // State(value) looks a member up by value (_value2member_map_): the member itself. A Flag
      // combination, a value no known member has, or an open one: unknown here.
      const members = cls.enumMembers;
      const v = args.length === 1 && !kwargs.length ? args[0] : undefined;
      // (a tuple of known scalars too: equal tuples hash and compare equal)
      const scalar = v && (v.kind === 'int' || v.kind === 'float' || v.kind === 'str' || v.kind === 'bool') && v.value !== undefined;
      const tupleKey = v?.kind === 'tuple' && !v.cls && !v.fuzzy ? this.hashKey(v) : undefined;
      const key = scalar ? this.hashKey(v) : tupleKey && !tupleKey.includes('id:') ? tupleKey : undefined;
      const hit = members && key && !key.startsWith('id:') && members.every((m) => !m.fuzzy)
        ? members.find((m) => { const mv = m.attrs?.get('_value_'); return !!mv && mv.builtinName === undefined && this.hashKey(mv) === key; })
        : undefined;
      if (hit) { release(); return h.incref(hit)!; }
      // (a Flag: the member or cached pseudo-member of that int, enums.ts flagByValue)
      const flag = cls.enumFlag && v ? flagByValue(this, cls, v, site) : undefined;
      if (flag) release();
      if (flag === 'ValueError') throw this.it.raiseObj(this.cError('ValueError', site), frame, true);
      if (flag) return flag;
      // Every member's value known and none equal: _missing_ (Enum's own: None) leaves a ValueError.
      if (members && key && !key.startsWith('id:') && !cls.enumFlag && !this.lookupClassAttr(cls, '_missing_')
        && members.every((m) => { const mv = m.attrs?.get('_value_'); return !m.fuzzy && !!mv && mv.builtinName === undefined; })) {
        release();
        throw this.it.raiseObj(this.cError('ValueError', site), frame, true);
      }
      // The answer may be any member (or a new Flag combination).
      h.escape(cls);
      for (const a of [...args, ...kwargs.map(([, v]) => v)]) h.escape(a);
      release();
      return this.unknown(site.line, site.col);
    }
    if (cls.external && !cls.isException) {
      try {
        return yield* this.callBuiltinType(cls, args, kwargs, frame, site);
      } finally {
        release();
      }
    }
    // (a subclass of a namedtuple class without its own __new__ / __init__ runs the base's __new__: namedTupleClasses.ts)
    const nt = namedTupleClassOf(cls);
    // (a class with special methods of its own the model's tuple operations would not call,
    // `__eq__`, `__len__`, `__hash__` …: made as a class instance whose arguments escape, like a
    // slotted tuple subclass's, below, so that its methods run)
    const special = nt && namedSpecialMethods(cls, nt);
    if (special) for (const a of [...args, ...kwargs.map(([, v]) => v)]) h.escape(a);
    if (nt && !special && inheritsNamedNew(this, cls, nt)) {
      const kw = new Map(kwargs);
      const t = this.namedTuple(cls, nt.namedFields!.map((f, i) => h.incref(i < args.length ? args[i] : kw.get(f) ?? nt.namedDefaults?.get(f) ?? this.none)!), site);
      release();
      return t;
    }
    if (cls.isException) {
      // BaseException.__new__ keeps the call's own argument tuple as .args: the
      // call holds that tuple until __init__ returns, even if __init__ replaces .args.
      const init = cls.external ? undefined : this.lookupClassAttr(cls, '__init__');
      // OSError(errno, ...) may make an instance of the errno's subclass (an unknown errno: OSError kept).
      const k = groupNewClass(this, osErrorClass(this, cls, args) ?? cls, args);
      const inst = this.makeException(k, args.map((a) => h.incref(a)!), site, kwargs, init?.kind !== 'function');
      const callArgs = h.incref(inst.excArgs);
      // An OSError subclass with its own __init__: OSError_new leaves args empty for OSError_init.
      if (osErrorUsesInit(this, cls)) { h.decref(inst.excArgs); inst.excArgs = h.incref(this.emptyTuple); }
      try {
        if (init && init.kind === 'function') {
          const r = yield* this.it.callFromC(init, [inst, ...args], frame, site, kwargs);
          h.decref(r);
        }
      } finally {
        h.decref(callArgs);
        release();
      }
      return inst;
    }
    if (cls.abstractNames?.length) {
      // object.__new__ refuses a class whose __abstractmethods__ is not empty.
      release();
      throw this.it.raiseObj(this.cError('TypeError', site), frame, true);
    }
    const fields = (cls.mroTuple?.items ?? [cls]).find((c) => c.dataclassFields)?.dataclassFields;
    // A base the analysis does not model may keep the arguments (its __new__ or __init__: typing.NamedTuple's tuple;
    // JSONEncoder.__init__ stores its options in the instance).
    const libraryInit = !this.lookupClassAttr(cls, '__init__') && (cls.mroTuple?.items ?? []).some((c) => c.builtinName === JSON_ENCODER);
    // (Thread.__init__ keeps what the model follows: threadSubclass.ts)
    if ((cls.unknownBase && !cls.inertUnknownBases && !isThreadClass(cls)) || libraryInit) for (const a of [...args, ...kwargs.map(([, v]) => v)]) h.escape(a);
    // So may a builtin container base whose instances the model does not build (their __new__ /
    // __init__ keep the items; list and dict are built: basePayload).
    else if (!this.builtinBaseOf(cls) && !slotTupleClass(cls) && (cls.mroTuple?.items ?? []).some((c) => c.external && c.kind === 'class' && baseConstructor(c.builtinName) === 'keeps')) {
      for (const a of [...args, ...kwargs.map(([, v]) => v)]) h.escape(a);
    }
    // (a slotted tuple subclass without __new__ / __init__ of its own: tuple_subtype_new, tupleSubclass.ts)
    if (slotTupleClass(cls) && !this.lookupClassAttr(cls, '__new__')) {
      const t = args.length <= 1 && !kwargs.length ? newSlotTuple(this, cls, args[0], site) : undefined;
      // (an iterable whose items the model does not know: tuple_subtype_new keeps them, so they escape)
      if (!t) for (const a of [...args, ...kwargs.map(([, v]) => v)]) h.escape(a);
      release();
      return t ?? this.unknown(site.line, site.col);
    }
    // (a metaclass without a __new__ of its own: type.__new__ makes the class, metaclasses.ts)
    const newAttr = this.lookupClassAttr(cls, '__new__') ?? (isMetaclass(cls) ? this.boundBuiltin('type.__new__') : undefined);
    if (newAttr) {
      const newFn = newAttr.kind === 'staticmethod' ? newAttr.wrapped?.[0] : newAttr;
      if ((newFn?.kind !== 'function' && newFn?.builtinName !== 'type.__new__') || fields) {
        for (const a of args) h.escape(a);
        for (const [, v] of kwargs) h.escape(v);
        release();
        return this.unknown(site.line, site.col);
      }
      return yield* this.newThenInit(cls, newFn, args, kwargs, frame, site, release);
    }
    // object.__new__ refuses arguments when neither __init__ nor __new__ is overridden (argErrors.ts).
    if ((args.length || kwargs.length) && takesNoArguments(cls)) {
      if (argsAsWrittenFor(this, site, cls)) {
        release();
        throw this.it.raiseObj(this.cError('TypeError', site), frame, true);
      }
      this.it.noteMayRaise();
    }
    // (a weakref.ref subclass: weakref___new__ with the call's arguments, weakrefSubclass.ts; then its __init__ as any)
    let inst: PyObj | undefined;
    try {
      inst = !isWeakrefClass(cls) ? this.bareInstance(cls, site) : fields ? undefined : newWeakrefInstance(this, cls, args, kwargs, frame, site);
    } catch (err) {
      release();
      throw err;
    }
    if (!inst) {
      for (const a of [...args, ...kwargs.map(([, v]) => v)]) h.escape(a);
      release();
      return this.unknown(site.line, site.col);
    }
    const init = this.lookupClassAttr(cls, '__init__');
    if (fields && (!init || init.kind !== 'function' || !this.definedIn(cls, '__init__'))) {
      // The __init__ @dataclass generated (dataclassInitBody).
      const entries = dataclassEntries(cls, fields);
      // (the generated __init__ is simple when no parameter is keyword-only: initSpecialise.ts)
      const initParams = entries.filter((e) => e.init);
      const specialised = classCallSpecialised(this, cls, initParams.some((e) => e.kwOnly) ? undefined : initParams.length + 1, args.length, kwargs.length, site);
      // While __post_init__ runs, the generated __init__'s frame holds self and its parameters, as
      // the argument tuple (positional) or kwargs dict (keywords) does. With keywords,
      // _PyObject_Call_Prepend's unpacked copy (_PyStack_UnpackDict) holds self and every argument
      // once more (as in callThroughTpCall). A specialised 3.13 call site moved the caller's
      // references into the frame: no tuple.
      const all = [...args, ...kwargs.map(([, v]) => v)];
      const held = specialised ? [inst] : [inst, ...all, ...all, ...(kwargs.length ? [inst, ...all] : [])];
      const params: PyObj[] = [];
      try {
        yield* this.dataclassInitBody(cls, entries, inst, args, kwargs, held, params, frame, site);
      } catch (err) {
        // The generated __init__'s frame goes on the traceback (dataclassFuncs.ts); type.__call__
        // drops the half-built instance, which that frame keeps while the exception lives.
        if (err instanceof PyException) keepInitFrame(this, err.exc, init, [inst, ...params].map((x) => h.incref(x)!), site);
        h.decref(inst);
        throw err;
      } finally {
        release();
      }
      return inst;
    }
    // (Thread.__init__ inherited: a Python function of threading the model follows, threadSubclass.ts)
    const threadInit = (!init || init.kind !== 'function') && isThreadClass(cls);
    if ((init && init.kind === 'function') || threadInit) {
      // Up to 3.12 (and on a call site's first run in 3.13) the caller's argument references and the
      // argument tuple stay alive while __init__ runs; a specialised 3.13 call site moves them.
      // (a call with keywords is CALL_KW in 3.13, never specialised)
      // (initSpecialise.ts: which classes, __init__ signatures and calls)
      const specialised = classCallSpecialised(this, cls, threadInit ? undefined : simplePositionalCount(init!), args.length, kwargs.length, site);
      // (when __init__ raises, type.__call__ drops the new object: only what the frames and the
      // traceback hold keeps it)
      if (specialised) {
        try {
          h.decref(yield* this.it.callObject(init!, [h.incref(inst)!, ...args], kwargs, frame, site));
        } catch (err) {
          h.decref(inst);
          throw err;
        }
        return inst;
      }
      try {
        h.decref(yield* (threadInit ? this.it.callFromC(this.boundBuiltin('Thread.__init__'), [inst, ...args], frame, site, kwargs) : this.callThroughTpCall(cls, init!, inst, args, kwargs, frame, site)));
      } catch (err) {
        h.decref(inst);
        throw err;
      } finally {
        release();
      }
      return inst;
    }
    // (no Python __init__: the site's instruction becomes CALL_NON_PY_GENERAL, initSpecialise.ts)
    classCallSpecialised(this, cls, undefined, args.length, kwargs.length, site);
    // list.__init__ / dict.__init__ inherited: the builtin part is filled from the arguments.
    if (inst.basePayload) {
      try {
        yield* this.initPayload(inst, args, kwargs, frame, site);
      } finally {
        release();
      }
      return inst;
    }
    release();
    return inst;
  }

  /**
   * type.__call__ on a class with a Python __new__: cls.__new__(cls, *args) through
   * slot_tp_new, then the class's __init__ when the result is an instance of cls.
   * The call's argument tuple holds the arguments throughout (no 3.13
   * specialisation: that needs object's own __new__).
   */
  private *newThenInit(cls: PyObj, newFn: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite, release: () => void): G<PyObj> {
    const h = this.it.heap;
    // (the site's instruction becomes CALL_NON_PY_GENERAL: initSpecialise.ts)
    classCallSpecialised(this, cls, undefined, args.length, kwargs.length, site);
    const all = [...args, ...kwargs.map(([, v]) => v)];
    for (const a of all) h.incref(a);
    // With keywords, slot_tp_new / slot_tp_init's _PyObject_Call_Prepend unpacks the call
    // (_PyStack_UnpackDict): a copy holding the first argument and every other once more.
    const unpacked = function* <T>(first: PyObj, run: () => G<T>): G<T> {
      const held = kwargs.length ? [first, ...all] : [];
      for (const a of held) h.incref(a);
      try {
        return yield* run();
      } finally {
        for (const a of held) h.decref(a);
      }
    };
    try {
      const obj = yield* unpacked(cls, () => this.it.callFromC(newFn, [cls, ...args], frame, site, kwargs));
      // (type_call runs __init__ when __new__ made an instance of the class: for a metaclass, a class made by it or a subclass)
      const made = obj.kind === 'instance' ? obj.cls : obj.kind === 'class' && obj.plainMeta ? obj.foreignMeta : undefined;
      const init = made && this.isSubclass(made, cls) ? this.lookupClassAttr(made, '__init__') : undefined;
      if (obj.kind === 'unknown' && this.lookupClassAttr(cls, '__init__')) for (const a of all) h.escape(a);
      if (init?.kind === 'function') {
        try {
          h.decref(yield* unpacked(obj, () => this.it.callFromC(init, [obj, ...args], frame, site, kwargs)));
        } catch (err) {
          h.decref(obj);
          throw err;
        }
      }
      return obj;
    } finally {
      for (const a of all) h.decref(a);
      release();
    }
  }

  // ---- attributes ----

  *getAttr(obj: PyObj, name: string, frame: Frame, site: CallSite, generic = false, nameObj?: PyObj): G<PyObj> {
    // (a pure value's attribute read as a value, `d.year`: pure itself, holding nothing)
    if (obj.pureValue) return pureAttr(this, obj, name, site) ?? pureResult(this, false, site);
    const m = yield* this.loadMethod(obj, name, frame, site, generic, nameObj);
    if (!m.self) return m.func;
    // A plain function found on the class: a new bound method.
    return this.boundMethodObject(m.func, m.self, name, site);
  }

  /**
   * The name object a __getattribute__ / __getattr__ hook is called with (a new reference): the one
   * getattr() was given, or the interned name from the code object's co_names that LOAD_ATTR passes.
   */
  private attrNameObject(name: string, nameObj?: PyObj): PyObj {
    if (nameObj) return this.it.heap.incref(nameObj)!;
    return this.it.heap.incref(this.newStrImmortal(name))!;
  }

  /**
   * A class's own __getattribute__ (slot_tp_getattr_hook): called with the name, its result is the
   * attribute (no method binding skipped: LOAD_METHOD does a plain getattr). An AttributeError out
   * of it goes to the class's __getattr__ when there is one, cleared at once (PyErr_Clear): the
   * exception, its traceback and the frames that holds go before __getattr__ runs.
   */
  private *getattributeHook(custom: PyObj, obj: PyObj, name: string, frame: Frame, site: CallSite, nameObj?: PyObj): G<PyObj> {
    const h = this.it.heap;
    const key = this.attrNameObject(name, nameObj);
    // (with a __getattr__ too, slot_tp_getattr_hook runs __getattribute__ through call_attribute)
    const viaHook = !!this.lookupClassAttr(obj.cls, '__getattr__');
    try {
      try {
        return yield* this.callAttributeHook(custom, obj, key, viaHook, frame, site);
      } catch (err) {
        const hook = this.lookupClassAttr(obj.cls, '__getattr__');
        if (!(hook?.kind === 'function' && err instanceof PyException && this.isSubclass(this.classOf(err.exc), this.types.get('AttributeError')!))) throw err;
        h.decref(err.exc);
        return yield* this.callAttributeHook(hook, obj, key, true, frame, site);
      }
    } finally {
      h.decref(key);
    }
  }

  /** A class's __getattr__ called with the attribute's name object (slot_tp_getattr_hook). */
  private *callGetattr(hook: PyObj, obj: PyObj, name: string, frame: Frame, site: CallSite, nameObj?: PyObj): G<PyObj> {
    const key = this.attrNameObject(name, nameObj);
    try {
      return yield* this.callAttributeHook(hook, obj, key, true, frame, site);
    } finally {
      this.it.heap.decref(key);
    }
  }

  /**
   * `hook(obj, key)`: a class's __getattribute__ / __getattr__ run from C. slot_tp_getattr_hook
   * (`viaHook`: the class has a __getattr__) calls them through call_attribute, which on 3.11 binds
   * the function first (tp_descr_get: a bound method holding obj meanwhile); 3.12+ vectorcall a
   * method descriptor unbound, as slot_tp_getattro always does (measured: `self` in __getattr__
   * one higher on 3.11; in a lone __getattribute__ the same on all three).
   */
  private *callAttributeHook(hook: PyObj, obj: PyObj, key: PyObj, viaHook: boolean, frame: Frame, site: CallSite): G<PyObj> {
    const bound = viaHook && this.it.vm.getattrHookBindsMethod;
    return yield* heldWhile(this.it.heap, [obj], bound ? 1 : 0, this.it.callFromC(hook, [obj, key], frame, site));
  }

  /**
   * `obj.name` found as a stand-in that may be gone (instanceDictMethods.ts): the stand-in, or
   * what the class gives when it is gone (that class attribute escapes; a cached_property's
   * getter may run: under a condition of unknown direction, its result not kept). An
   * AttributeError may come instead.
   */
  private *readMaybeAbsent(obj: PyObj, own: PyObj, clsAttr: PyObj | undefined, frame: Frame, site: CallSite): G<PyObj> {
    const h = this.it.heap;
    if (!clsAttr) this.it.noteMayRaise();
    if (clsAttr?.builtinName === CACHED_PROPERTY && clsAttr.wrapped?.[0]) {
      this.it.fuzzyEvents++;
      this.it.enterFuzzy();
      try {
        const v = yield* this.it.callFromC(clsAttr.wrapped[0], [obj], frame, site);
        h.escape(v);
        h.decref(v);
      } catch (err) {
        if (!(err instanceof PyException)) throw err;
        this.it.noteMayRaise();
        h.decref(err.exc);
      } finally {
        this.it.exitFuzzy();
      }
    } else if (clsAttr) {
      // (a method bound to the instance, a descriptor's answer: they hold what the class attribute reaches and the instance)
      h.escape(clsAttr);
      h.fuzz(obj);
    }
    return h.incref(own)!;
  }

  /** A new bound method (or a builtin's method-wrapper / bound builtin) owning `func` and `self`. */
  boundMethodObject(func: PyObj, self: PyObj, name: string, site: Pos): PyObj {
    const h = this.it.heap;
    // (a callable instance is bound only by types.MethodType: a method object as a function's is)
    const bm = h.alloc('method', func.kind === 'function' || func.kind === 'instance' ? 'method' : boundTypeName(func), h.site(site.line, site.col, 'method', `bound ${name}`));
    bm.methodFunc = boundMethodFunc(this, func);
    bm.methodSelf = self;
    bm.tracked = true;
    if (func.kind === 'builtin') { bm.builtinName = func.builtinName; }
    return bm;
  }

  /**
   * An AttributeError out of an attribute lookup on `obj` (PyObject_GetAttr's
   * set_attribute_error_context): unless it has them already, it gets `name` and
   * `obj`, a reference to the object for as long as the exception lives.
   */
  noteAttributeErrorObject(exc: PyObj, obj: PyObj): void {
    const attrError = this.types.get('AttributeError')!;
    const cls = this.classOf(exc);
    if (exc.kind !== 'exception' || exc.heldValue || !cls || !(cls === attrError || this.isSubclass(cls, attrError))) return;
    exc.heldValue = this.it.heap.incref(obj);
    this.noteStore(exc, obj);
  }

  /**
   * Runs `body`, a lookup on `obj` (a library's PyObject_GetAttr: operator.attrgetter, closing's
   * `self.thing.close`); an AttributeError out of it keeps `obj` (noteAttributeErrorObject).
   * The interpreter's own LOAD_ATTR paths write this out inline: they are the hottest lookups.
   */
  *keepingAttributeErrorObject<T>(obj: PyObj, body: () => G<T>): G<T> {
    try {
      return yield* body();
    } catch (err) {
      if (err instanceof PyException) this.noteAttributeErrorObject(err.exc, obj);
      throw err;
    }
  }

  /** 3.13's f_locals of a function frame (PEP 667): a new FrameLocalsProxy holding the frame object; reads go to the variables. */
  private frameLocalsProxy(frameObj: PyObj, site: CallSite): PyObj {
    const h = this.it.heap;
    const proxy = h.alloc('builtin', 'FrameLocalsProxy', h.site(site.line, site.col, 'FrameLocalsProxy', 'f_locals'));
    proxy.builtinName = FRAME_LOCALS_PROXY;
    proxy.tracked = true;
    proxy.attrs = new Map([['(frame)', h.incref(frameObj)!]]);
    return proxy;
  }

  /**
   * LOAD_ATTR with the method flag: (function, self) when a method would be bound, else (value).
   * A module's attribute (the most frequent receiver, no Python code runs) is answered without a
   * generator: every caller consumes the result with `yield*` at once, so answering early is the same.
   */
  loadMethod(obj: PyObj, name: string, frame: Frame, site: CallSite, generic = false, nameObj?: PyObj): G<{ func: PyObj; self?: PyObj }> {
    if (isProgramModule(obj)) return done({ func: programModuleAttr(this, obj, name, site) ?? this.unknown(site.line, site.col) });
    if (isMainModule(obj)) return done({ func: this.mainModuleAttr(name, site) });
    if (obj.kind === 'module') return done({ func: this.it.heap.incref(this.getModuleAttr(obj, name, site))! });
    return this.loadOtherMethod(obj, name, frame, site, generic, nameObj);
  }

  /**
   * Class attribute `m` read on `obj`, a tuple of a class (namedtuple or slotted tuple subclass):
   * a function binds to the tuple, a property's getter runs on it; undefined for anything else.
   */
  private *tupleClassMember(obj: PyObj, m: PyObj | undefined, frame: Frame, site: CallSite): G<{ func: PyObj; self?: PyObj } | undefined> {
    const h = this.it.heap;
    if (m?.kind === 'function') return { func: h.incref(m)!, self: h.incref(obj)! };
    const getter = m?.kind === 'property' ? m.wrapped?.[0] : undefined;
    if (getter && getter.kind !== 'none') return { func: yield* this.it.callObject(getter, [h.incref(obj)!], [], frame, site) };
    return undefined;
  }

  /** loadMethod of anything but a module (which may run Python code: properties, descriptors, __getattr__ …). */
  private *loadOtherMethod(obj: PyObj, name: string, frame: Frame, site: CallSite, generic: boolean, nameObj?: PyObj): G<{ func: PyObj; self?: PyObj }> {
    const h = this.it.heap;
    // (another thread's view of a threading.local: not followed, threadLocal.ts)
    if (this.otherThreadsLocal(obj)) return { func: this.unknown(site.line, site.col) };
    // `threading.Thread.__init__(self, ...)`: Thread's function, self passed explicitly (threadSubclass.ts).
    const threadFn = threadClassAttr(this, obj, name);
    if (threadFn) return { func: threadFn };
    // sys.modules.get(name): as sys.modules[name] (subscripts.ts), by the module-function table.
    if (obj.kind === 'unknown' && obj.external && obj.moduleName === 'sys.modules' && name === 'get') return { func: this.boundBuiltin('sys.modules.get') };
    // An inspect FrameInfo record's fields (frameRecords.ts), a traceback FrameSummary's (tracebackSummary.ts).
    const recordField = obj.kind === 'unknown' ? frameRecordAttr(this, obj, name, site) ?? frameSummaryAttr(this, obj, name, site) : undefined;
    if (recordField) return { func: recordField };
    // An attribute the object's exact type does not have (`None.name`, `[].push`, `'a'.nope`,
    // `getattr(od, 'frozen', False)`, `hasattr(gen, '__len__')`): AttributeError (the caller adds its
    // name and object: set_attribute_error_context), unless the instance's own __dict__ may hold it
    // (builtinTypeAttrs.ts objectTypeHas).
    if (name === '__dict__' && hasOwnDict(obj)) {
      // An OrderedDict's, Counter's, StringIO's own __dict__ (not a method of the dict type): the
      // model does not keep it, so what the program puts there is not followed, and a name the type
      // lacks may be an attribute from now on.
      obj.dictMaybe = true;
      if (obj.kind === 'dict' || obj.kind === 'list') return { func: this.unknown(site.line, site.col) };
    }
    if (objectTypeHas(obj, name, this.it.vm.typeNamesMinor) === false) throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
    // (a name its type lacks that its own __dict__ may hold: that attribute, not followed; not a
    // method of the dict type bound to the container)
    if (ownDictMayHold(obj, name, this.it.vm.typeNamesMinor)) return { func: this.unknown(site.line, site.col) };
    // x.__class__ of a builtin value: its static type (object.__class__ is a data descriptor, not a method)
    if (name === '__class__' && obj.kind !== 'instance' && obj.kind !== 'exception' && obj.kind !== 'unknown') {
      const c = this.classOf(obj);
      if (c?.external) return { func: c };
    }
    if (obj.weakContainer) return { func: this.boundBuiltin(`weak.${name}`), self: h.incref(obj)! };
    const data = containerDataAttr(this, obj, name, site);
    if (data) return { func: data };
    if (isLruWrapper(obj)) {
      if (name === 'cache_clear' || name === 'cache_info') return { func: this.boundBuiltin(`${LRU_WRAPPER}.${name}`), self: h.incref(obj)! };
      // (its __dict__ slot: the dict update_wrapper wrote into, a new reference to it)
      if (name === '__dict__' && obj.dictObj) return { func: h.incref(obj.dictObj)! };
      const v = obj.attrs?.get(name);
      if (v) return { func: h.incref(v)! };
    }
    if (isSingleDispatch(obj)) {
      const v = obj.attrs?.get(name);
      if (v) return { func: h.incref(v)! };
    }
    if (isChainMap(obj)) {
      if (CHAIN_MAP_METHODS.has(name)) return { func: this.boundBuiltin(`${CHAIN_MAP}.${name}`), self: h.incref(obj)! };
      const v = chainMapAttr(this, this.it, obj, name, site);
      if (v) return { func: v };
    }
    const model = objectModelOf(obj);
    if (model) {
      // StringIO, BytesIO, files, memoryview, struct.Struct, array.array, random.Random, queues (objectModels.ts)
      const r = model.attr(this, obj, name, site);
      if (r === 'released') throw this.it.raiseObj(this.cError('ValueError', site), frame, true);
      if (r && 'method' in r) return { func: this.boundBuiltin(r.method), self: h.incref(obj)! };
      if (r) return { func: r.value };
    }
    if (isTemplate(obj)) {
      if (name === 'substitute' || name === 'safe_substitute' || name === 'get_identifiers' || name === 'is_valid') return { func: this.boundBuiltin(`${STRING_TEMPLATE}.${name}`), self: h.incref(obj)! };
      if (name === 'template') return { func: h.incref(obj.attrs!.get('template'))! };
    }
    if (isCsvWriter(obj) && (name === 'writerow' || name === 'writerows')) return { func: this.boundBuiltin(`${CSV_WRITER}.${name}`), self: h.incref(obj)! };
    if (isDictWriter(obj)) {
      if (name === 'writerow' || name === 'writerows' || name === 'writeheader') return { func: this.boundBuiltin(`${CSV_DICT_WRITER}.${name}`), self: h.incref(obj)! };
      const v = obj.attrs!.get(name);
      if (v && name !== 'writer') return { func: h.incref(v)! };
    }
    if (isDictReader(obj)) {
      if (name === 'fieldnames') return { func: h.incref(yield* dictReaderFieldnames(this, obj, frame))! };
      const v = obj.attrs!.get(name);
      if (v && (name === 'reader' || name === 'restkey' || name === 'restval')) return { func: h.incref(v)! };
    }
    if (obj.builtinName === RE_PATTERN || obj.builtinName === RE_MATCH) {
      const r = reAttr(this, obj, name, site);
      if (r && 'method' in r) return { func: this.boundBuiltin(r.method), self: h.incref(obj)! };
      if (r) return { func: r.value };
    }
    if (obj.builtinName === EXIT_STACK && EXIT_STACK_METHODS.has(name)) return { func: this.boundBuiltin(`${EXIT_STACK}.${name}`), self: h.incref(obj)! };
    // (the deque of (is_sync, callback) tuples is a plain instance attribute of the stack)
    if (obj.builtinName === EXIT_STACK && name === '_exit_callbacks') return { func: h.incref(obj.attrs!.get(name))! };
    if (obj.builtinName === SUPPRESS_OBJECT && (name === '__enter__' || name === '__exit__')) return { func: this.boundBuiltin(`${SUPPRESS_OBJECT}.${name}`), self: h.incref(obj)! };
    if (isHolderCm(obj) || isRedirectCm(obj)) {
      if (name === '__enter__' || name === '__exit__') return { func: this.boundBuiltin(`${obj.builtinName}.${name}`), self: h.incref(obj)! };
      const v = obj.attrs?.get(name);
      if (v) return { func: h.incref(v)! };
    }
    if (obj.builtinName === CM_OBJECT || obj.builtinName === ACM_OBJECT) {
      const method = cmMethod(obj, name);
      if (method) return { func: this.boundBuiltin(method), self: h.incref(obj)! };
      const v = obj.attrs?.get(name);
      if (v) return { func: h.incref(v)! };
    }
    if (obj.kind === 'finalize') {
      // weakref.finalize: `alive` is whether it is still registered; detach() / peek() return its parts.
      if (name === 'alive') return { func: this.bool(!!obj.finalizeFunc) };
      if (name === 'atexit') return { func: this.trueObj };
      if (name === 'detach' || name === 'peek' || name === '__call__') return { func: this.boundBuiltin(`finalize.${name}`), self: h.incref(obj)! };
    }
    if ((obj.type === 'range' || obj.kind === 'slice') && (name === 'start' || name === 'stop' || name === 'step')) {
      // (a range's / slice's members: the objects it keeps, rangeBounds / sliceParts; a slice's None when not given)
      const v = obj.kind === 'slice' ? obj.sliceParts?.[['start', 'stop', 'step'].indexOf(name)] ?? this.none : obj.slots?.get(name);
      if (v) return { func: h.incref(v)! };
    }
    if (obj.kind === 'traceback') {
      // A traceback entry: its frame object and the next entry; line numbers and offsets are new ints.
      if (name === 'tb_frame' && obj.tbFrame) return { func: h.incref(obj.tbFrame)! };
      if (name === 'tb_next') return { func: h.incref(obj.tbNext) ?? this.none };
      if (name === 'tb_lineno' || name === 'tb_lasti') return { func: this.newInt(undefined, site) };
    }
    if (obj.kind === 'frame' && (name === 'f_lineno' || name === 'f_lasti')) return { func: this.newInt(undefined, site) };
    if (obj.kind === 'frame' && name === 'clear') return { func: this.boundBuiltin('frame.clear'), self: h.incref(obj)! };
    if (obj.kind === 'generator') {
      const v = generatorStateAttr(this, obj, name);
      if (v) return { func: v };
      // (gi_name / __name__, __qualname__: a str, the function's or the one the program stored; it holds nothing)
      if ((name === '__name__' || name === '__qualname__') && exactTypeRow(obj)) return { func: this.unknownData(site.line, site.col) };
      // (gi_code / cr_code: the code its frame runs, while the frame is there)
      const fn = obj.genFrame?.code;
      if ((name === 'gi_code' || name === 'cr_code') && name.startsWith(obj.type === 'coroutine' ? 'cr_' : 'gi_') && fn && 'params' in fn && !fn.genComp) return { func: codeObjectOf(this.it, fn) };
    }
    if (obj.kind === 'unknown' && obj.type === 'code') {
      const v = codeAttr(this.it, obj, name, site);
      if (v) return { func: v };
    }
    if (obj.kind === 'generator' && (name === 'gi_frame' || name === 'cr_frame')) {
      // The generator's frame object (made now if needed); None once it finished.
      const fr = obj.genFrame;
      if (!fr || obj.genState === 'closed' || !fr.live) return { func: this.none };
      return { func: h.incref(this.it.frameObject(fr))! };
    }
    if (obj.kind === 'frame' && name === 'f_code') {
      // The code object (the function's, which holds it too): not a reference to anything the frame has.
      const code = this.unknown(site.line, site.col);
      code.acyclic = true;
      return { func: code };
    }
    if (obj.kind === 'frame' && name === 'f_back' && obj.frame) {
      // The caller's frame object: linked when this frame finished (take_ownership), or made now
      // for a caller still running; None at the bottom.
      if (obj.frameBack) return { func: h.incref(obj.frameBack)! };
      // (a generator suspended at a yield is linked to no caller until its next step: None)
      if (!this.it.stack.includes(obj.frame) && this.it.frameExecuting(obj.frame)) return { func: this.none };
      const back = obj.frame.back;
      if (!obj.frame.ownedByObject && back && this.it.stack.includes(back)) return { func: h.incref(this.it.frameObject(back))! };
      if (!back && this.it.stack.includes(obj.frame)) return { func: this.none };
    }
    if (obj.kind === 'frame' && name === 'f_locals' && obj.frame?.ownedByObject && this.it.vm.localsIsFrameCache) {
      // ≤3.12, a finished frame a traceback keeps: PyFrame_GetLocals builds its dict once and caches
      // it on the frame object, one more reference to every variable while the frame lives.
      const fr = obj.frame;
      obj.localsCache ??= this.newDict(site);
      const d = obj.localsCache;
      if (!d.entries!.size) {
        for (const [k, v] of fr.locals) this.dictSet(d, this.newStr(k, site), h.incref(v)!);
        for (const [k, c] of fr.cells) if (c.cellValue) this.dictSet(d, this.newStr(k, site), h.incref(c.cellValue)!);
      }
      return { func: h.incref(d)! };
    }
    if (obj.kind === 'frame' && name === 'f_locals' && obj.frame?.ownedByObject) {
      // 3.13 (PEP 667): a new FrameLocalsProxy holding the frame object; reads go to the variables.
      return { func: this.frameLocalsProxy(obj, site) };
    }
    // f_globals: the frame's globals dict; a module frame's f_locals is that same dict (its
    // variables are the module's, not fast locals: PyFrame_GetLocals answers f_locals as it is).
    if (obj.kind === 'frame' && obj.frame && (name === 'f_globals' || (name === 'f_locals' && obj.frame.kind === 'module'))) {
      const own = execNamespaceDict(obj.frame.globals, name === 'f_globals' ? 'globals' : 'locals', h);
      if (own) return { func: own };
      if (obj.frame.globals === this.it.globals) return { func: this.scriptGlobals(site) };
    }
    if (obj.kind === 'frame' && name === 'f_locals' && obj.frame?.kind === 'function' && !this.it.vm.localsIsFrameCache) {
      // 3.13 (PEP 667): a running or suspended function frame's f_locals is a new proxy too.
      return { func: this.frameLocalsProxy(obj, site) };
    }
    if (obj.kind === 'frame' && name === 'f_locals' && obj.frame) {
      // ≤3.12: the frame's cached locals dict (as locals() gives it) while the frame runs or is
      // suspended (a generator's, which keeps it until it ends).
      if (this.it.vm.localsIsFrameCache && this.it.frameExecuting(obj.frame)) return { func: localsDict(this, this.it, obj.frame, site, false) };
      for (const r of obj.frame.refs()) h.escape(r.target);
      return { func: this.unknown(site.line, site.col) };
    }
    if (obj.kind === 'instance' && !generic) {
      const custom = this.lookupClassAttr(obj.cls, '__getattribute__');
      if (custom?.kind === 'function') return { func: yield* this.getattributeHook(custom, obj, name, frame, site, nameObj) };
      // slot_tp_getattr_hook: with a __getattr__, an AttributeError out of the generic lookup (a
      // property's getter, a descriptor's __get__) is cleared and __getattr__ asked instead.
      const fallback = this.lookupClassAttr(obj.cls, '__getattr__');
      const found = fallback?.kind === 'function' ? this.lookupClassAttr(obj.cls, name) : undefined;
      if (found && (found.kind === 'property' || this.descriptorMethod(found, '__get__'))) {
        try {
          return yield* this.loadMethod(obj, name, frame, site, true, nameObj);
        } catch (err) {
          if (!(err instanceof PyException && this.isSubclass(this.classOf(err.exc), this.types.get('AttributeError')!))) throw err;
          h.decref(err.exc);
          return { func: yield* this.callGetattr(fallback!, obj, name, frame, site, nameObj) };
        }
      }
    }
    if (obj.kind === 'instance' || obj.kind === 'exception') {
      if (name === '__dict__' && obj.attrs) {
        return { func: h.incref(this.materializeDict(obj, site))! };
      }
      if (name === '__class__') return { func: h.incref(this.classOf(obj)) ?? this.unknown(site.line, site.col) };
      if (obj.kind === 'exception' && name === 'args') return { func: h.incref(obj.excArgs)! };
      if (obj.kind === 'exception' && name === 'exceptions' && obj.egExcs && !this.lookupClassAttr(obj.cls, name)) return { func: h.incref(obj.egExcs)! };
      const egMessage = obj.kind === 'exception' && name === 'message' && obj.egExcs && !this.lookupClassAttr(obj.cls, name) ? groupMessage(this, obj) : undefined;
      if (egMessage) return { func: h.incref(egMessage)! };
      if (obj.kind === 'exception' && name === '__traceback__') return { func: h.incref(obj.traceback) ?? this.none };
      if (obj.kind === 'exception' && name === '__context__') return { func: h.incref(obj.context) ?? this.none };
      if (obj.kind === 'exception' && name === '__cause__') return { func: h.incref(obj.cause) ?? this.none };
      // (BaseException's __suppress_context__ member: set by `raise … from` and by assigning __cause__,
      // which the model keeps as a cause, None included)
      if (obj.kind === 'exception' && name === '__suppress_context__' && !obj.attrs?.has(name) && !this.lookupClassAttr(obj.cls, name)) return { func: this.bool(obj.cause !== undefined) };
      if (obj.kind === 'exception' && name === 'with_traceback' && !this.lookupClassAttr(obj.cls, name)) return { func: this.boundBuiltin('BaseException.with_traceback'), self: h.incref(obj)! };
      const cls = obj.cls;
      const clsAttr = this.lookupClassAttr(cls, name);
      if (clsAttr && clsAttr.kind === 'property') {
        const getter = clsAttr.wrapped?.[0];
        if (getter && getter.kind !== 'none') return { func: yield* this.it.callObject(getter, [h.incref(obj)!], [], frame, site) };
      }
      // A descriptor of a user class: a data descriptor (__set__ / __delete__) wins over the
      // instance's own attribute, a non-data one comes after it. type.__getattribute__ calls
      // __get__(descr, obj, type(obj)) from C.
      const dget = this.descriptorMethod(clsAttr, '__get__');
      const isData = !!(this.descriptorMethod(clsAttr, '__set__') || this.descriptorMethod(clsAttr, '__delete__'));
      if (dget && isData) return { func: yield* this.callDescriptor(dget, [clsAttr!, obj, cls ?? this.none], frame, site) };
      const own = obj.attrs?.get(name) ?? obj.slots?.get(name);
      if (own?.maybeAbsent) return { func: yield* this.readMaybeAbsent(obj, own, clsAttr, frame, site) };
      if (own) return { func: h.incref(own)! };
      // (a non-data descriptor: after the instance's own attribute)
      if (isPartialMethod(clsAttr) && obj.kind === 'instance') return { func: partialMethodGet(this, this.it, clsAttr!, obj, site) };
      if (isSdMethod(clsAttr) && obj.kind === 'instance') {
        // (singledispatchmethod.__get__: its `_method` closure, sdMethod.ts)
        const m = sdMethodGet(this, this.it, clsAttr!, obj, site);
        if (m) return { func: m };
        h.escape(clsAttr);
        h.escape(obj);
        return { func: this.unknown(site.line, site.col) };
      }
      if (dget) return { func: yield* this.callDescriptor(dget, [clsAttr!, obj, cls ?? this.none], frame, site) };
      if (clsAttr?.builtinName === CACHED_PROPERTY && obj.kind === 'instance' && !obj.attrs && cls?.slotNames && !cls.hasInstanceDict && !cls.unknownBase) {
        // cached_property.__get__ on an instance without a __dict__ (a __slots__ class): reading
        // `instance.__dict__` fails and it raises TypeError from None in its frame (self, instance,
        // owner and the message), the AttributeError keeping the instance (3.11-3.13).
        const msg = this.newStr(undefined, site);
        try {
          throw raiseReplacingAttributeError(this.it, frame, { qualname: 'cached_property.__get__', locals: [['self', clsAttr], ['instance', obj], ['owner', cls], ['msg', msg]] }, obj, site);
        } finally {
          h.decref(msg);
        }
      }
      if (clsAttr?.builtinName === CACHED_PROPERTY && obj.kind === 'instance' && obj.attrs) {
        // cached_property.__get__ (Python): reads instance.__dict__ (made now), runs the getter with
        // the instance (its own frame holding instance and owner meanwhile) and stores the value there.
        const cache = this.materializeDict(obj, site);
        h.incref(obj);
        h.incref(cls);
        let val: PyObj;
        try {
          // (a getter that raises: the exception leaves __get__'s frame, whose traceback entry
          // keeps self, instance, owner and cache)
          const getFrame = (): LeftLibraryFrame => ({ qualname: 'cached_property.__get__', locals: [['self', clsAttr], ['instance', obj], ['owner', cls ?? this.none], ['cache', cache]] });
          val = yield* throughLibraryFrame(this.it, frame, getFrame, () => this.it.callFromC(clsAttr.wrapped![0], [obj], frame, site));
        } finally {
          h.decref(obj);
          h.decref(cls);
        }
        yield* this.setAttr(obj, name, h.incref(val)!, frame, { generic: true });
        return { func: val };
      }
      if (clsAttr) {
        // (a singledispatch wrapper is a Python function: it binds like one)
        if (clsAttr.kind === 'function' || isHelper(clsAttr) || isLruWrapper(clsAttr) || isSingleDispatch(clsAttr)) return { func: h.incref(clsAttr)!, self: h.incref(obj)! };
        if (clsAttr.kind === 'staticmethod') return { func: h.incref(clsAttr.wrapped?.[0] ?? this.none)! };
        if (clsAttr.kind === 'classmethod') return { func: h.incref(clsAttr.wrapped?.[0] ?? this.none)!, self: h.incref(cls)! };
        // An object the model does not know may be a descriptor: its __get__ gets the instance.
        if (clsAttr.kind === 'unknown') h.escape(obj);
        return { func: h.incref(clsAttr)! };
      }
      // A collections.abc mixin (abcMixins.ts): a Python function of the ABC, bound the same way.
      const mixin = obj.kind === 'instance' ? abcMixin(this, cls, name) : undefined;
      if (mixin) return { func: this.boundBuiltin(mixin), self: h.incref(obj)! };
      // A list / dict subclass: what its classes do not define is the builtin type's method, on the builtin part.
      // (an OrderedDict subclass's update / setdefault / copy run its own item slots: odictSubclass.ts)
      if (odictSubMethod(obj, name)) return { func: this.boundBuiltin(`odictsub.${name}`), self: h.incref(obj)! };
      if (obj.basePayload && !name.startsWith('__')) return yield* this.loadMethod(obj.basePayload, name, frame, site);
      if (obj.kind === 'exception' && name === 'obj' && obj.heldValue) return { func: h.incref(obj.heldValue)! };
      // BaseException's and object's methods: bound to the exception, which they hold (only
      // __init__ and with_traceback are followed when called).
      if (obj.kind === 'exception' && (OBJECT_INSTANCE_METHODS.has(name) || name === 'add_note')) return { func: this.boundBuiltin(`BaseException.${name}`), self: h.incref(obj)! };
      // eg.subgroup / eg.split of a group (exceptionGroupMethods.ts)
      if (obj.kind === 'exception' && EXCEPTION_GROUP_METHODS.has(name) && this.isGroupClass(this.classOf(obj))) return { func: this.boundBuiltin(`BaseExceptionGroup.${name}`), self: h.incref(obj)! };
      if (obj.kind === 'exception') {
        const member = readMember(this, obj, name);
        if (member) return { func: member };
        if (onlyHookMayHave(this, obj, name)) {
          // (not found the usual way: a class's __getattr__ is called with the name, slot_tp_getattr_hook)
          const hook = generic ? undefined : this.lookupClassAttr(this.classOf(obj), '__getattr__');
          if (hook?.kind === 'function') return { func: yield* this.callGetattr(hook, obj, name, frame, site, nameObj) };
          if (!hook) throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
        }
        // (a method the model does not follow may give back what the exception holds: derive, a subclass's own)
        h.escape(obj);
        return { func: this.unknown(site.line, site.col) };
      }
      // What threading.Thread gives an instance of a Thread class (threadSubclass.ts).
      const fromThread = obj.kind === 'instance' ? threadAttr(this, obj, name, site) : undefined;
      if (fromThread) return fromThread;
      // What every instance inherits from object: a method-wrapper bound to it (its calls are not followed);
      // object's classmethods bind its class, and object.__new__ is one shared builtin.
      if (OBJECT_INSTANCE_METHODS.has(name)) return { func: this.boundBuiltin(`object.${name}`), self: h.incref(obj)! };
      if (OBJECT_CLASS_METHODS.has(name) && cls) return { func: this.boundBuiltin(`object.${name}`), self: h.incref(cls)! };
      if (name === '__new__') return { func: this.unknown(site.line, site.col) };
      if (name === '__module__' || name === '__doc__' || name === '__weakref__') return { func: this.unknown(site.line, site.col) };
      // Not found the usual way: a class's __getattr__ is called with the name (slot_tp_getattr_hook).
      const hook = generic ? undefined : this.lookupClassAttr(cls, '__getattr__');
      if (hook?.kind === 'function') return { func: yield* this.callGetattr(hook, obj, name, frame, site, nameObj) };
      // A base the analysis does not model may provide it (typing.NamedTuple fields, a mixin's attribute).
      if (!cls || !ops.knownClass(cls)) {
        h.escape(obj);
        // (that base's method may call the instance's own methods back: Thread.start runs run())
        runOwnMethodsForLibrary(this, obj, frame, site);
        return { func: this.unknown(site.line, site.col) };
      }
      // An object that escaped to code the model does not follow (functools.update_wrapper(self, f),
      // a library's setattr) may have been given the attribute there: found or AttributeError.
      if (obj.fuzzy && obj.kind === 'instance') {
        this.it.noteMayRaise();
        return { func: this.unknown(site.line, site.col) };
      }
      throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
    }
    // A builtin class's __mro__: the tuple it keeps (single inheritance among the builtins followed).
    if (obj.kind === 'class' && obj.external && obj.builtinName && name === '__mro__' && this.types.get(obj.builtinName) === obj) {
      obj.mroTuple ??= this.newSeq('tuple', depthFirstMro(obj), site);
      return { func: h.incref(obj.mroTuple)! };
    }
    // (`object.__subclasses__()`: type's method bound to the builtin class; its list is not known,
    // but it holds the program's classes deriving straight from it: subclassesList.ts)
    if (obj.kind === 'class' && obj.external && obj.builtinName && name === '__subclasses__' && obj.builtinName !== 'type' && this.types.get(obj.builtinName) === obj) {
      return { func: this.boundMethodObject(this.boundBuiltin('type.__subclasses__'), obj, name, site) };
    }
    if (obj.kind === 'class' && !obj.external) {
      // (type_dict: a new read-only mappingproxy of the class's dict on every read)
      if (name === '__dict__') return { func: newMappingProxy(this, obj.dictObj!, site) };
      if (name === '__mro__') return { func: h.incref(obj.mroTuple)! };
      if (name === '__abstractmethods__' && obj.abstractNames && !obj.attrs?.has(name)) return { func: abstractMethodsSet(this, obj, site) };
      if (name === '__bases__') return { func: h.incref(obj.basesTuple)! };
      const v = this.lookupClassAttr(obj, name);
      const dget = this.descriptorMethod(v, '__get__');
      if (dget) return { func: yield* this.callDescriptor(dget, [v!, this.none, obj], frame, site) };
      if (v) {
        // (partialmethod / singledispatchmethod .__get__(None, cls): a closure over it, not followed)
        if (isPartialMethod(v) || isSdMethod(v)) { h.escape(v); return { func: this.unknown(site.line, site.col) }; }
        if (v.kind === 'classmethod') return { func: h.incref(v.wrapped?.[0] ?? this.none)!, self: h.incref(obj)! };
        if (v.kind === 'staticmethod') return { func: h.incref(v.wrapped?.[0] ?? this.none)! };
        return { func: h.incref(v)! };
      }
      // (a member / getset descriptor read from the class: member_get / getset_get with no instance give the descriptor itself)
      const sd = obj.classIR ? this.slotDescriptor(obj, name) : undefined;
      if (sd) return { func: h.incref(sd)! };
      if (name === '__name__') return { func: this.newStrImmortal(obj.classIR?.name ?? obj.builtinName ?? 'type') };
      // (a top-level class's qualname: the class body's `__qualname__` constant, the interned name itself)
      if (name === '__qualname__' && obj.classIR && obj.classIR.qualname === obj.classIR.name && !obj.foreignMeta) return { func: this.newStrImmortal(obj.classIR.name) };
      // type_getattro: what the class's MRO lacks, a plain metaclass may have (metaclasses.ts); a
      // function there binds to the class (a new bound method: type_getattro has no method shortcut).
      const mv = obj.plainMeta && obj.foreignMeta ? this.lookupClassAttr(obj.foreignMeta, name) : undefined;
      if (mv?.kind === 'function') return { func: this.boundMethodObject(mv, h.incref(obj)!, name, site) };
      if (mv?.kind === 'classmethod') return { func: h.incref(mv.wrapped?.[0] ?? this.none)!, self: h.incref(obj.foreignMeta)! };
      if (mv?.kind === 'staticmethod') return { func: h.incref(mv.wrapped?.[0] ?? this.none)! };
      if (mv) return { func: h.incref(mv)! };
      // `Cls.__new__` where no class of the MRO defines one: object.__new__ itself (a staticmethod).
      if (name === '__new__' && ops.knownClass(obj) && (!obj.foreignMeta || obj.plainMeta)) return { func: this.boundBuiltin('object.__new__') };
      if (obj.namedFields) {
        if ((name === '_fields' || name === '__match_args__') && obj.namedFieldsTuple) return { func: h.incref(obj.namedFieldsTuple)! };
        if (name === '_field_defaults') return { func: fieldDefaults(this, obj, site) };
        // _make is a classmethod: bound to the class.
        if (name === '_make') return { func: this.boundBuiltin('namedtuple._make'), self: h.incref(obj)! };
      }
      // ABCMeta.register, bound to the ABC (virtualSubclasses.ts).
      if (name === 'register' && obj.isAbc && obj.classIR && !obj.foreignMeta) return { func: this.boundMethodObject(this.boundBuiltin(ABC_REGISTER), h.incref(obj)!, name, site) };
      // type's own methods (`Cls.__call__`, `Cls.mro`): bound to the class, which they hold (type's
      // getattro makes the object even for a method call); a metaclass the model does not run may
      // define them otherwise.
      const tm = typeMethod(name);
      if (tm && (!obj.foreignMeta || obj.plainMeta) && !obj.enumKind) return { func: this.boundMethodObject(this.boundBuiltin(tm), h.incref(obj)!, name, site) };
      if (tm) h.escape(obj);
      // (EnumType.__members__: a new mappingproxy of the class's _member_map_, enums.ts)
      const memberMap = name === '__members__' || name === '_member_map_' ? enumMemberMap(this, obj, site) : undefined;
      if (memberMap) return { func: name === '__members__' ? newMappingProxy(this, memberMap, site) : h.incref(memberMap)! };
      // (an enum class's other maps, _value2member_map_, …: what they hold are its members)
      if (obj.enumKind) h.escape(obj);
      if (this.classSurelyLacks(obj, name)) throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
      return { func: this.unknown(site.line, site.col) };
    }
    if (obj.kind === 'function') {
      if (name === '__defaults__') return { func: h.incref(obj.defaults) ?? this.none };
      if (name === '__kwdefaults__') return { func: h.incref(obj.kwdefaults) ?? this.none };
      if (name === '__closure__') return { func: h.incref(obj.closure) ?? this.none };
      if (name === '__doc__') return { func: h.incref(obj.doc) ?? this.none };
      if (name === '__name__') return { func: this.newStrImmortal(obj.fn!.name) };
      // (a module-level function's qualname is its name, the same interned string: compiler_set_qualname)
      if (name === '__qualname__' && !obj.attrs?.has(name) && obj.fn!.qualname === obj.fn!.name) return { func: this.newStrImmortal(obj.fn!.name) };
      const v = obj.attrs?.get(name);
      if (v) return { func: h.incref(v)! };
      if (name === '__code__') return { func: codeObjectOf(this.it, obj.fn!) };
      if (name === '__annotations__') { const d = funcAnnotations(this, obj, site); if (d) return { func: d }; }
      if (name === '__dict__') { this.functionDict(obj, site); return { func: h.incref(obj.dictObj)! }; }
      // func_globals: the dict of the module the def ran in (the script's globals, or the dict exec() was given).
      if (name === '__globals__' && obj.fn) return { func: obj.fnGlobals ? h.incref(obj.fnGlobals)! : this.scriptGlobals(site) };
      // The function type's slot wrappers and object's methods: bound to the function, which they hold.
      const fm = functionMethod(name);
      if (fm) return { func: this.boundBuiltin(fm), self: h.incref(obj)! };
      // A name neither the function type nor the function's own __dict__ has (`f.__self__`): AttributeError.
      if (callableHasAttr(obj, name) === false) throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
      // (object's classmethods bind the function type; __code__, __module__, __globals__ … hold nothing of it)
      return { func: this.unknown(site.line, site.col) };
    }
    // (a Python function of a library the model builds, contextmanager's helper, ContextDecorator's
    // inner: what functools.wraps put in its __dict__, `__wrapped__`)
    const wrapped = this.wrapperDictAttr(obj, name);
    if (wrapped) return { func: h.incref(wrapped)! };
    if (obj.kind === 'builtin' && obj.builtinName === 'itertools.chain' && name === 'from_iterable') return { func: this.boundBuiltin('itertools.chain.from_iterable') };
    // (dict.fromkeys is a classmethod: through OrderedDict / defaultdict it makes one of them)
    if (obj.kind === 'builtin' && (obj.builtinName === ODICT_FUNC || obj.builtinName === 'collections.defaultdict') && name === 'fromkeys') return { func: this.boundBuiltin(`${obj.builtinName}.fromkeys`) };
    if (obj.kind === 'builtin' && obj.builtinName === TRACEBACK_EXCEPTION && name === 'from_exception') return { func: this.boundBuiltin(TE_FROM_EXCEPTION) };
    if (obj.kind === 'builtin' && obj.builtinName === `${TRACEBACK_EXCEPTION}()`) {
      const m = teMethod(name);
      if (m) return { func: this.boundBuiltin(m), self: h.incref(obj)! };
      const v = tracebackExceptionAttr(this, obj, name, site);
      if (v) return { func: v };
    }
    if (isPartial(obj)) {
      const v = partialAttr(obj, name, h);
      if (v) return { func: v };
    }
    // A cmp_to_key key's `obj` member: the object it wraps.
    if (name === 'obj' && isKeyObject(obj)) return { func: h.incref(obj.attrs!.get('obj'))! };
    if (obj.kind === 'method') {
      if (name === '__self__') return { func: h.incref(obj.methodSelf) ?? this.none };
      if (name === '__func__') return { func: h.incref(obj.methodFunc) ?? this.none };
      // method_getattro: a name the method type lacks is looked up on __func__ (`handler.__name__`).
      if (obj.type === 'method' && obj.methodFunc?.kind === 'function' && callableTypeHas('method', name) === false) {
        return { func: yield* this.getAttr(obj.methodFunc, name, frame, site) };
      }
    }
    if (obj.kind === 'super') {
      const start = obj.superClass!;
      // super() in __new__ or a classmethod: its second argument is the class itself, whose MRO is searched
      // and whose plain functions come back unbound (super_getattro passes no instance when obj is the type).
      // super() in a metaclass's method (its __call__ run on a class): the class is not a subclass of
      // the metaclass, so super_getattro searches type(cls).__mro__, binding to the class as to an instance.
      const metaMro = obj.superSelf?.kind === 'class' && !obj.superSelf.mroTuple?.items?.includes(start) ? obj.superSelf.foreignMeta?.mroTuple?.items : undefined;
      if (metaMro) {
        for (const c of metaMro.slice(metaMro.indexOf(start) + 1)) {
          const v = c.classIR ? c.attrs?.get(name) : undefined;
          if (v?.kind === 'function') return { func: h.incref(v)!, self: h.incref(obj.superSelf)! };
          if (v) { h.escape(obj.superSelf); return { func: this.unknown(site.line, site.col) }; }
        }
        if (name === '__call__') return { func: this.boundBuiltin('super:type.__call__'), self: h.incref(obj.superSelf)! };
        // type.__init__(cls, name, bases, ns) checks its arguments and does nothing else.
        if (name === '__init__') return { func: this.boundBuiltin('object.__init__'), self: h.incref(obj.superSelf)! };
        h.escape(obj.superSelf);
        return { func: this.unknown(site.line, site.col) };
      }
      const onClass = obj.superSelf?.kind === 'class';
      const mro = (onClass ? obj.superSelf?.mroTuple?.items : obj.superSelf?.cls?.mroTuple?.items) ?? [];
      const idx = mro.indexOf(start);
      for (const c of mro.slice(idx + 1)) {
        // JSONEncoder.default (a Python method of the library) raises TypeError for the object; its
        // other methods (__init__ storing the options, encode, iterencode) are not followed.
        if (c.builtinName === JSON_ENCODER) {
          if (name === 'default' && !onClass) return { func: this.boundBuiltin(`${JSON_ENCODER}.default`), self: h.incref(obj.superSelf)! };
          h.escape(obj.superSelf);
          return { func: this.unknown(site.line, site.col) };
        }
        const v = c.attrs?.get(name);
        if (isPartialMethod(v)) {
          if (!onClass && obj.superSelf?.kind === 'instance') return { func: partialMethodGet(this, this.it, v!, obj.superSelf, site) };
          h.escape(v);
          return { func: this.unknown(site.line, site.col) };
        }
        if (v) {
          // (a dataclass's generated __init__ is a Python function too: dataclassFuncs.ts dataclassInitCall)
          if ((v.kind === 'function' || v.builtinName === 'dataclasses.__init__') && !onClass) return { func: h.incref(v)!, self: h.incref(obj.superSelf)! };
          // (a classmethod binds to the class: obj itself, or its type; a staticmethod gives its function)
          const owner = onClass ? obj.superSelf : obj.superSelf?.cls;
          if (v.kind === 'classmethod' && v.wrapped?.[0] && owner) return { func: h.incref(v.wrapped[0])!, self: h.incref(owner)! };
          if (v.kind === 'staticmethod' && v.wrapped?.[0]) return { func: h.incref(v.wrapped[0])! };
          return { func: h.incref(v)! };
        }
      }
      // The builtin base of a list / dict subclass: its __init__ and item slots act on the instance's builtin part.
      const selfObj = obj.superSelf;
      if (selfObj?.basePayload && !onClass) {
        if (PAYLOAD_DUNDERS.has(name)) return { func: this.boundBuiltin(`payload.${name}`), self: h.incref(selfObj)! };
        if (odictSubMethod(selfObj, name)) return { func: this.boundBuiltin(`odictsub.${name}`), self: h.incref(selfObj)! };
        if (!name.startsWith('__')) return yield* this.loadMethod(selfObj.basePayload, name, frame, site);
      }
      // threading.Thread after the program's classes in a Thread class's MRO (threadSubclass.ts).
      const threadSuper = onClass ? undefined : threadSuperAttr(this, obj.superSelf, name);
      if (threadSuper) return threadSuper;
      // (a metaclass's super().__new__(mcs, name, bases, ns): type.__new__, metaclasses.ts)
      if (name === '__new__' && onClass) return { func: this.boundBuiltin(isMetaclass(obj.superSelf!) ? 'type.__new__' : 'object.__new__') };
      // BaseException.__init__ replaces the exception's args; object.__init__ does nothing.
      if (name === '__init__' && obj.superSelf?.kind === 'exception') return { func: this.boundBuiltin('BaseException.__init__'), self: h.incref(obj.superSelf)! };
      if (name === '__init__') return { func: this.boundBuiltin('object.__init__'), self: h.incref(obj.superSelf)! };
      if (name === '__setattr__' && obj.superSelf?.kind === 'instance') return { func: this.boundBuiltin('object.__setattr__'), self: h.incref(obj.superSelf)! };
      // object's own methods (super().__repr__(), super().__eq__(other), …): a method-wrapper bound to self.
      if (OBJECT_INSTANCE_METHODS.has(name) && obj.superSelf?.kind === 'instance' && !onClass) return { func: this.boundBuiltin(`object.${name}`), self: h.incref(obj.superSelf)! };
      // object.__init_subclass__ (a classmethod): does nothing, and refuses keyword arguments.
      if (name === '__init_subclass__' && onClass) return { func: this.boundBuiltin('object.__init_subclass__'), self: h.incref(obj.superSelf)! };
      return { func: this.unknown(site.line, site.col) };
    }
    const ntOfObj = obj.kind === 'tuple' ? namedTupleClassOf(obj.cls) : undefined;
    if (obj.kind === 'tuple' && ntOfObj) {
      // (a subclass's own class attribute first: its property or method shadows a field)
      const own = obj.cls !== ntOfObj ? this.lookupClassAttr(obj.cls, name) : undefined;
      const i = own && own !== this.lookupClassAttr(ntOfObj, name) ? -1 : ntOfObj.namedFields!.indexOf(name);
      if (i >= 0) return { func: h.incref(obj.items![i])! };
      if (name === '_replace' || name === '_asdict') return { func: this.boundBuiltin(`namedtuple.${name}`), self: h.incref(obj)! };
      if (name === '_make') return { func: this.boundBuiltin('namedtuple._make'), self: h.incref(obj.cls)! };
      if ((name === '_fields' || name === '__match_args__') && ntOfObj.namedFieldsTuple) return { func: h.incref(ntOfObj.namedFieldsTuple)! };
      if (name === '_field_defaults') return { func: fieldDefaults(this, ntOfObj, site) };
      // Methods and properties a typing.NamedTuple class body defines.
      const bound = yield* this.tupleClassMember(obj, this.lookupClassAttr(obj.cls, name), frame, site);
      if (bound) return bound;
    }
    if (obj.kind === 'tuple' && slotTupleClass(obj.cls)) {
      // A slotted tuple subclass's instance (tupleSubclass.ts): its class's functions bind to it, properties run on it.
      const m = this.lookupClassAttr(obj.cls, name);
      const bound = yield* this.tupleClassMember(obj, m, frame, site);
      if (bound) return bound;
      if (m?.kind === 'classmethod') return { func: h.incref(m.wrapped?.[0] ?? this.none)!, self: h.incref(obj.cls)! };
      if (m?.kind === 'staticmethod') return { func: h.incref(m.wrapped?.[0] ?? this.none)! };
      // (another class attribute: plain data as itself; an object that may be a descriptor is not followed)
      if (m && (m.kind === 'instance' || m.kind === 'unknown' || m.kind === 'builtin' || m.kind === 'descriptor' || m.kind === 'property')) { h.escape(obj); return { func: this.unknown(site.line, site.col) }; }
      if (m) return { func: h.incref(m)! };
    }
    if (AGEN_METHODS.includes(name) && isAsyncGen(obj)) return { func: this.boundBuiltin(`async_generator.${name}`), self: h.incref(obj)! };
    // (an async generator has no send / throw / close / __next__: only their async counterparts)
    if (GEN_METHODS.includes(name) && isAsyncGen(obj)) throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
    if (obj.kind === 'generator' && GEN_METHODS.includes(name) && !(name === '__next__' && obj.builtinName === COROUTINE)) {
      return { func: this.boundBuiltin(`generator.${name}`), self: h.incref(obj)! };
    }
    const iterSlot = iteratorMethod(obj, name);
    if (iterSlot) return { func: this.boundBuiltin(iterSlot), self: h.incref(obj)! };
    if (obj.kind === 'property' && (name === 'setter' || name === 'getter' || name === 'deleter')) {
      return { func: this.boundBuiltin(`property.${name}`), self: h.incref(obj)! };
    }
    // The accessors a property keeps (its fget / fset / fdel slots, None when not given), and the
    // callable a classmethod / staticmethod wraps (cm_callable: __func__, __wrapped__ since 3.10).
    const accessor = obj.kind === 'property' ? PROPERTY_ACCESSORS.indexOf(name) : -1;
    if (accessor >= 0) return { func: h.incref(obj.wrapped?.[accessor] ?? this.none)! };
    if ((obj.kind === 'classmethod' || obj.kind === 'staticmethod') && (name === '__func__' || name === '__wrapped__') && obj.wrapped?.[0]) {
      return { func: h.incref(obj.wrapped[0])! };
    }
    if (obj.kind === 'view') {
      // A dict view's `.mapping`: a new read-only proxy of its dict; a proxy's methods call its mapping's.
      const p = name === 'mapping' ? viewMapping(this, obj, site) : undefined;
      if (p) return { func: p };
      const pm = isMappingProxy(obj) ? proxyMethod(name) : undefined;
      if (pm) return { func: this.boundBuiltin(pm), self: h.incref(obj)! };
      // (a keys view's isdisjoint: setAlgebra.ts keysViewDisjoint)
      if (name === 'isdisjoint' && obj.iterKind === 'dict_keys') return { func: this.boundBuiltin('dict_keys.isdisjoint'), self: h.incref(obj)! };
    }
    if (obj.kind === 'weakref' && name === '__callback__') return { func: h.incref(obj.callback) ?? this.none };
    // (a KeyedRef of a WeakValueDictionary: its `key` slot)
    if (obj.kind === 'weakref' && obj.type === 'KeyedRef' && name === 'key' && obj.attrs?.has('key')) return { func: h.incref(obj.attrs.get('key'))! };
    if (obj.kind === 'cell' && name === 'cell_contents') {
      if (obj.cellValue) return { func: h.incref(obj.cellValue)! };
      throw this.it.raiseObj(this.cError('ValueError', site), frame, true);
    }
    if (obj.kind === 'weakproxy') {
      const target = obj.referent;
      if (!target) throw this.it.raiseObj(this.cError('ReferenceError', site), frame, true);
      return yield* this.loadMethod(target, name, frame, site);
    }
    const tname = obj.kind === 'dict' ? 'dict' : obj.kind === 'list' ? (obj.type === 'deque' ? 'deque' : 'list') : obj.kind === 'set' || obj.kind === 'frozenset' ? 'set'
      : obj.kind === 'str' ? 'str' : obj.kind === 'tuple' ? 'tuple' : obj.kind === 'bytes' ? 'bytes' : obj.kind === 'int' ? 'int' : obj.kind === 'float' ? 'float' : '';
    if ((obj.kind === 'int' || obj.kind === 'float' || obj.kind === 'bool') && NUMBER_DATA_ATTRS.has(name)) return { func: this.numberAttr(obj, name, site) };
    const part = obj.type === 'complex' && !obj.cls ? complexAttr(this, obj, name, site) : undefined;
    if (part) return { func: part };
    if (obj.kind === 'complex' && obj.type === 'complex' && !obj.cls && name === 'conjugate') return { func: this.boundBuiltin('complex.conjugate'), self: h.incref(obj)! };
    if (tname && obj.kind !== 'unknown') {
      // An exact builtin type has exactly these public attributes: another name raises AttributeError.
      const known = PUBLIC_ATTRS[obj.kind];
      if (known && obj.type === obj.kind && !obj.fuzzy && !name.startsWith('__') && !known.has(name)) throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
      // The type's class- and static-level methods bind the type (or nothing), not the object.
      if ((name === 'fromkeys' || name === 'maketrans') && obj.type === obj.kind) return { func: this.boundBuiltin(`${tname}.${name}`) };
      if (CLASS_LEVEL_METHODS.has(name)) return { func: this.unknown(site.line, site.col) };
      return { func: this.boundBuiltin(`${tname}.${name}`), self: h.incref(obj)! };
    }
    if (obj.kind === 'unknown' && isStdStream(obj) && (name === 'write' || name === 'flush')) return { func: this.boundBuiltin(`${obj.moduleName}.${name}`) };
    if (obj.kind === 'unknown' && obj.cls?.enumKind && obj.attrs?.has('_name_')) {
      // An enum member: .value / .name are its _value_ / _name_; its class's own methods bind to it.
      if (name === 'value' || name === '_value_') return { func: h.incref(obj.attrs.get('_value_'))! };
      if (name === 'name' || name === '_name_') return { func: h.incref(obj.attrs.get('_name_'))! };
      if (name === '__class__') return { func: h.incref(obj.cls)! };
      const own = name.startsWith('_') && name !== '__objclass__' ? undefined : obj.attrs.get(name);
      if (own) return { func: h.incref(own)! };
      const f = this.lookupClassAttr(obj.cls, name);
      if (f?.kind === 'function') return { func: h.incref(f)!, self: h.incref(obj)! };
      const getter = f?.kind === 'property' ? f.wrapped?.[0] : undefined;
      if (getter?.kind === 'function') return { func: yield* this.it.callObject(getter, [h.incref(obj)!], [], frame, site) };
    }
    // A pure value's method (`d.isoformat()`): called with self, pure (pureValues.ts).
    if (obj.pureValue) return { func: this.boundBuiltin(`${PURE_METHOD}.${name}`), self: h.incref(obj)! };
    if (obj.kind === 'unknown' && obj.external && isPureNamespace(obj.moduleName)) {
      // `datetime.date.today`: named as a module attribute is, so that calling it is followed.
      const u = h.external('unknown', 'object', `module:${obj.moduleName}.${name}`);
      u.fuzzy = true;
      u.moduleName = `${obj.moduleName}.${name}`;
      return { func: u };
    }
    if (obj.kind === 'class' && obj.external) {
      // A builtins type is a static type: type_name makes a new str from tp_name at each access
      // (measured: a count of 1 on 3.11-3.13), whose text is known.
      if ((name === '__name__' || name === '__qualname__') && obj.builtinName && this.types.get(obj.builtinName) === obj) return { func: this.newStrFresh(obj.builtinName, site) };
      // (a class statement's __name__ is its ht_name, the interned identifier it was made with)
      if ((name === '__name__' || name === '__qualname__') && [...this.moduleExceptions.values()].includes(obj)) return { func: this.newStrImmortal(obj.builtinName!) };
      if (name === 'fromkeys' || name === 'maketrans') return { func: this.boundBuiltin(`${obj.builtinName}.${name}`) };
      // A builtins type whose public attributes the model lists: a name it lacks (and type's own
      // `mro` lacks) raises AttributeError; a method or data attribute it has is the descriptor in
      // its dict (`list.append`, `int.real`): one object per type and name, held by that dict, not
      // immortal (measured: `ap = list.append` counts 2 on 3.11-3.13).
      const has = this.builtinTypeHas(obj, name);
      if (has === false) throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
      if (has && name !== 'mro' && !CLASS_LEVEL_METHODS.has(name)) return { func: h.incref(this.typeDescriptor(obj.builtinName!, name))! };
      const fn = this.boundBuiltin(`${obj.builtinName}.${name}`);
      return { func: fn };
    }
    // `Sized.register`: ABCMeta.register bound to a collections.abc ABC (virtualSubclasses.ts).
    if (name === 'register' && obj.kind === 'unknown' && obj.external && inertAbcName(obj)) return { func: this.boundMethodObject(this.boundBuiltin(LIB_ABC_REGISTER), h.incref(obj)!, name, site) };
    // (an object the model does not know may lack the attribute, or compute it and raise:
    // an `except AttributeError` after it runs)
    this.it.noteMayRaise();
    h.escape(obj);
    const u = this.unknown(site.line, site.col);
    if (obj.acyclic && !MUTABLE_RESULTS.has(name)) u.acyclic = true; // (m.group of a re.Match, and what calling it gives)
    return { func: u };
  }

  /**
   * A number's data attributes: real and numerator of an exact int (real of an
   * exact float) are the number itself; imag a new 0.0 for a float, 0 for an int;
   * denominator 1.
   */
  private numberAttr(obj: PyObj, name: string, site: Pos): PyObj {
    const h = this.it.heap;
    const exact = obj.type === obj.kind && obj.kind !== 'bool';
    if (obj.kind === 'float') {
      if (name === 'real') return exact ? h.incref(obj)! : this.newFloat(typeof obj.value === 'number' ? obj.value : undefined, site);
      if (name === 'imag') return this.newFloat(0, site);
      return this.unknown(site.line, site.col); // (a float has no numerator / denominator: AttributeError in CPython)
    }
    if (name === 'imag') return this.smallInt(0n);
    if (name === 'denominator') return this.smallInt(1n);
    if (exact) return h.incref(obj)!;
    const v = obj.kind === 'bool' ? (obj.value === undefined ? undefined : obj.value ? 1n : 0n) : typeof obj.value === 'bigint' ? obj.value : undefined;
    return this.newInt(v, site);
  }

  /**
   * Whether builtins type `cls` has public attribute `name` (its own dict, or type's `mro`):
   * undefined for a dunder name, a type whose attributes the model does not list, or one not
   * every supported version has.
   */
  builtinTypeHas(cls: PyObj, name: string): boolean | undefined {
    const table = cls.kind === 'class' && cls.external && cls.builtinName && this.types.get(cls.builtinName) === cls ? builtinTypeAttrs(cls.builtinName) : undefined;
    if (!table || name.startsWith('__') || NEWER_TYPE_ATTRS.has(`${cls.builtinName}.${name}`)) return undefined;
    return name === 'mro' || table.has(name);
  }

  private readonly typeDescriptors = new Map<string, PyObj>();
  /**
   * The descriptor a builtins type's dict holds under `name` (a method_descriptor, or a
   * getset_descriptor for a data attribute): made on first read with the dict's reference; called,
   * it is that type's method (its builtinName is the one a bound call uses).
   */
  typeDescriptor(typeName: string, name: string): PyObj {
    const key = `${typeName}.${name}`;
    let d = this.typeDescriptors.get(key);
    if (!d) {
      const h = this.it.heap;
      const kind = NUMBER_DATA_ATTRS.has(name) ? 'getset_descriptor' : 'method_descriptor';
      d = h.alloc('builtin', kind, h.site(0, 0, kind, `<${kind} '${name}' of '${typeName}'>`));
      d.builtinName = key;
      this.typeDescriptors.set(key, d);
    }
    return d;
  }

  /** `Cls[...]` aliases of Generic classes made so far (genericAlias.ts: typing's cache is bounded). */
  genericAliasCount = 0;
  private readonly boundBuiltins = new Map<string, PyObj>();
  boundBuiltin(name: string): PyObj {
    let f = this.boundBuiltins.get(name);
    if (!f) { f = this.builtinFunc(name); this.boundBuiltins.set(name, f); }
    return f;
  }

  /** An instance's __dict__ as an object of its own, made on first need over its attributes. */
  /**
   * Some class of the MRO declares __slots__ members (not just __dict__ / __weakref__):
   * 3.13 keeps inline attribute values only for layouts without them.
   */
  hasSlotMembers(cls: PyObj | undefined): boolean {
    return (cls?.mroTuple?.items ?? (cls ? [cls] : [])).some((c) => c.slotNames?.some((n) => n !== '__dict__' && n !== '__weakref__'));
  }

  /** Where an instance keeps attribute `name`: its slot, its dict, or nowhere (AttributeError). */
  private attrStore(obj: PyObj, name: string): Map<string, PyObj> | undefined {
    if (obj.slots && (obj.cls?.mroTuple?.items ?? []).some((c) => c.slotNames?.includes(name))) return obj.slots;
    return obj.attrs ?? (obj.fuzzy ? obj.slots : undefined);
  }

  /** object.__new__(cls): an instance without attributes yet (no __init__ run). */
  bareInstance(cls: PyObj, pos: Pos): PyObj {
    const h = this.it.heap;
    const cname = cls.classIR?.name ?? cls.builtinName ?? 'object';
    const inst = h.alloc('instance', cname, h.site(pos.line, pos.col, cname, `${cname}()`));
    inst.cls = h.incref(cls);
    inst.tracked = true;
    // Slot members live in the object; other attributes (when the layout has a __dict__) in its dict.
    if (this.hasSlotMembers(cls)) inst.slots = new Map();
    if (!cls.slotNames || cls.hasInstanceDict) inst.attrs = new Map();
    const base = this.builtinBaseOf(cls);
    if (base) {
      const part = base === 'list' ? this.newSeq('list', [], pos) : this.newDict(pos);
      // (an OrderedDict subclass's part is an OrderedDict: its nodes hold the keys, popitem / move_to_end follow its order)
      if (base === 'OrderedDict') part.type = 'OrderedDict';
      part.payloadOf = inst;
      inst.basePayload = part;
    }
    noteInstanceMade(this, inst);
    return inst;
  }

  /**
   * 'list' / 'dict' when `cls` derives from exactly that builtin container through classes of the
   * program only (its instances get a basePayload); undefined otherwise.
   */
  builtinBaseOf(cls: PyObj): 'list' | 'dict' | 'OrderedDict' | undefined {
    let base: 'list' | 'dict' | 'OrderedDict' | undefined;
    for (const c of cls.mroTuple?.items ?? []) {
      if (c.classIR || c.builtinName === 'object') continue;
      if (c.external && c.kind === 'class' && (c.builtinName === 'list' || c.builtinName === 'dict') && !base) base = c.builtinName;
      // (collections.OrderedDict's MRO goes on with dict)
      else if (c.external && c.kind === 'class' && c.builtinName === 'OrderedDict' && !base) base = 'OrderedDict';
      else if (base === 'OrderedDict' && c.external && c.kind === 'class' && c.builtinName === 'dict') continue;
      else return undefined;
    }
    return base;
  }

  /**
   * list.__init__ / dict.__init__ on a subclass instance (args borrowed): the builtin part is
   * emptied and filled as list(...) / dict(...) would fill a new one.
   */
  *initPayload(inst: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<void> {
    const h = this.it.heap;
    const part = inst.basePayload!;
    // (OrderedDict.__init__ stores each item through the class's own __setitem__: odictSubclass.ts)
    if (part.type === 'OrderedDict' && ownHook(inst.cls, '__setitem__')) {
      if (!(yield* updateThroughSetitem(this, inst, args, kwargs, frame))) {
        for (const a of [inst, ...args, ...kwargs.map(([, v]) => v)]) this.it.heap.escape(a);
      }
      return;
    }
    const fresh = yield* this.callBuiltinType(this.types.get(part.kind)!, args, kwargs, frame, site);
    try {
      if (fresh.kind !== part.kind) { h.escape(inst); return; }
      const oldItems = part.items ?? [];
      const oldEntries = [...(part.entries?.values() ?? [])];
      if (part.kind === 'list') { part.items = fresh.items; fresh.items = []; } else { part.entries = fresh.entries; fresh.entries = new Map(); }
      for (const x of part.items ?? []) this.noteStore(part, x);
      for (const e of part.entries?.values() ?? []) { this.noteStore(part, e.key); this.noteStore(part, e.value); }
      if (fresh.fuzzy) this.fuzzContent(part);
      for (const x of oldItems) h.decref(x);
      for (const e of oldEntries) { h.decref(e.key); h.decref(e.value); }
    } finally {
      h.decref(fresh);
    }
  }

  /** A namedtuple instance: a tuple of `items` (owned) that also refers to its class. */
  namedTuple(cls: PyObj, items: PyObj[], pos: Pos): PyObj {
    const h = this.it.heap;
    const t = h.alloc('tuple', cls.builtinName ?? 'tuple', h.site(pos.line, pos.col, cls.builtinName ?? 'tuple', `${cls.builtinName}(…)`));
    t.items = items;
    t.cls = h.incref(cls);
    t.tracked = true;
    for (const x of items) this.noteStore(t, x);
    return t;
  }

  /**
   * An entry of the __dict__ functools.wraps filled on a Python function of a library the model
   * builds (contextmanager's helper, ContextDecorator's inner): `__wrapped__` and what it copied.
   * Undefined for anything else, or a name not there.
   */
  wrapperDictAttr(obj: PyObj, name: string): PyObj | undefined {
    if (obj.kind !== 'builtin' || obj.type !== 'function' || !obj.dictObj?.entries || !(isHelper(obj) || obj.builtinName === CM_DECORATED)) return undefined;
    return this.dictGet(obj.dictObj, this.newStrImmortal(name))?.value;
  }

  /** `obj.__dict__` made a real object (the first access, object.__getstate__, copy's `y.__dict__.update`). */
  materializeDict(obj: PyObj, pos: Pos): PyObj {
    return materializeInstanceDict(this, obj, pos);
  }

  instanceDict(obj: PyObj, pos: Pos, tracked: boolean): PyObj {
    if (obj.dictObj) return obj.dictObj;
    const d = this.it.heap.alloc('dict', 'dict', this.it.heap.site(pos.line, pos.col, 'dict', '__dict__'));
    d.attrs = obj.attrs;
    d.tracked = tracked;
    d.instanceDict = true;
    obj.dictObj = d;
    return d;
  }

  functionDict(f: PyObj, pos: Pos): void {
    if (f.dictObj) return;
    const h = this.it.heap;
    const d = h.alloc('dict', 'dict', h.site(pos.line, pos.col, 'dict', `${f.fn?.name}.__dict__`));
    f.attrs ??= new Map();
    d.attrs = f.attrs;
    // func_get_dict / the first attribute store make it with PyDict_New(): untracked until something
    // the collector could track goes in (MAINTAIN_TRACKING), so `f.last = "text"` leaves it out of
    // a collection (measured 3.11-3.13); attributes already there (functools' own) decide now.
    d.tracked = [...f.attrs.values()].some((v) => this.mayBeTracked(v));
    d.functionDict = true;
    f.dictObj = d;
  }

  /**
   * A descriptor's `__get__` / `__set__` / `__delete__` run from C by an attribute access: the generic
   * lookups (_PyObject_GenericGetAttrWithDict, _PyObject_GenericSetAttrWithDict, type_getattro) take
   * their own reference to the descriptor `_PyType_Lookup` found (Py_INCREF(descr)) before calling
   * it and drop it after, so the descriptor counts one more while its method runs (measured on
   * 3.11-3.13: `self` inside a data / non-data descriptor's __get__ and __set__ is one above class
   * dict + frame + locals). `args[0]` is the descriptor.
   */
  *callDescriptor(fn: PyObj, args: PyObj[], frame: Frame, site: CallSite): G<PyObj> {
    return yield* heldWhile(this.it.heap, [args[0]], 1, this.it.callFromC(fn, args, frame, site));
  }

  /** A Python method `name` (`__get__`, `__set__`, `__delete__`) of a descriptor object's class. */
  descriptorMethod(d: PyObj | undefined, name: string): PyObj | undefined {
    if (!d || d.kind !== 'instance') return undefined;
    const m = this.lookupClassAttr(d.cls, name);
    return m && m.kind === 'function' ? m : undefined;
  }

  /** An attribute store that runs Python code (from C, arguments borrowed); the owned `value` goes after it, or before when an argument holds it. */
  private *storeThrough(fn: PyObj, args: PyObj[], value: PyObj, argHeld: boolean, frame: Frame, key: string, descr = false): G<void> {
    const h = this.it.heap;
    if (argHeld) h.decref(value);
    try {
      const site = { line: frame.line, col: 0, key };
      // (a descriptor's __set__: the store holds the descriptor too, callDescriptor)
      h.decref(yield* (descr ? this.callDescriptor(fn, args, frame, site) : this.it.callFromC(fn, args, frame, site)));
    } finally {
      if (!argHeld) h.decref(value);
    }
  }

  /**
   * A class of the program surely has no attribute `name` (its lookup found none above): a public
   * name (type and object define none but `mro`, handled before), on a class whose whole MRO is the
   * program's classes and object, under type itself or a metaclass of the program without
   * __getattr__, that no unknown code was given (it could have set the name).
   */
  /** A class whose whole MRO is the program's classes and object (no base the model does not know). */
  programClassesOnly(cls: PyObj | undefined): boolean {
    return !!cls && !cls.fuzzy && ops.knownClass(cls) && cls.mroTuple!.items!.every((c) => !!c.classIR || c.builtinName === 'object');
  }

  classSurelyLacks(cls: PyObj, name: string): boolean {
    if (name.startsWith('_') || cls.fuzzy || cls.enumKind || cls.namedFields || !ops.knownClass(cls)) return false;
    if (!this.programClassesOnly(cls)) return false;
    const meta = cls.foreignMeta;
    if (meta && (!cls.plainMeta || meta.fuzzy || meta.unknownBase || !meta.mroTuple?.items?.every((c) => !!c.classIR || c.builtinName === 'object' || c.builtinName === 'type')
      || this.lookupClassAttr(meta, '__getattr__') || this.lookupClassAttr(meta, '__getattribute__'))) return false;
    return true;
  }

  /**
   * A C object's slot set the Py_XSETREF way: `value` (owned) goes in first, then the `old` object
   * is released, at once. With `noneEmpties`, None leaves the slot empty (undefined) and is dropped.
   */
  private replaceSlot(obj: PyObj, value: PyObj, old: PyObj | undefined, noneEmpties: boolean, store: (v: PyObj | undefined) => void): void {
    const stored = noneEmpties && value.kind === 'none' ? undefined : value;
    store(stored);
    if (stored) this.noteStore(obj, value);
    else this.it.heap.decref(value);
    this.it.heap.decref(old);
  }

  /**
   * obj.name = value, `value` owned. `how.generic`: object.__setattr__ (a class's own __setattr__ is not
   * run); `how.argHeld`: the value is also an argument of a C call in progress (setattr(), object.__setattr__),
   * so when Python code runs for the store (__setattr__, __set__, a property's setter) the caller's
   * stack reference is that argument, not this one.
   */
  /**
   * A weakref.proxy's attribute store or deletion: done on the referent, which the proxy holds
   * while it runs (UNWRAP); a dead referent is a ReferenceError (the value given is released).
   */
  private *throughProxy(proxy: PyObj, frame: Frame, run: (target: PyObj) => G<void>, value?: PyObj): G<void> {
    const h = this.it.heap;
    const target = proxy.referent;
    if (!target) {
      if (value) h.decref(value);
      throw this.it.raiseObj(this.cError('ReferenceError', { line: frame.line, col: 0 }), frame, true);
    }
    h.incref(target);
    try {
      yield* run(target);
    } finally {
      h.decref(target);
    }
  }

  *setAttr(obj: PyObj, name: string, value: PyObj, frame: Frame, how?: { generic?: boolean; argHeld?: boolean }): G<void> {
    const h = this.it.heap;
    // (an object the model knows nothing of may refuse the attribute — __slots__, a read-only
    // property, a C type's AttributeError / TypeError — or run a __setattr__ that raises)
    if (storeMayBeRefused(obj)) this.it.noteMayRaise();
    // (proxy_setattr: the referent's own setattr)
    if (obj.kind === 'weakproxy') return yield* this.throughProxy(obj, frame, (t) => this.setAttr(t, name, value, frame, how), value);
    if (obj.kind === 'class') { this.generatedPartReplaced(obj, name); noteTypeModified(this, obj); }
    if (obj.kind === 'class' && !obj.external && name === '__bases__' && value.kind === 'tuple' && obj.basesTuple) {
      // type_set_bases: the new tuple replaces the old and the MRO is computed again, taking the old
      // bases' references to the new ones; that is not followed, so every class involved (and what
      // reaches them) has an open count from here.
      h.escape(obj);
      h.escape(value);
      h.escape(obj.basesTuple);
      const old = obj.basesTuple;
      obj.basesTuple = value;
      obj.bases = [...(value.items ?? [])];
      obj.reachedByUnknown = true;
      h.decref(old);
      return;
    }
    if (this.otherThreadsLocal(obj)) {
      // (the value goes into that thread's dict, freed when the thread ends: its count goes open)
      h.escape(value);
      h.decref(value);
      return;
    }
    if (obj.kind === 'exception' && name === '__traceback__' && (value.kind === 'none' || value.kind === 'traceback') && !this.lookupClassAttr(obj.cls, '__setattr__')) {
      // BaseException's __traceback__ slot: the old chain (and the frames it owns) goes.
      this.replaceSlot(obj, value, obj.traceback, true, (v) => { obj.traceback = v; });
      return;
    }
    if (obj.kind === 'exception' && (name === '__cause__' || name === '__context__') && (value.kind === 'none' || value.kind === 'exception')
      && !this.lookupClassAttr(obj.cls, '__setattr__') && !this.lookupClassAttr(obj.cls, name)) {
      // BaseException_set_cause / _set_context: the old exception (and the traceback it owns) goes
      // at once. None clears __context__; `__cause__ = None` clears the cause but sets
      // __suppress_context__, which the model keeps as a None cause (as `raise … from None`).
      if (name === '__cause__') this.replaceSlot(obj, value, obj.cause, false, (v) => { obj.cause = v; });
      else this.replaceSlot(obj, value, obj.context, true, (v) => { obj.context = v; });
      return;
    }
    if (obj.kind === 'dict' && obj.type === 'defaultdict' && name === 'default_factory' && !obj.cls && !obj.fuzzy) {
      // defaultdict's default_factory member (T_OBJECT): None is no factory.
      this.replaceSlot(obj, value, obj.defaultFactory, true, (v) => { obj.defaultFactory = v; });
      return;
    }
    if (obj.kind === 'cell' && name === 'cell_contents') {
      // cell_set_contents (3.7+)
      this.replaceSlot(obj, value, obj.cellValue, false, (v) => { obj.cellValue = v; });
      return;
    }
    if (obj.kind === 'unknown' && obj.cls?.enumKind && obj.attrs?.has('_name_') && !name.startsWith('_')) {
      // An attribute of an enum member: an ordinary store in its __dict__.
      const attrs = obj.attrs;
      this.replaceSlot(obj, value, attrs.get(name), false, (v) => { attrs.set(name, v!); });
      return;
    }
    if (obj.kind === 'instance') {
      const argHeld = !!how?.argHeld;
      const own = how?.generic ? undefined : this.lookupClassAttr(obj.cls, '__setattr__');
      if (own?.builtinName === FROZEN_DATACLASS_METHOD) {
        // A frozen dataclass: FrozenInstanceError (an AttributeError), raised in the generated __setattr__.
        throw this.frozenInstanceRaise(obj, name, value, frame);
      }
      if (own?.kind === 'function') {
        // slot_tp_setattro: the class's __setattr__(self, name, value).
        yield* this.storeThrough(own, [obj, this.newStrImmortal(name), value], value, argHeld, frame, 'setattr');
        return;
      }
      const prop = this.lookupClassAttr(obj.cls, name);
      // object's __class__ setter (a data descriptor on object), unless a class of the program defines one.
      if (name === '__class__' && !prop) { this.assignClass(obj, value, frame); return; }
      if (name === '__dict__' && !prop && !own && obj.attrs && this.programClassesOnly(obj.cls) && exactBuiltin(value) && value.kind !== 'dict') {
        // PyObject_GenericSetDict: "__dict__ must be set to a dictionary" (checked before anything changes)
        h.decref(value);
        throw this.it.raiseObj(this.cError('TypeError', { line: frame.line, col: 0 }), frame, true);
      }
      if (name === '__dict__' && !prop && obj.attrs && !obj.basePayload) { this.assignDict(obj, value); return; }
      const dset = this.descriptorMethod(prop, '__set__');
      if (dset) {
        // slot_tp_descr_set: __set__(descr, obj, value) from C.
        yield* this.storeThrough(dset, [prop!, obj, value], value, argHeld, frame, 'descr-set', true);
        return;
      }
      if (prop && prop.kind === 'property') {
        const setter = prop.wrapped?.[1];
        if (setter && setter.kind !== 'none') {
          // property.__set__ calls fset from C: the value stays on the caller's stack meanwhile.
          yield* this.storeThrough(setter, [obj, value], value, argHeld, frame, 'setter');
          return;
        }
      }
      const store = this.attrStore(obj, name);
      if (!store) {
        h.decref(value);
        const exc = this.cError('AttributeError', { line: frame.line, col: 0 });
        // (3.13: a failed generic store names the object too)
        if (this.it.vm.setattrErrorKeepsObject) this.noteAttributeErrorObject(exc, obj);
        throw this.it.raiseObj(exc, frame, true);
      }
      // 3.13: a layout with __slots__ members besides __dict__ keeps a real dict (no inline
      // values), made by the first store and tracked once it holds a container.
      // (so does every list / dict subclass instance, on every version: measured, gc.collect counts its dict)
      if (store === obj.attrs && (obj.basePayload || (this.it.vm.slotsDictIsRealDict && this.hasSlotMembers(obj.cls)))) {
        this.instanceDict(obj, { line: frame.line, col: 0 }, false);
      }
      h.decref(this.putAttr(obj, store, name, value, { line: frame.line, col: 0 }));
      return;
    }
    if (obj.kind === 'function' && (name === '__defaults__' || name === '__kwdefaults__' || name === '__doc__')) {
      // The function's own slots: the old tuple / dict / docstring goes.
      const nv = value.kind === 'none' ? undefined : value;
      const old = name === '__defaults__' ? obj.defaults : name === '__doc__' ? obj.doc : obj.kwdefaults;
      if (name === '__defaults__') obj.defaults = nv; else if (name === '__doc__') obj.doc = nv; else obj.kwdefaults = nv;
      if (!nv) h.decref(value);
      else this.noteStore(obj, value);
      h.decref(old);
      return;
    }
    if (obj.kind === 'function') {
      // (a new __code__ replaces func_code, which the model does not run: the old code's count goes open)
      if (name === '__code__' && obj.codeObj) { h.fuzz(obj.codeObj); h.decref(obj.codeObj); obj.codeObj = undefined; }
      this.functionDict(obj, { line: frame.line, col: 0 });
      const old = obj.attrs!.get(name);
      obj.attrs!.set(name, value);
      this.noteStore(obj, value);
      if (!obj.dictObj!.tracked && this.mayBeTracked(value)) obj.dictObj!.tracked = true;
      h.decref(old);
      return;
    }
    if (isPartial(obj) && !PARTIAL_MEMBERS.has(name)) {
      // partial's tp_setattro is PyObject_GenericSetAttr: the value goes into the partial's own
      // __dict__ (pto->dict), made by the first store (func / args / keywords: read-only members).
      let d = obj.attrs!.get('__dict__');
      if (!d) {
        d = this.newDict({ line: frame.line, col: 0 });
        obj.attrs!.set('__dict__', d);
        this.noteStore(obj, d);
      }
      this.dictSet(d, this.newStrImmortal(name), value);
      return;
    }
    if (this.immutableType(obj)) {
      h.decref(value);
      throw this.it.raiseObj(this.cError('TypeError', { line: frame.line, col: 0 }), frame, true);
    }
    if (obj.kind === 'class' && !obj.external) {
      const old = obj.attrs!.get(name);
      obj.attrs!.set(name, value);
      this.noteStore(obj, value);
      if (obj.dictObj && !obj.dictObj.tracked && this.mayBeTracked(value)) obj.dictObj.tracked = true;
      h.decref(old);
      return;
    }
    if (obj.kind === 'exception' && memberNames(this, obj.excClass).includes(name) && !this.lookupClassAttr(obj.cls, name)) {
      // A C member (OSError's filename, SystemExit's code …): replaced in place, not in the __dict__.
      obj.slots ??= new Map();
      const old = obj.slots.get(name);
      obj.slots.set(name, value);
      this.noteStore(obj, value);
      h.decref(old);
      return;
    }
    if (obj.kind === 'exception') {
      obj.attrs ??= new Map();
      const old = obj.attrs.get(name);
      obj.attrs.set(name, value);
      this.noteStore(obj, value);
      // BaseException keeps its own dict pointer (no managed dict in any version): the
      // first store makes a real dict, tracked once it holds a container.
      const d = this.instanceDict(obj, { line: frame.line, col: 0 }, false);
      if (!d.tracked && this.mayBeTracked(value)) d.tracked = true;
      h.decref(old);
      return;
    }
    // (an int, list, re.Match, deque, iterator …: no __dict__, and hardly a writable attribute)
    const byType = storeByType(obj, name, this.it.vm.typeNamesMinor);
    const denied = byType === 'allowed' ? undefined : byType ?? (exactBuiltin(obj) ? 'no-dict' : storeDenied(obj, name));
    if (denied) {
      // An int, str, list, dict, lock … has no __dict__ and no such slot: AttributeError (3.13's
      // names the object); a property without a setter raises one that does not.
      h.decref(value);
      const exc = this.cError('AttributeError', { line: frame.line, col: 0 });
      if (this.it.vm.setattrErrorKeepsObject && denied === 'no-dict') this.noteAttributeErrorObject(exc, obj);
      throw this.it.raiseObj(exc, frame, true);
    }
    const stream = obj.kind === 'module' && obj.moduleName === 'sys' ? streamOfAttr(name, false) : undefined;
    if (stream) { setStream(this, stream, value); return; }
    if (isProgramModule(obj) && programModuleStore(this, obj, name, value)) return;
    // (`__main__.x = v` is the script's global x: module_setattro stores into its dict)
    if (isMainModule(obj)) { yield* this.it.storeNameScoped(name, 'global', value, frame); return; }
    // (an OrderedDict's / Counter's own __dict__ now holds a name the model does not keep: getattr no longer
    // decides an AttributeError on it)
    if (hasOwnDict(obj)) obj.dictMaybe = true;
    h.escape(value);
    h.decref(value);
  }

  /**
   * Puts `value` (owned) under `name` in instance `obj`'s attribute storage `store` (its slots or
   * attributes); returns the value it replaces (owned).
   */
  private putAttr(obj: PyObj, store: Map<string, PyObj>, name: string, value: PyObj, pos: Pos): PyObj | undefined {
    if (store === obj.attrs) noteNewName(this, obj, name, pos);
    const old = store.get(name);
    store.set(name, value);
    this.noteStore(obj, value);
    // The store goes through a dict of the instance's own (not an embedded one): MAINTAIN_TRACKING.
    if (store === obj.attrs && obj.dictObj && !obj.dictObj.embedded) noteDictStore(this, obj.dictObj, value);
    return old;
  }

  /**
   * `obj.__class__ = value` (object_set_class, value owned): between two plain layouts of the
   * program the instance changes class, its __dict__ made first (detached on 3.13); what the
   * model cannot check for compatibility (or a non-class: TypeError), or a change that may not
   * happen (a branch of unknown direction), leaves the instance unknown.
   */
  private assignClass(obj: PyObj, value: PyObj, frame: Frame): void {
    const h = this.it.heap;
    const old = obj.cls;
    if (!old || !plainLayouts(this, old, value) || obj.fuzzy && !obj.countKnown || this.it.uncertainFor(obj)) {
      h.escape(obj);
      h.escape(value);
      h.decref(value);
      return;
    }
    detachForClassChange(this, obj, { line: frame.line, col: 0 });
    obj.cls = value;
    obj.type = value.classIR?.name ?? obj.type;
    this.noteStore(obj, value);
    h.decref(old);
  }

  /**
   * `obj.__dict__ = value` (PyObject_GenericSetDict, value owned): a plain dict of str keys becomes
   * the instance's dict (its attributes from now on); the old dict (made first from the values) is
   * released, and lives on with the old attributes where someone holds it. Anything else (a dict of
   * other keys or open content, a change that may not happen) leaves the instance unknown.
   */
  private assignDict(obj: PyObj, value: PyObj): void {
    const h = this.it.heap;
    const entries = value.kind === 'dict' && value.type === 'dict' && value.entries && !value.fuzzy ? [...value.entries.values()] : undefined;
    if (!entries || entries.some((e) => e.key.kind !== 'str' || e.key.value === undefined) || this.it.uncertainFor(obj) || obj.fuzzy) {
      h.escape(obj);
      h.escape(value);
      h.decref(value);
      return;
    }
    this.dropInstanceDict(obj);
    // The dict keeps its key strings, which an attribute table does not hold: their counts go open.
    const attrs = new Map<string, PyObj>();
    for (const e of entries) {
      attrs.set(String(e.key.value), e.value);
      h.fuzz(e.key);
    }
    value.entries = undefined;
    value.attrs = attrs;
    value.instanceDict = true;
    obj.attrs = attrs;
    obj.dictObj = value;
    this.noteStore(obj, value);
  }

  /** The instance lets go of its dict (a real one, or the attribute values), before another or none replaces it. */
  private dropInstanceDict(obj: PyObj): void {
    const h = this.it.heap;
    const old = obj.dictObj;
    obj.dictObj = undefined;
    // (a dict that lives on keeps its split table: names stored into it still go into the class's keys)
    if (old) {
      old.embedded = false;
      h.decref(old);
    } else for (const v of obj.attrs!.values()) h.decref(v);
  }

  /**
   * `del obj.__dict__` (subtype_setdict with NULL): the attributes go with the dict (a dict someone
   * holds lives on with them); the next store makes a new dict, not embedded values. It is made
   * here, empty: only gc.get_referents could tell the two moments apart.
   */
  private deleteDict(obj: PyObj, pos: Pos): void {
    const h = this.it.heap;
    if (this.it.uncertainFor(obj) || obj.fuzzy || !this.programClassesOnly(obj.cls)) {
      h.escape(obj);
      return;
    }
    this.dropInstanceDict(obj);
    obj.attrs = new Map();
    materializeInstanceDict(this, obj, pos).embedded = false;
    this.it.recorder.noteStore();
  }

  /**
   * A static type of the builtins namespace (int, list, ValueError …): type_setattro refuses any
   * store or deletion on it before looking at the name ("cannot set 'x' attribute of immutable
   * type 'int'", Py_TPFLAGS_IMMUTABLETYPE, 3.10+). Library classes are left alone: some are Python
   * classes (mutable), and which C ones are heap types varies.
   */
  private immutableType(obj: PyObj): boolean {
    return obj.kind === 'class' && obj.external && !!obj.builtinName && this.types.get(obj.builtinName) === obj;
  }

  /** `del obj.name`: a property's deleter or a descriptor's __delete__ runs; a missing attribute raises. */
  *delAttr(obj: PyObj, name: string, frame: Frame, generic = false, nameObj?: PyObj): G<void> {
    const h = this.it.heap;
    // (an object the model knows nothing of may lack the attribute, AttributeError; see setAttr)
    if (storeMayBeRefused(obj)) this.it.noteMayRaise();
    // (proxy_setattr with no value: the referent's deletion)
    if (obj.kind === 'weakproxy') return yield* this.throughProxy(obj, frame, (t) => this.delAttr(t, name, frame, generic, nameObj));
    if (obj.kind === 'class') { this.generatedPartReplaced(obj, name); noteTypeModified(this, obj); }
    if (this.otherThreadsLocal(obj)) return;
    const site = { line: frame.line, col: 0, key: 'delattr' };
    // slot_tp_setattro with no value: a class's own __delattr__(self, name) does the deletion
    // (object.__delattr__, the generic one, is `generic`).
    const own = obj.kind === 'instance' && !generic ? this.lookupClassAttr(obj.cls, '__delattr__') : undefined;
    if (own?.kind === 'function') {
      const key = this.attrNameObject(name, nameObj);
      try {
        h.decref(yield* this.it.callFromC(own, [obj, key], frame, site));
      } finally {
        h.decref(key);
      }
      return;
    }
    if (obj.kind === 'instance') {
      if (this.lookupClassAttr(obj.cls, '__delattr__')?.builtinName === FROZEN_DATACLASS_METHOD) {
        throw this.frozenInstanceRaise(obj, name, undefined, frame);
      }
      const clsAttr = this.lookupClassAttr(obj.cls, name);
      if (clsAttr?.kind === 'property') {
        const fdel = clsAttr.wrapped?.[2];
        if (fdel && fdel.kind !== 'none') { h.decref(yield* this.it.callFromC(fdel, [obj], frame, site)); return; }
        throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
      }
      const ddel = this.descriptorMethod(clsAttr, '__delete__');
      if (ddel) { h.decref(yield* this.callDescriptor(ddel, [clsAttr!, obj], frame, site)); return; }
      if (name === '__dict__' && !clsAttr && obj.attrs && !obj.basePayload) { this.deleteDict(obj, site); return; }
    }
    if (isProgramModule(obj)) { programModuleDelete(this, obj, name); return; }
    const moduleFrame = isMainModule(obj) ? this.it.stack[0] : undefined;
    if (moduleFrame?.kind === 'module') {
      if (!this.it.globals.has(name)) throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
      this.it.unbindName(name, moduleFrame);
      return;
    }
    if (this.immutableType(obj)) throw this.it.raiseObj(this.cError('TypeError', site), frame, true);
    if (noDictLacks(obj, name, this.it.vm.typeNamesMinor)) {
      // No __dict__ and no such name on the type: the generic deletion's AttributeError (3.13's names the object).
      const exc = this.cError('AttributeError', site);
      if (this.it.vm.setattrErrorKeepsObject) this.noteAttributeErrorObject(exc, obj);
      throw this.it.raiseObj(exc, frame, true);
    }
    const store = obj.kind === 'instance' ? this.attrStore(obj, name)
      : obj.kind === 'exception' ? (memberNames(this, obj.excClass).includes(name) ? obj.slots : obj.attrs) : obj.slots ?? obj.attrs;
    const old = store?.get(name);
    // (an attribute that may be gone: an AttributeError may come instead)
    if (old?.maybeAbsent) this.it.noteMayRaise();
    if (old) { store!.delete(name); h.decref(old); }
    else if (obj.kind === 'instance' && !obj.fuzzy && obj.cls?.mroTuple?.items?.every((c) => c.kind === 'class' && !c.fuzzy)) {
      throw this.it.raiseObj(this.cError('AttributeError', site), frame, true);
    }
    this.it.recorder.noteStore();
  }

  // ---- items (subscripts.ts) ----

  // (`[:]` of a list in an unknown order takes, replaces or drops every item whatever the order:
  // a copy in the same unknown order, or a list whose items are all new / gone; not a settling use)
  *getItem(obj: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
    if (obj.kind === 'list' && obj.orderUnknown && sub.coversWhole(this, idx)) {
      const r = yield* sub.getItem(this, obj, idx, frame);
      if (r.kind === 'list' && r !== obj) r.orderUnknown = true;
      return r;
    }
    settleOrder(this, obj);
    return yield* sub.getItem(this, obj, idx, frame);
  }
  setItem(obj: PyObj, idx: PyObj, value: PyObj, frame: Frame): G<void> {
    if (obj.kind === 'list' && obj.orderUnknown && sub.coversWhole(this, idx)) obj.orderUnknown = undefined;
    else settleOrder(this, obj);
    return sub.setItem(this, obj, idx, value, frame);
  }
  delItem(obj: PyObj, idx: PyObj, frame: Frame): G<void> {
    if (obj.kind === 'list' && obj.orderUnknown && sub.coversWhole(this, idx)) obj.orderUnknown = undefined;
    else settleOrder(this, obj);
    return sub.delItem(this, obj, idx, frame);
  }
  weakEntry(obj: PyObj, idx: PyObj): PyObj | undefined { return sub.weakEntry(this, obj, idx); }


  // ---- modules ----

  importModule(name: string): PyObj {
    let m = this.modules.get(name);
    if (!m) {
      m = this.it.heap.external('module', 'module', `module:${name}`);
      m.moduleName = name;
      noteLoggingImport(this, name);
      if (name === 'gc') {
        this.gcGarbage = this.it.heap.alloc('list', 'list', this.it.heap.site(0, 0, 'list', 'gc.garbage'));
        this.gcGarbage.items = [];
        this.gcGarbage.tracked = true;
        this.gcCallbacks = this.it.heap.alloc('list', 'list', this.it.heap.site(0, 0, 'list', 'gc.callbacks'));
        this.gcCallbacks.items = [];
        this.gcCallbacks.tracked = true;
        // Both lists are held twice before the program binds them: by the
        // collector's state (gcstate->garbage / ->callbacks, a C reference no
        // object traverses) and by the gc module's __dict__ (3.11-3.13 alike:
        // sys.getrefcount(gc.garbage) == 3).
        this.gcGarbage.rc = 2;
        this.gcCallbacks.rc = 2;
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

  /** Whether the program imported module `name` (or one under it). */
  imported(name: string): boolean {
    for (const k of this.modules.keys()) if (k === name || k.startsWith(`${name}.`)) return true;
    return false;
  }

  private maxsize?: PyObj;
  /**
   * sys.maxsize: one int the sys module holds (the reference its allocation stands for), shared
   * with the rest of the interpreter (measured 9-10 on 3.11-3.13): its value known, its count open.
   */
  private sysMaxsize(pos: Pos): PyObj {
    if (!this.maxsize) {
      this.maxsize = this.newInt(9223372036854775807n, pos);
      this.it.heap.fuzz(this.maxsize);
    }
    return this.maxsize;
  }

  private mathConsts = new Map<string, PyObj>();
  /**
   * math.pi / e / tau / inf: one float each that the math module's dict holds (the reference its
   * allocation stands for), so its count is open but its value known; before, an unknown object,
   * so `math.pi * r ** 2` compared as an unknown and `max(shapes)` by area lost every count.
   */
  private mathConstant(name: string, pos: Pos): PyObj | undefined {
    const v = MATH_CONSTANTS.get(name);
    if (v === undefined) return undefined;
    let o = this.mathConsts.get(name);
    if (!o) {
      o = this.newFloat(v, pos);
      this.it.heap.fuzz(o);
      this.mathConsts.set(name, o);
    }
    return o;
  }

  /**
   * An attribute of the running script's module (`import __main__`): its __dict__ is the globals the
   * script's code reads and writes, so the attribute is the global of that name (a new reference);
   * a name the model does not have may be one the interpreter put there (`__name__`, `__file__`)
   * or an AttributeError.
   */
  /** The script's globals dict (a new reference), as globals() gives it: code holding it reads and writes the globals. */
  scriptGlobals(pos: Pos): PyObj {
    this.it.globalsEscaped = true;
    return moduleNamespace(this.it, pos);
  }

  private mainModuleAttr(name: string, pos: Pos): PyObj {
    // (its __dict__ is the dict globals() gives)
    if (name === '__dict__') return this.scriptGlobals(pos);
    const v = this.it.globals.get(name);
    if (v) return this.it.heap.incref(v)!;
    this.it.noteMayRaise();
    return this.unknown(pos.line, pos.col);
  }

  getModuleAttr(mod: PyObj, name: string, pos: Pos): PyObj {
    // (operator.__add__ is operator.add itself)
    const full = `${mod.moduleName}.${mod.moduleName === 'operator' ? operatorCanonicalName(name) : name}`;
    // (a decimal name that may change the context ends the known default one: decimalContext.ts)
    if (mod.moduleName === 'decimal') noteDecimalName(this, name);
    if (mod.moduleName === 'gc' && name === 'garbage') return this.gcGarbage;
    if (mod.moduleName === 'gc' && name === 'callbacks') return this.gcCallbacks;
    if (mod.moduleName === 'gc' && name.startsWith('DEBUG_')) return this.smallInt(name === 'DEBUG_SAVEALL' ? 32n : name === 'DEBUG_STATS' ? 1n : name === 'DEBUG_LEAK' ? 38n : 2n);
    // (a logging name that may change the configuration ends the known one: loggingModel.ts)
    const level = mod.moduleName === 'logging' ? loggingModuleAttr(this, name) : undefined;
    if (level) return level;
    // Every random.* function goes to randomModule.ts: one it does not follow must forget the generator's state.
    if (full !== JSON_ENCODER && full !== SIMPLE_NAMESPACE && full !== THREAD_LOCAL && (followedModuleFunc(full) || (mod.moduleName === 'math' && MATH_FUNCS.has(name)) || mod.moduleName === 'random')) return this.boundBuiltin(full);
    if (full === 'abc.ABC') return this.abcBase();
    if (full === 'asyncio.CancelledError' || full === 'asyncio.exceptions.CancelledError') return this.cancelledErrorClass();
    if (full === 'dataclasses.FrozenInstanceError') return this.frozenInstanceErrorClass();
    // (aliases of the builtin TimeoutError from 3.11: an unknown class there made `except asyncio.TimeoutError` catch anything)
    if (TIMEOUT_ERROR_ALIASES.has(full) && this.types.get('TimeoutError')) return this.types.get('TimeoutError')!;
    if (full === JSON_ENCODER) return this.jsonEncoderBase();
    if (full === SIMPLE_NAMESPACE) return this.simpleNamespaceClass();
    if (full === THREAD_LOCAL) return this.threadLocalClass();
    // re's RegexFlag members, as the int values re._compile reads from them.
    if (mod.moduleName === 're' && reFlagValue(name) !== undefined) return this.smallInt(BigInt(reFlagValue(name)!));
    if (mod.moduleName === 'csv' && csvQuotingValue(name) !== undefined) return this.smallInt(BigInt(csvQuotingValue(name)!));
    if (mod.moduleName === 'errno' && errnoValue(name) !== undefined) return this.smallInt(BigInt(errnoValue(name)!));
    if (mod.moduleName === 'sys' && name === 'maxsize') return this.sysMaxsize(pos);
    const mathConst = mod.moduleName === 'math' ? this.mathConstant(name, pos) : undefined;
    if (mathConst) return mathConst;
    const text = mod.moduleName === 'string' ? stringModuleConstant(this, name, pos) : undefined;
    if (text) return text;
    // (sys.stdout is what the program stored there last; sys.__stdout__ the interpreter's own)
    const stream = mod.moduleName === 'sys' ? streamOfAttr(name, true) : undefined;
    if (stream) return name.startsWith('__') ? originalStream(this, stream) : currentStream(this, stream);
    if (this.modules.has(full)) return this.modules.get(full)!;
    // An attribute of a module we do not model: unknown (an unknown callee when called). The module
    // may not have it (a name of another platform or version, a misspelling): AttributeError, which
    // an `except AttributeError` around takes (measured: `os.no_such_name` raises on 3.11-3.13).
    this.it.noteMayRaise();
    const u = this.it.heap.external('unknown', 'object', `module:${full}`);
    u.fuzzy = true;
    u.moduleName = full;
    u.unknownModuleAttr = true;
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
    this.it.heap.fuzz(o);
  }

  weakrefRegistry(): PyObj {
    return this.finalizeRegistry;
  }

  *runCollect(frame: Frame, site: CallSite, generation = 2): G<PyObj> {
    // (a name holding one of a set's members keeps that one alive: which, not known, setOrder.ts)
    if (this.it.oneOfLive) openAllOneOf(this.it);
    yield* runGcCallbacks(this, this.it, 'start', generation, 0, frame, site);
    const n = collectGarbage(this.it, this, site.line, generation);
    yield* runGcCallbacks(this, this.it, 'stop', generation, n.upper === n.count ? n.count : undefined, frame, site);
    return this.newInt(n.upper === n.count ? BigInt(n.count) : undefined, site);
  }

}


/** builtinName of a 3.13 frame's f_locals proxy (holds the frame object; subscripts read its variables). */
export const FRAME_LOCALS_PROXY = 'FrameLocalsProxy';

/** Builtin types whose instances are variable-sized (tp_itemsize): no weak reference slot can be added. */
const VAR_SIZED: ReadonlySet<string> = new Set(['int', 'tuple', 'bytes']);

/** The dunders of list / dict a subclass reaches through super() (builtinFunctionImpls.ts: payload.*). */
const PAYLOAD_DUNDERS = new Set(['__init__', '__getitem__', '__setitem__', '__delitem__', '__contains__', '__len__', '__iter__']);

/** A class's bases depth first, each once (builtin classes: single inheritance, where this is their MRO). */
function depthFirstMro(k: PyObj): PyObj[] {
  const mro: PyObj[] = [];
  const seen = new Set<PyObj>();
  const walk = (c: PyObj): void => {
    if (seen.has(c)) return;
    seen.add(c);
    mro.push(c);
    for (const b of c.bases ?? []) walk(b);
  };
  walk(k);
  return mro;
}

/**
 * The C3 linearisation type.__new__ computes (mro_internal): the class, then the merge of its
 * bases' MROs and the list of bases. Undefined when no consistent order exists (CPython raises).
 */
function c3Mro(k: PyObj): PyObj[] | undefined {
  const seqs = [...(k.bases ?? []).map((b) => [...(b.mroTuple?.items ?? depthFirstMro(b))]), [...(k.bases ?? [])]].filter((s) => s.length);
  const out: PyObj[] = [k];
  while (seqs.some((s) => s.length)) {
    const head = seqs.map((s) => s[0]).find((c) => c && !seqs.some((s) => s.indexOf(c) > 0));
    if (!head) return undefined;
    out.push(head);
    for (const s of seqs) if (s[0] === head) s.shift();
  }
  return out;
}

/** A property's accessor slots, in order (its `wrapped`). */
const PROPERTY_ACCESSORS = ['fget', 'fset', 'fdel'];

/** Class attributes type_new wraps when they are plain functions (in a classmethod, a classmethod, a staticmethod). */
const IMPLICIT_WRAPPED = ['__init_subclass__', '__class_getitem__', '__new__'];
/** Methods of builtin types bound to the type or to nothing (classmethods, __new__): they hold nothing of an instance. */
const CLASS_LEVEL_METHODS = new Set([...OBJECT_CLASS_METHODS, '__new__', '__class_getitem__', 'fromkeys', 'maketrans', 'fromhex', 'from_bytes']);

/**
 * The data attributes (getset / member descriptors, not methods) of the collections containers the
 * model builds: `defaultdict.default_factory` (the factory itself, or None) and `deque.maxlen`
 * (a new int, or None). Undefined when not one of them, or when code the model does not follow
 * may have changed it (a fuzzy container, a subclass that may override it).
 */
function containerDataAttr(b: Builtins, obj: PyObj, name: string, site: Pos): PyObj | undefined {
  if (obj.fuzzy || obj.cls) return undefined;
  const h = b.it.heap;
  if (name === 'default_factory' && obj.kind === 'dict' && obj.type === 'defaultdict') return h.incref(obj.defaultFactory ?? b.none)!;
  if (name === 'maxlen' && obj.kind === 'list' && obj.type === 'deque') return obj.maxlen === undefined ? h.incref(b.none)! : b.newInt(BigInt(obj.maxlen), site);
  return undefined;
}

/** sys.stdout / sys.stderr as the module attribute gives them (their write and flush are followed). */
/** The module `import __main__` gives: the running script's own (its dict is the globals). */
export function isMainModule(o: PyObj): boolean {
  return o.kind === 'module' && o.external === true && o.moduleName === '__main__';
}

export function isStdStream(o: PyObj | undefined): boolean {
  return o?.kind === 'unknown' && (o.moduleName === 'sys.stdout' || o.moduleName === 'sys.stderr');
}

/** The public (non-dunder) attributes of the exact builtin types, CPython 3.11-3.13 (their dir()). */
const PUBLIC_ATTRS: Record<string, ReadonlySet<string>> = Object.fromEntries(Object.entries({
  list: 'append clear copy count extend index insert pop remove reverse sort',
  dict: 'clear copy fromkeys get items keys pop popitem setdefault update values',
  set: 'add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update',
  frozenset: 'copy difference intersection isdisjoint issubset issuperset symmetric_difference union',
  tuple: 'count index',
  str: 'capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  bytes: 'capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  int: 'as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer numerator real to_bytes',
  float: 'as_integer_ratio conjugate fromhex hex imag is_integer real',
}).map(([k, v]) => [k, new Set(v.split(' '))]));

/** The public (not dunder) attributes of a builtins type, when the model lists them: object has none of its own. */
function builtinTypeAttrs(typeName: string): ReadonlySet<string> | undefined {
  if (typeName === 'object') return EMPTY_NAMES;
  return Object.prototype.hasOwnProperty.call(PUBLIC_ATTRS, typeName) ? PUBLIC_ATTRS[typeName] : undefined;
}
const EMPTY_NAMES: ReadonlySet<string> = new Set();
/** Listed attributes not every supported version has (int.is_integer is 3.12+): a stand-in, maybe missing. */
const NEWER_TYPE_ATTRS: ReadonlySet<string> = new Set(['int.is_integer']);

/** Data attributes (not methods) of int, bool and float. */
const NUMBER_DATA_ATTRS: ReadonlySet<string> = new Set(['real', 'imag', 'numerator', 'denominator']);

/** math functions: they return a new number and keep none of their arguments. */
export const MATH_FUNCS = new Set(['sqrt', 'floor', 'ceil', 'trunc', 'fabs', 'exp', 'log', 'log2', 'log10', 'pow', 'sin', 'cos', 'tan', 'atan', 'atan2', 'hypot', 'degrees', 'radians', 'isclose', 'isfinite', 'isnan', 'isinf', 'gcd', 'factorial', 'comb', 'perm', 'fsum', 'prod', 'dist', 'copysign', 'fmod', 'modf', 'frexp', 'ldexp', 'asin', 'acos', 'sinh', 'cosh', 'tanh', 'erf', 'gamma', 'lgamma', 'isqrt', 'lcm']);

/**
 * Module functions followed besides those with an implementation in
 * MODULE_FUNCTION_IMPLS (which is the list of the rest: one place to add one).
 */
const FOLLOWED_ELSEWHERE: ReadonlySet<string> = new Set(['dataclasses.dataclass', 'dataclasses.field', 'functools.update_wrapper', 'operator.attrgetter', 'operator.itemgetter', 'operator.methodcaller']);

/** Module attributes that are the builtin TimeoutError itself (3.11+). */
const TIMEOUT_ERROR_ALIASES: ReadonlySet<string> = new Set(['asyncio.TimeoutError', 'asyncio.exceptions.TimeoutError', 'concurrent.futures.TimeoutError', 'socket.timeout']);

/** typing.Protocol itself (not followed: an unknown module attribute). */
function isTypingProtocol(o: PyObj): boolean {
  return o.kind === 'unknown' && o.moduleName === 'typing.Protocol';
}

/** typing.TypedDict itself (a function whose __mro_entries__ gives typing's _TypedDict: not followed). */
function isTypingTypedDict(o: PyObj): boolean {
  return o.kind === 'unknown' && o.moduleName === 'typing.TypedDict';
}

/** Whether a module attribute is a function the analysis follows (a call reaches its model). */
function followedModuleFunc(full: string): boolean {
  return MODULE_FUNCTION_IMPLS.has(full) || FOLLOWED_ELSEWHERE.has(full);
}

import { callBuiltinImpl, MUTABLE_RESULTS, settleOrder } from './builtinCalls';
import { runOwnMethodsForLibrary } from './libraryHooks';
import { isThreadClass, noteThreadClass, threadAttr, threadClassAttr, threadSuperAttr } from './threadSubclass';
import { abcBaseNames, abcMixin, callAbcMixinFromSlot } from './abcMixins';
import { isKeyObject } from './cmpToKey';
import { EXCEPTION_GROUP_METHODS, groupMessage } from './exceptionGroupMethods';
import { localsDict, moduleNamespace } from './namespaces';
import { execNamespaceDict } from './execText';
import { reAttr, reFlagValue, RE_MATCH, RE_PATTERN } from './reModule';
import { isSingleDispatch } from './singleDispatch';
import { ABC_REGISTER, LIB_ABC_REGISTER } from './virtualSubclasses';
import { objectModelOf, storeDenied } from './objectModels';
import { loggingModuleAttr, noteLoggingImport } from './loggingModel';

/** The math module's float constants (nan left out: the model's float compares do not follow NaN's rules). */
const MATH_CONSTANTS: ReadonlyMap<string, number> = new Map([['pi', Math.PI], ['e', Math.E], ['tau', 2 * Math.PI], ['inf', Infinity]]);
import { isPurePath, pathStr } from './pathlibModel';
import { stringModuleConstant } from './stringModuleConstants';
import { isTemplate, STRING_TEMPLATE } from './stringTemplate';
import { isPureNamespace, pureAttr, pureKey, pureResult } from './pureValues';
import { PURE_METHOD } from './builtinCalls';
import { CSV_DICT_WRITER, CSV_WRITER, csvQuotingValue, dictReaderFieldnames, isCsvWriter, isDictReader, isDictWriter } from './csvModel';
import { MODULE_FUNCTION_IMPLS } from './moduleFunctionImpls';
import { attrDictPairs } from './attrDictIter';
import { activeWalks, noteSetWalk, openAllOneOf, settleSetUnpack } from './setOrder';
import { noteCoupledChange, noteCoupledRead } from './walkCoupling';
import { noteWalkFill } from './walkFills';
import { copyTracking } from './dictCopyTracking';
import { isMappingProxy, newMappingProxy, proxiedDict, proxyMethod, viewMapping } from './mappingProxy';
import { boundMethodFunc, boundTypeName, functionMethod, OBJECT_CLASS_METHODS, OBJECT_INSTANCE_METHODS, typeMethod } from './slotWrappers';
import { JSON_ENCODER } from './jsonModule';
import { SIMPLE_NAMESPACE } from './simpleNamespace';
import { isThreadLocal, THREAD_LOCAL } from './threadLocal';
import { isProgramModule, programModuleAttr, programModuleDelete, programModuleStore } from './moduleObjects';
import { baseConstructor } from './builtinBases';
import { mergeablePayload, ownHook } from './payloadMerge';
import { odictSubMethod, updateThroughSetitem } from './odictSubclass';
/** The builtin standing for collections.OrderedDict (moduleFunctionImpls' table). */
const ODICT_FUNC = 'collections.OrderedDict';
import { operatorCanonicalName } from './operatorModule';
import { enumMemberMap, flagByValue, isEnumModuleBase } from './enums';
import { exactBuiltin, programMro, typeError } from './typeErrors';
import { callableHasAttr, callableTypeHas, hasOwnDict, noDictLacks, objectTypeHas, ownDictMayHold, storeByType, exactTypeRow } from './builtinTypeAttrs';
import { errnoValue, groupNewClass, memberNames, osErrorClass, osErrorUsesInit, onlyHookMayHave, readMember, runMemberInit } from './exceptionMembers';
import { argsAsWrittenFor, takesNoArguments } from './argErrors';
import { isMetaclass } from './metaclasses';
import { generatorStateAttr } from './generatorAttrs';
import { codeAttr, codeObjectOf } from './codeObjects';
import { funcAnnotations } from './funcAnnotations';
import { frameRecordAttr } from './frameRecords';
import { frameSummaryAttr } from './tracebackSummary';

/**
 * Whether two dict keys, one of unknown value, may be equal: numbers compare across int, bool,
 * float and complex; text, bytes, tuples and frozensets only with their own kind; an unknown
 * object or an instance (its own __eq__) with anything.
 */
function keysMayBeEqual(a: PyObj, b: PyObj): boolean {
  const open = (x: PyObj): boolean => x.kind === 'unknown' || x.kind === 'instance';
  if (open(a) || open(b)) return true;
  const num = (x: PyObj): boolean => x.kind === 'int' || x.kind === 'bool' || x.kind === 'float' || x.kind === 'complex';
  if (num(a) || num(b)) return num(a) && num(b);
  const group = (x: PyObj): string => (x.kind === 'set' || x.kind === 'frozenset' ? 'frozenset' : x.kind);
  return group(a) === group(b);
}

/** A known member of a plain (not mixed-in) enum class whose str() runs enum.py's own __str__. */
function plainEnumMemberText(b: Builtins, x: PyObj): boolean {
  if (x.kind !== 'unknown' || !x.enumMember || x.fuzzy || !x.attrs?.has('_name_')) return false;
  const cls = x.cls;
  if (!cls || cls.enumKind !== 'plain' || cls.foreignMeta) return false;
  // (a __str__ the program wrote; bases only enum's own classes or such plain enums, so none
  // the model does not follow brings one)
  return b.lookupClassAttr(cls, '__str__') === undefined && plainEnumBases(b, cls);
}

// (the class statement's bases as kept: enum's own classes are left out, object stands in for them)
function plainEnumBases(b: Builtins, cls: PyObj): boolean {
  return (cls.bases ?? []).every((c) => c === b.types.get('object') || isEnumModuleBase(c)
    || (c.kind === 'class' && c.enumKind === 'plain' && !c.foreignMeta && plainEnumBases(b, c)));
}
