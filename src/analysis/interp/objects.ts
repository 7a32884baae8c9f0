// The interpreter's heap objects. Each PyObj stands for one CPython object and
// carries its reference count; `refsOf` lists every strong reference an object
// holds, the way its tp_traverse would, so the collector, the heap panel and
// the hover's "held by" list all read one definition.
import type { PureData } from './pureValues';
import type { ClassIR, FunctionIR } from '../ir/irTypes';
import type { Frame } from './frame';
import type { CompiledText } from './execText';
import type { NamedTupleParts } from './namedTupleParts';

export type Kind =
  | 'int' | 'float' | 'complex' | 'str' | 'bytes' | 'bool' | 'none' | 'ellipsis' | 'notimpl'
  | 'tuple' | 'list' | 'dict' | 'set' | 'frozenset'
  | 'instance' | 'class' | 'function' | 'builtin' | 'method' | 'cell' | 'module'
  | 'iterator' | 'view' | 'generator' | 'range' | 'slice' | 'exception' | 'traceback' | 'frame'
  | 'weakref' | 'weakproxy' | 'finalize' | 'descriptor' | 'super' | 'property' | 'staticmethod' | 'classmethod'
  | 'unknown';

/**
 * A class's shared keys (ht_cached_keys) as far as the model knows them: `names` are certainly in
 * the table, `maybe` may be; the number of free slots (dk_usable) lies in [lo, hi]; `open`: code
 * the model does not follow may have added any name.
 */
export interface SharedKeys {
  names: Set<string>;
  maybe: Set<string>;
  lo: number;
  hi: number;
  open: boolean;
}

export interface DictEntry {
  key: PyObj;
  value: PyObj;
}

// Every payload field is initialised (to undefined) so that all PyObjs share
// one hidden class: objects that grew fields in different orders made every
// read in refsOf / release polymorphic, and release() itself (which clears
// them) turned each freed object into a dictionary-mode object.
/** One entry of a weak container (weakContainers.ts): what it holds depends on the container. */
export interface WeakEntry {
  key: PyObj;
  value: PyObj;
  /** The entry's weak reference (a KeyedRef for a WeakValueDictionary). */
  wr?: PyObj;
}

/** Whether `o`'s count is not known (its content alone being unknown leaves it known: countKnown). */
export function countUnknown(o: PyObj): boolean {
  return o.fuzzy && !o.countKnown;
}

/**
 * Whether `o` is a value the model knows nothing of (what code it does not follow gave back): its
 * type and methods unknown, so an operation on it may raise. Not an enum member, nor another
 * object of kind 'unknown' whose class the model knows, nor a library module's own object.
 */
export function opaqueValue(o: PyObj): boolean {
  return o.kind === 'unknown' && !o.cls && !o.enumMember && !o.external && !o.pureValue;
}

/**
 * Whether a store or deletion into `o` (attribute or item) may be refused in a way the model does not
 * decide: an opaque value, or a library value (pureValues.ts) — a date, Decimal, digest or UUID has no
 * __dict__ or refuses every store (AttributeError, TypeError), a quantiles() list takes items; which
 * of them a pure value is, the model does not keep. An `except` after such a store runs.
 */
export function storeMayBeRefused(o: PyObj): boolean {
  return opaqueValue(o) || !!o.pureValue;
}

/** An int's exact value: undefined for another kind, an int of unknown value, or one standing for an id(). */
export function knownInt(o: PyObj | undefined): bigint | undefined {
  return o && o.kind === 'int' && !o.fromId && typeof o.value === 'bigint' ? o.value : undefined;
}

/** A known str's text: undefined for another kind, a str of unknown content, or no object. */
export function knownText(o: PyObj | undefined): string | undefined {
  return o && o.kind === 'str' && typeof o.value === 'string' && !o.fuzzyValue ? o.value : undefined;
}

/** A str of exact type (not a subclass instance: no method of the program's can answer for it). */
export function isExactStr(o: PyObj | undefined): o is PyObj {
  return !!o && o.kind === 'str' && o.type === 'str' && !o.cls;
}

/** The text of an exact str, when the model knows it. */
export function exactStrText(o: PyObj | undefined): string | undefined {
  return isExactStr(o) ? knownText(o) : undefined;
}

/**
 * A list, tuple or deque of exact type (a deque is a list-kind object of type 'deque'): reading
 * its items runs no code of the program's. Whether its content is known is the caller's question.
 */
export function isPlainSequence(o: PyObj): boolean {
  return (o.kind === 'list' || o.kind === 'tuple') && (o.type === o.kind || (o.kind === 'list' && o.type === 'deque'));
}

/** The exact dict whose known keys or values view `o` is (read in the dict's order, no code run); undefined otherwise. */
export function plainDictOfView(o: PyObj): PyObj | undefined {
  const d = o.kind === 'view' && (o.iterKind === 'dict_values' || o.iterKind === 'dict_keys') ? o.iterSource : undefined;
  return d && d.kind === 'dict' && d.type === 'dict' && !d.fuzzy && d.entries ? d : undefined;
}

/** gc.freeze()'s permanent generation: never collected until gc.unfreeze(). */
export const PERMANENT_GENERATION = 3;

export class PyObj {
  rc = 0;
  alive = true;
  /** Count not exactly known (escaped to unknown code, or changed under an unknown branch): upper bound unknown. */
  fuzzy = false;
  /**
   * With `fuzzy`: only the content is unknown (a container filled from what the
   * model does not know); the count itself is exact (Builtins.fuzzContent).
   */
  countKnown = false;
  immortal = false;
  /** Interpreter-provided (builtins, modules): no count is reported for it. */
  external = false;
  /** GC tracking (CPython untracks some dicts and tuples that hold only atomic values). */
  tracked = false;
  /** The collector generation it is in: 0-2, or PERMANENT_GENERATION after gc.freeze(). */
  gen = 0;
  /**
   * Its place in its generation's list (smaller: nearer the head). New objects are appended;
   * a collection rewrites its survivors' places (collector.ts): the order decides which
   * finalizer, weakref callback or gc.garbage entry comes first in a later collection.
   */
  gcSeq = 0;

  // Payloads, by kind.
  value?: bigint | number | string | boolean = undefined;
  items?: PyObj[] = undefined;
  /**
   * A list sorted by keys the model cannot order (builtinCalls.ts sortInPlace): it holds exactly
   * these items, in an order not known; the first use that depends on the order opens them (settleOrder).
   */
  orderUnknown?: boolean = undefined;
  entries?: Map<string, DictEntry> = undefined;
  attrs?: Map<string, PyObj> = undefined;
  /** Instance / exception → its class; class → metaclass is not modelled. */
  cls?: PyObj = undefined;
  /** Instance __dict__ (or function __dict__) materialised as a real dict object. */
  dictObj?: PyObj = undefined;
  /** Class: its IR, bases, __mro__ tuple, __bases__ tuple, descriptors. */
  classIR?: ClassIR = undefined;
  bases?: PyObj[] = undefined;
  mroTuple?: PyObj = undefined;
  basesTuple?: PyObj = undefined;
  solidBase?: PyObj = undefined;
  descriptors?: PyObj[] = undefined;
  slotNames?: string[] = undefined;
  /** Instances of __slots__ classes: slot values. */
  slots?: Map<string, PyObj> = undefined;
  /** Function: IR, defaults, kwdefaults, closure. */
  fn?: FunctionIR = undefined;
  defaults?: PyObj = undefined;
  kwdefaults?: PyObj = undefined;
  /** Function: its __doc__ (func_doc: the docstring constant, or what was assigned; None when undefined). */
  doc?: PyObj = undefined;
  /** Function: the annotations tuple MAKE_FUNCTION keeps. */
  annotations?: PyObj = undefined;
  closure?: PyObj = undefined;
  /** Function made by code exec() ran over a dict: that dict (func_globals; the module's is not modelled). */
  fnGlobals?: PyObj = undefined;
  /** Such a function's __module__ (func_module): the globals' `__name__` value when it was made. */
  fnModule?: PyObj = undefined;
  /** Code object from compile() (execText.ts): the text lowered, and its co_consts' objects it holds. */
  compiled?: CompiledText = undefined;
  codeConsts?: PyObj[] = undefined;
  /** Bound method: function and self. */
  methodFunc?: PyObj = undefined;
  methodSelf?: PyObj = undefined;
  /** Builtin: name; bound builtin method: self. */
  builtinName?: string = undefined;
  /** Cell: its content. */
  cellValue?: PyObj = undefined;
  /** Iterator: what it iterates and where; zip/enumerate: sources and reused result tuple. */
  iterSource?: PyObj = undefined;
  iterSources?: PyObj[] = undefined;
  /** map / zip: the tuple that owns the source iterators (iterSources are then its items, borrowed). */
  itersTuple?: PyObj = undefined;
  iterIndex?: number = undefined;
  iterKind?: string = undefined;
  lastResult?: PyObj = undefined;
  /** map / filter: the function called per item. */
  iterFunc?: PyObj = undefined;
  /** itertools.repeat's element, zip_longest's fillvalue (held). */
  heldValue?: PyObj = undefined;
  /** A generator closed by 3.13's fast path: its cleared frame still holds the function (f_funcobj) until the generator is freed. */
  clearedFrameFunc?: PyObj = undefined;
  /** itertools state that holds no references: islice's positions, product's odometer. */
  indices?: number[] = undefined;
  /** itertools.groupby: its target and current key, its current value (held) and current grouper (borrowed). */
  groupState?: { tgtkey?: PyObj; currkey?: PyObj; currvalue?: PyObj; currgrouper?: PyObj } = undefined;
  /** Iterators over weak containers: the entries' objects, not counted (weakly held). */
  weakItems?: PyObj[] = undefined;
  /** Generator: its frame and the JS generator that runs its body. */
  genFrame?: Frame = undefined;
  /** A function's func_code, a generator's gi_code (its frame's on 3.12+), once the code object exists (codeObjects.ts). */
  codeObj?: PyObj = undefined;
  genRunner?: Generator<PyObj | undefined, PyObj | undefined, PyObj | undefined> = undefined;
  genState?: 'created' | 'suspended' | 'running' | 'closed' = undefined;
  /**
   * Generator: run to its end from its first step by one consumer (list(), sorted(), tuple(): iterateAll)
   * that never lets it be seen suspended: a generator expression over a gc.get_referrers list may
   * then take that list's items shown as themselves (iteration.ts, genexprKnownPart).
   */
  drainedWhole?: boolean = undefined;
  /** Exception: args tuple, traceback, __context__, __cause__. */
  excArgs?: PyObj = undefined;
  traceback?: PyObj = undefined;
  context?: PyObj = undefined;
  cause?: PyObj = undefined;
  /** BaseExceptionGroup: its `exceptions` tuple (the excs slot, PySequence_Tuple of the sequence given). */
  egExcs?: PyObj = undefined;
  /** Exception: its C init ran on arguments it understood, so a member it left unset reads as None (exceptionMembers.ts). */
  excMembersKnown?: boolean = undefined;
  /** Traceback: frame object and next; frame object: the frame. */
  tbFrame?: PyObj = undefined;
  tbNext?: PyObj = undefined;
  frame?: Frame = undefined;
  /** A frame object that took its finished frame over: the caller's frame object (f_back). */
  frameBack?: PyObj = undefined;
  /** Weak references: referent (not counted), callback (counted); referent → its weakrefs. */
  referent?: PyObj = undefined;
  callback?: PyObj = undefined;
  weakrefs?: PyObj[] = undefined;
  /** finalize: func and args. */
  finalizeFunc?: PyObj = undefined;
  /** finalize: its *args tuple (info.args, which peek() / detach() hand out as it is). */
  finalizeArgs?: PyObj = undefined;
  /** Module: name. */
  moduleName?: string = undefined;
  /** An attribute of a module the model does not know (Builtins.getModuleAttr's stand-in): the module may lack it. */
  unknownModuleAttr?: boolean = undefined;
  /**
   * Unknown: made by a module whose objects never take part in a reference cycle of their own
   * (a re.Match, struct's bytes, a datetime); or a list of open content whose unseen part lives
   * on without it (gc.get_referrers / get_objects): freed, it leaves no garbage the model cannot see.
   */
  acyclic?: boolean = undefined;
  /**
   * A list of open content (gc.get_referrers) whose unknown part is none of the items the model
   * shows and no object whose count it knows (the module's namespace, frames, referrers already
   * open): a loop hands the items shown out as themselves (iteration.ts, knownPartIter).
   */
  restUnseen?: boolean = undefined;
  /**
   * An unknown standing for an item of such a list's unseen part: an object whose count the model
   * does not know, so never one whose count it knows (`is` answers False: operators.ts).
   */
  unseenItem?: boolean = undefined;
  /** An immutable library value (a date, a Decimal, a digest: pureValues.ts): unknown, holding nothing of the program's. */
  pureValue?: boolean = undefined;
  /** A pure value's own value when known: a date / time / timedelta (dateValues.ts), a Fraction (fractionValues.ts). */
  pureData?: PureData = undefined;
  /** A scalar standing for a name's value after a run of unknown direction bound it (Interpreter.forgetReboundValues). */
  fuzzyValue?: boolean = undefined;
  /** Slice: start/stop/step. */
  sliceParts?: (PyObj | undefined)[] = undefined;
  /** super(): the class and the instance. */
  superClass?: PyObj = undefined;
  superSelf?: PyObj = undefined;
  /** A two-argument super(C, obj)'s obj_type (type(obj), or obj itself when a class): a reference of its own. */
  superType?: PyObj = undefined;
  /** property/staticmethod/classmethod: wrapped function(s). */
  wrapped?: PyObj[] = undefined;
  /** range objects and their iterators: start, stop, step. */
  rangeVals?: [bigint, bigint, bigint] = undefined;
  /** An iterator over a container of unknown content: yields one unknown item. */
  fuzzyIter?: boolean = undefined;
  /** Classes: derives from BaseException; its first exception base; instances get a __dict__. */
  isException?: boolean = undefined;
  excBase?: PyObj = undefined;
  hasInstanceDict?: boolean = undefined;
  /** A class made on an enum base (enums.ts); a member of a plain Enum (equal only to itself). */
  enumKind?: 'plain' | 'mixed' = undefined;
  enumMember?: boolean = undefined;
  /**
   * An instance of a class derived from list or dict: the builtin part (a list / dict object of
   * the model, owned by the instance, never counted by the collector on its own: payloadOf).
   */
  basePayload?: PyObj = undefined;
  /** The instance a basePayload belongs to. */
  payloadOf?: PyObj = undefined;
  /** An enum.Flag / IntFlag class (or one derived from such). */
  enumFlag?: boolean = undefined;
  /** A Flag class: the pseudo-members its `_value2member_map_` caches, by value (enums.ts flagMember; the cache's reference is each one's hiddenHolders). */
  flagPseudoMembers?: Map<bigint, PyObj> = undefined;
  /** A Flag class whose statement (or a base's) named its own `boundary=`: `~` is not Flag's STRICT complement (enums.ts flagInvert). */
  flagBoundaryGiven?: boolean = undefined;
  /** An enum class whose members are ints (IntEnum, IntFlag 'flag', an int mixin): int's arithmetic runs on them (enums.ts). */
  enumIntType?: 'int' | 'flag' = undefined;
  /** A class statement had a base the analysis does not model (dropped from `bases`): it may define anything. */
  unknownBase?: boolean = undefined;
  /** Classes: functools.partial is among its bases, directly or through a class of the program (its instances are partials the model does not build). */
  partialBase?: boolean = undefined;
  /**
   * A class code the model does not follow was given (itself, or an object that reaches it: Heap.escape;
   * the rounds a widened loop does not run are such code):
   * that code may have changed its attributes. A class only fuzzy (its count changed under an unknown
   * condition) keeps the attributes the model followed.
   */
  reachedByUnknown?: boolean = undefined;
  /** Every base unknownBase stands for adds nothing to instances (libraryBases.ts): they are built as a plain class's. */
  inertUnknownBases?: boolean = undefined;
  /** The collections.abc ABCs a class statement listed after its other bases, when all its unknown bases are such (abcMixins.ts). */
  abcBases?: string[] = undefined;
  /** A class deriving from typing.Generic[...]: `Cls[T]` is a cached typing._GenericAlias (genericAlias.ts). */
  typingGeneric?: boolean = undefined;
  /** Such a class's aliases typing's cache keeps, by their arguments' key (genericAlias.ts). */
  genericAliases?: Map<string, PyObj> = undefined;
  /** A class listing typing.Protocol among its bases (a protocol: isinstance by its members, virtualSubclasses.ts). */
  protocolClass = false;
  /** A protocol class with another base the model does not know (`Protocol[T]`, a library protocol). */
  protocolOpen = false;
  /** A protocol class @typing.runtime_checkable marked. */
  runtimeProtocol = false;
  /** A class statement on typing.TypedDict (or on such classes only): calling it is `dict(...)` (_TypedDictMeta.__call__ is dict). */
  typedDict = false;
  /** Exceptions of builtin classes: the (external) class. */
  excClass?: PyObj = undefined;
  /** A materialised instance __dict__. */
  instanceDict?: boolean = undefined;
  /** An instance attribute's stand-in after `__dict__` changes by a key the model does not know: it may be gone (instanceDictMethods.ts). */
  maybeAbsent?: boolean = undefined;
  /** A function's __dict__ (a plain dict: tracked and untracked as any dict is). */
  functionDict?: boolean = undefined;
  /**
   * A materialised instance __dict__ that shares its instance's inline values (3.13+): the
   * collector neither counts it nor traverses it (the instance visits the values) until it is
   * detached (instanceDicts.ts).
   */
  embedded?: boolean = undefined;
  /** A materialised instance __dict__ still on a split table: the class whose shared keys it uses. */
  splitKeysOf?: PyObj = undefined;
  /** Class: the shared keys its instances' attribute names go into (instanceDicts.ts). */
  sharedKeys?: SharedKeys = undefined;
  /**
   * Instance (or its embedded __dict__): a store of a new name happened where the model cannot
   * tell whether it overflowed the class's shared keys, so a real dict the collector counts may exist.
   */
  dictMaybe?: boolean = undefined;
  /** weakref.finalize: the weakref that triggers it, and that weakref's owner. */
  finalizeRef?: PyObj = undefined;
  finalizeOwner?: PyObj = undefined;
  /** A WeakMethod whose `_cb` ran (weakref.py's `_alive = False`): its callback is not called again. */
  weakMethodDead?: boolean = undefined;
  /** A class deriving from weakref.ref: its instances are weak references (weakrefSubclass.ts). */
  weakrefBase?: boolean = undefined;
  /** WeakValueDictionary / WeakSet stand-ins: hold no strong references. */
  weakContainer?: boolean = undefined;
  /** Their entries: key → object, held weakly (not counted). */
  weakEntries?: Map<string, WeakEntry> = undefined;
  /** The weak container a `_remove` callback (or a data dict standing for its entries) belongs to (not a reference: weakref.py's closure holds it weakly). */
  weakOwner?: PyObj = undefined;
  /** Frame objects ≤3.12: the dict locals() returned (f_locals cache). */
  localsCache?: PyObj = undefined;
  /** An int returned by id(): measuring its count says nothing about the object. */
  fromId?: boolean = undefined;
  /** ...and whose id it is (not a reference: an id does not keep its object alive). */
  idOf?: PyObj = undefined;
  /** defaultdict: the factory called for a missing key. deque: its maxlen. */
  defaultFactory?: PyObj = undefined;
  maxlen?: number = undefined;
  /** A namedtuple class: its field names, and the defaults its __new__ has (typing.NamedTuple `x: T = v`). */
  namedFields?: string[] = undefined;
  namedDefaults?: Map<string, PyObj> = undefined;
  /** The interned field-name tuple namedtuple() builds once (`_fields`, also `__match_args__` and `_replace`'s cell). */
  namedFieldsTuple?: PyObj = undefined;
  /** collections.namedtuple(..., defaults=): the tuple that is `__new__.__defaults__` (then `namedDefaults` is `_field_defaults`, once). */
  namedDefaultsTuple?: PyObj = undefined;
  /** A namedtuple class the program made: the GC objects namedtuple() made for it that the model does not build (namedTupleParts.ts). */
  namedParts?: NamedTupleParts = undefined;
  /**
   * A class made by a metaclass other than type / ABCMeta (so are its subclasses): that metaclass, held
   * (the class's ob_type). Escaped with the class unless `plainMeta` (metaclasses.ts).
   */
  foreignMeta?: PyObj = undefined;
  /** foreignMeta only adds methods and data (metaclasses.ts): the class is made, counted and called as the model follows it. */
  plainMeta = false;
  /** abc.ABC, and classes made by its metaclass ABCMeta. */
  isAbc = false;
  /** An ABC class of the program: the names of its __abstractmethods__ (ABCMeta computes it once, when it makes the class; abcAbstractMethods.ts). */
  abstractNames?: string[] = undefined;
  /** A function @abc.abstractmethod marked (its __isabstractmethod__). */
  isAbstract = false;
  /** A class made by @dataclass: its generated __init__ takes these fields. */
  dataclassFields?: string[] = undefined;
  /** A slots=True dataclass's replaced class: the new class, which shares its generated methods (identity only, not a reference). */
  dataclassSuccessor?: PyObj = undefined;
  /**
   * A class made by @dataclass: what its generated __init__ does, field by field in order: a parameter
   * (`init`; keyword-only with `kwOnly`) and a store on the instance, or for an InitVar a parameter
   * passed on to __post_init__ and never stored. ClassVar and KW_ONLY pseudo-fields are not here.
   */
  dataclassInit?: DataclassInitEntry[] = undefined;
  /** A @dataclass class: the fields a generated __repr__ shows (field(repr=False) left out), in order. */
  dataclassReprFields?: string[] = undefined;
  /** A @dataclass class that got a generated __repr__ (repr=True and none in its own body). */
  dataclassReprMade = false;
  /** A @dataclass class: the GC objects the decorator made for it that the model does not build (dataclassParts.ts); undefined: not known, its collection stays open. */
  dataclassParts?: number = undefined;
  /** A @dataclass class: the fields its generated __eq__ (and with order=True, __lt__ …) compare, in order. */
  dataclassCompare?: string[] = undefined;
  /** A @dataclass(order=True) class. */
  dataclassOrder = false;
  /** A @dataclass's generated __hash__ function: the fields it hashes as a tuple, in order (dataclassHash.ts). */
  dataclassHashFields?: string[] = undefined;
  /** A class @functools.total_ordering completed: the ordering method the others derive from. */
  totalOrderingRoot?: string = undefined;
  /** PEP 442: the finalizer already ran once. */
  finalized = false;
  /** Ids of the constant this object is (co_consts holders), for "held by". */
  constHolders = 0;
  /** References from interpreter structures the model does not build (an enum member's _member_map_ and _value2member_map_). */
  hiddenHolders = 0;
  /** Who the hidden holders are, for "held by" (an enum's member maps when not set). */
  hiddenWhy?: string = undefined;
  /** An enum class: its members in definition order (what iterating it yields), when all are known. */
  enumMembers?: PyObj[] = undefined;
  parserRefs = 0;

  constructor(
    readonly id: number,
    readonly kind: Kind,
    /** Python type name shown to the user (`list`, `Node`, `function`). */
    public type: string,
    /** Allocation site id, e.g. `o3`. */
    public site: string,
  ) {
    this.oid = site;
  }

  /**
   * The id reported for this object: its site, or `o3.2`, `o3.3`... for later
   * objects of the same site (up to a bound; then one summary id `o3.n`).
   */
  oid: string;
  /** The first name the recorder saw bound to this object (its main report id). */
  primaryName?: string = undefined;
}

/**
 * A class whose isinstance / issubclass answers follow from MROs alone: not an
 * ABC (anything may be registered with one) and without a metaclass the model
 * does not follow (it may define __instancecheck__ / __subclasscheck__).
 */
/** One parameter or store of a dataclass's generated __init__ (PyObj.dataclassInit). */
export interface DataclassInitEntry { name: string; initVar: boolean; init: boolean; kwOnly: boolean }

/** An instance's attribute as stored: in its dict, or its slot (a dataclass's field either way). */
export function attrOrSlot(o: PyObj, name: string): PyObj | undefined {
  return o.attrs?.get(name) ?? o.slots?.get(name);
}

export function mroDecides(t: PyObj): boolean {
  return t.kind === 'class' && !t.isAbc && !t.foreignMeta && !t.protocolClass;
}

export interface Ref {
  target: PyObj;
  label: string;
  kind: 'item' | 'key' | 'attribute' | 'cell' | 'hidden';
}

/** Every strong reference `o` holds (tp_traverse plus what CPython holds without traversing), labelled. */
export function refsOf(o: PyObj): Ref[] {
  const sink = new RefList();
  traverse(o, sink);
  return sink.out;
}

/**
 * The objects `o` refers to, as refsOf lists them (same traversal) but without
 * labels: what deallocation, escape and the cycle searches need, with no label
 * strings made for every object freed.
 */
export function targetsOf(o: PyObj): PyObj[] {
  const out: PyObj[] = [];
  pushTargets(o, out);
  return out;
}

/**
 * targetsOf's objects, in the same order, pushed onto `out` (a walk's own stack or
 * queue): no array made per object visited. One sink is reused; traverse runs no
 * Python code and never re-enters itself, and the previous target array is put
 * back anyway.
 */
export function pushTargets(o: PyObj, out: PyObj[]): void {
  const prev = reusedTargets.out;
  reusedTargets.out = out;
  try {
    traverse(o, reusedTargets);
  } finally {
    reusedTargets.out = prev;
  }
}

/**
 * Where traverse puts what it finds. Two small classes rather than closures:
 * traverse runs for every object freed, and a closure pair per call was a
 * measurable share of the run's allocation.
 */
interface RefSink {
  readonly labels: boolean;
  add(target: PyObj | undefined, label: string, kind: Ref['kind']): void;
}

class RefList implements RefSink {
  readonly labels = true;
  readonly out: Ref[] = [];
  add(target: PyObj | undefined, label: string, kind: Ref['kind']): void {
    if (target) this.out.push({ target, label, kind });
  }
}

class TargetList implements RefSink {
  readonly labels = false;
  out: PyObj[] = [];
  add(target: PyObj | undefined): void {
    if (target) this.out.push(target);
  }
}

const reusedTargets = new TargetList();

/** The one definition of an object's references; labels are built only when asked for. */
function traverse(o: PyObj, sink: RefSink): void {
  const labels = sink.labels;
  if (o.items) for (let i = 0; i < o.items.length; i++) sink.add(o.items[i], labels ? `[${i}]` : '', 'item');
  if (o.entries) {
    for (const e of o.entries.values()) {
      sink.add(e.key, labels ? `key ${shortLabel(e.key)}` : '', 'key');
      if (o.kind !== 'set' && o.kind !== 'frozenset') sink.add(e.value, labels ? `[${shortLabel(e.key)}]` : '', 'item');
      // An OrderedDict's linked-list node holds its key too (odict_traverse visits it).
      if (o.type === 'OrderedDict') sink.add(e.key, labels ? `node ${shortLabel(e.key)}` : '', 'hidden');
    }
  }
  if (o.dictObj) sink.add(o.dictObj, '__dict__', 'hidden');
  // (without labels the names are not read: values(), no [name, value] pair made per attribute)
  else if (o.attrs && o.kind !== 'module') {
    if (labels) for (const [k, v] of o.attrs) sink.add(v, `.${k}`, 'attribute');
    else for (const v of o.attrs.values()) sink.add(v, '', 'attribute');
  }
  if (o.slots) {
    if (labels) for (const [k, v] of o.slots) sink.add(v, `.${k}`, 'attribute');
    else for (const v of o.slots.values()) sink.add(v, '', 'attribute');
  }
  if (o.weakEntries) {
    // Weak containers hold their keys (values) strongly only where weakref.py does.
    for (const e of o.weakEntries.values()) {
      if (o.type === 'WeakKeyDictionary') sink.add(e.value, labels ? `[${shortLabel(e.key)}]` : '', 'item');
      else if (o.type === 'WeakValueDictionary') sink.add(e.key, labels ? `key ${shortLabel(e.key)}` : '', 'key');
      sink.add(e.wr, labels ? 'weak reference' : '', 'hidden');
    }
  }
  sink.add(o.cls, '__class__', 'hidden');
  sink.add(o.mroTuple, '__mro__', 'hidden');
  sink.add(o.basesTuple, '__bases__', 'hidden');
  sink.add(o.solidBase, '__base__', 'hidden');
  sink.add(o.foreignMeta, 'metaclass', 'hidden');
  sink.add(o.defaults, '__defaults__', 'hidden');
  // A typing.NamedTuple default is held twice: by _field_defaults and by __new__.__defaults__.
  // collections.namedtuple(defaults=) keeps the caller's tuple (or a new one) as __defaults__, each value once more in _field_defaults.
  // (once `_field_defaults` was read, its dict in the class dict holds the first: namedTupleClasses.ts)
  const fieldDefaultsBuilt = !!o.attrs?.has('_field_defaults');
  o.namedDefaults?.forEach((v, k) => { if (!fieldDefaultsBuilt) sink.add(v, labels ? `_field_defaults[${k}]` : '', 'hidden'); if (!o.namedDefaultsTuple) sink.add(v, labels ? `__new__ default ${k}` : '', 'hidden'); });
  sink.add(o.namedDefaultsTuple, '__new__.__defaults__', 'hidden');
  // The class dict holds the _fields tuple twice (`_fields`, `__match_args__`), the cell of _replace's `field_names` once more.
  if (o.namedFieldsTuple) for (const k of ['_fields', '__match_args__', '_replace cell']) sink.add(o.namedFieldsTuple, k, 'hidden');
  sink.add(o.kwdefaults, '__kwdefaults__', 'hidden');
  sink.add(o.annotations, '__annotations__', 'hidden');
  sink.add(o.doc, '__doc__', 'hidden');
  sink.add(o.basePayload, labels ? `(${o.basePayload?.kind} part)` : '', 'hidden');
  sink.add(o.closure, '__closure__', 'hidden');
  sink.add(o.fnGlobals, '__globals__', 'hidden');
  sink.add(o.fnModule, '__module__', 'hidden');
  sink.add(o.codeObj, '__code__', 'hidden');
  o.codeConsts?.forEach((c) => sink.add(c, 'co_consts', 'hidden'));
  sink.add(o.methodFunc, '__func__', 'hidden');
  sink.add(o.methodSelf, '__self__', 'hidden');
  sink.add(o.cellValue, 'cell_contents', 'cell');
  sink.add(o.iterSource, 'iterable', 'hidden');
  if (o.itersTuple) sink.add(o.itersTuple, 'iterators', 'hidden');
  else o.iterSources?.forEach((s, i) => sink.add(s, labels ? `source ${i}` : '', 'hidden'));
  sink.add(o.lastResult, 'last result', 'hidden');
  sink.add(o.heldValue, o.kind === 'exception' ? 'obj' : 'value', 'hidden');
  sink.add(o.clearedFrameFunc, 'gi_frame.f_funcobj', 'hidden');
  if (o.groupState) {
    sink.add(o.groupState.tgtkey, 'tgtkey', 'hidden');
    sink.add(o.groupState.currkey, 'currkey', 'hidden');
    sink.add(o.groupState.currvalue, 'currvalue', 'hidden');
  }
  sink.add(o.iterFunc, 'func', 'hidden');
  sink.add(o.excArgs, 'args', 'hidden');
  sink.add(o.egExcs, 'exceptions', 'hidden');
  sink.add(o.traceback, '__traceback__', 'hidden');
  sink.add(o.context, '__context__', 'hidden');
  sink.add(o.cause, '__cause__', 'hidden');
  sink.add(o.tbFrame, 'tb_frame', 'hidden');
  sink.add(o.tbNext, 'tb_next', 'hidden');
  sink.add(o.frameBack, 'f_back', 'hidden');
  sink.add(o.callback, 'callback', 'hidden');
  sink.add(o.finalizeFunc, 'func', 'hidden');
  sink.add(o.finalizeArgs, 'args', 'hidden');
  o.sliceParts?.forEach((a) => sink.add(a, 'slice', 'hidden'));
  sink.add(o.superClass, '__thisclass__', 'hidden');
  sink.add(o.superSelf, '__self__', 'hidden');
  sink.add(o.superType, '__self_class__', 'hidden');
  o.wrapped?.forEach((w) => sink.add(w, '__func__', 'hidden'));
  o.descriptors?.forEach((d) => sink.add(d, 'descriptor', 'hidden'));
  sink.add(o.localsCache, 'f_locals', 'hidden');
  sink.add(o.defaultFactory, 'default_factory', 'hidden');
  // A generator or a frame object owns its frame's variables and value stack
  // (a finished generator's frame object, once it took them over: not the generator).
  const fr = o.kind === 'generator' ? o.genFrame : o.kind === 'frame' ? o.frame : undefined;
  if (fr && (o.kind === 'generator') !== fr.ownedByObject) {
    if (labels) for (const r of fr.refs()) sink.add(r.target, r.label, r.kind);
    else for (const t of fr.targets()) sink.add(t, '', 'hidden');
  }
}

/** A short text for a key or value inside labels: `'k'`, `3`, `Node`. */
export function shortLabel(o: PyObj): string {
  switch (o.kind) {
    case 'str': {
      const s = String(o.value);
      return `'${s.length > 12 ? s.slice(0, 11) + '…' : s}'`;
    }
    case 'int': case 'float': return String(o.value);
    case 'bool': return o.value ? 'True' : 'False';
    case 'none': return 'None';
    default: return o.type;
  }
}
