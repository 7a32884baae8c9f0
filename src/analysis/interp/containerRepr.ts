// repr() of a container as CPython computes it: each item's own repr runs, so a Python
// __repr__ of an item (or of a key / value, a field) is called once per container repr, in
// order, stopping at the first that raises (the text built so far is dropped). Every path
// that makes a container's text reaches here through Builtins.textOf: repr(), str(),
// print(), f-strings, '%s' / '%r', str.format, format().
//
// What each repr holds on an item meanwhile (measured 3.11-3.13): list_repr / tuplerepr /
// slice_repr / a namedtuple's `repr_fmt % self` borrow it; dict_repr takes a reference on the
// key and on the value; set_repr, deque_repr and a dict view's repr repr a new list of the items; odict_repr
// builds (key, value) pairs (3.11) or a dict copy that dict_repr then walks (3.12+);
// Counter.__repr__ reprs `dict(self.most_common())`; a dataclass's generated __repr__ reads
// each field (`self.x!r` in an f-string: one reference).
//
// Py_ReprEnter: a list, tuple, dict, set or deque already being repr'd on this path answers
// '[...]' without running anything (and holds the container, in the thread's repr list, while
// its own repr runs); a dataclass's reprlib-style guard answers '...'.
import type { Builtins } from './builtins';
import type { CallSite, G } from './interpreter';
import { PyException } from './interpreter';
import type { Frame } from './frame';
import type { DictEntry, PyObj } from './objects';
import { odictReprRunsHooks } from './odictSubclass';

/** One object a container's repr reprs, with the references the repr adds on it meanwhile. */
interface ReprPart {
  obj: PyObj;
  extra: number;
}

/** What repr(x) visits when x is a container the model knows; undefined for anything else. */
interface ReprPlan {
  parts: ReprPart[];
  /** Py_ReprEnter (or a reprlib guard) on x: a nested repr of x itself runs nothing. */
  guarded: boolean;
  /** The order CPython takes the parts in is not known (a set's hash order, a Counter's unknown counts). */
  unordered: boolean;
  /** The container's content is not all known (fuzzy): its known parts may be gone, others there. */
  contentUnknown?: boolean;
  /** Dataclass: the fields are read as attributes (a property, __getattr__ … may run), not the parts given. */
  fields?: string[];
}

/** Containers (and their running reprs) on the current repr path: Py_ReprEnter's list. */
const running = new WeakSet<PyObj>();

/** The class (in x's MRO) whose @dataclass-generated __repr__ x's repr is, when no class before it defines one. */
export function dataclassReprOwner(cls: PyObj | undefined): PyObj | undefined {
  for (const c of cls?.mroTuple?.items ?? (cls ? [cls] : [])) {
    if (c.attrs?.has('__repr__')) return undefined;
    if (c.dataclassReprMade) return c;
  }
  return undefined;
}

function dictParts(entries: Iterable<DictEntry>, extra: number): ReprPart[] {
  const out: ReprPart[] = [];
  for (const e of entries) out.push({ obj: e.key, extra }, { obj: e.value, extra });
  return out;
}

function plan(b: Builtins, x: PyObj): ReprPlan | undefined {
  const p = containerPlan(b, x);
  if (p && (x.fuzzy || x.basePayload?.fuzzy)) p.contentUnknown = true;
  return p;
}

function containerPlan(b: Builtins, x: PyObj): ReprPlan | undefined {
  const self = (objs: PyObj[] | undefined, extra: number, unordered = false): ReprPlan => ({ parts: (objs ?? []).map((obj) => ({ obj, extra })), guarded: true, unordered });
  // An instance of a list / dict subclass without a repr of its own: list_repr / dict_repr on it.
  const c = x.kind === 'instance' && x.basePayload ? x.basePayload : x;
  if (x.kind === 'instance' && !x.basePayload) {
    const owner = dataclassReprOwner(x.cls);
    return owner ? { parts: [], guarded: true, unordered: false, fields: owner.dataclassReprFields } : undefined;
  }
  switch (c.kind) {
    case 'list':
      return self(c.items, c.type === 'deque' ? 1 : 0);
    case 'tuple':
      // (a namedtuple's __repr__ is `name + repr_fmt % self`: no guard of its own, but a tuple cannot hold itself)
      return { ...self(c.items, 0), guarded: !c.cls };
    case 'set': case 'frozenset':
      return self([...c.entries?.values() ?? []].map((e) => e.key), 1, true);
    case 'view': {
      // dictview_repr: `dict_keys([...])` of a new list of what iterating the view gives (items: new pairs)
      const d = c.iterSource;
      if (d?.kind !== 'dict' || !d.entries) return undefined;
      const es = [...d.entries.values()];
      const objs = c.iterKind === 'dict_keys' ? es.map((e) => e.key) : c.iterKind === 'dict_values' ? es.map((e) => e.value) : es.flatMap((e) => [e.key, e.value]);
      return { ...self(objs, 1), contentUnknown: d.fuzzy };
    }
    case 'slice':
      return { parts: (c.sliceParts ?? []).filter((p): p is PyObj => !!p).map((obj) => ({ obj, extra: 0 })), guarded: false, unordered: false };
    case 'dict': {
      if (c.type === 'Counter') return counterPlan(c);
      const extra = c.type === 'OrderedDict' ? (b.it.vm.odictReprCopiesDict ? 2 : 1) : 1;
      const parts = dictParts(c.entries?.values() ?? [], extra);
      // defdict_repr: dict_repr first, then the factory's repr
      if (c.type === 'defaultdict' && c.defaultFactory) parts.push({ obj: c.defaultFactory, extra: 0 });
      return { parts, guarded: true, unordered: false };
    }
  }
  return undefined;
}

/** Counter.__repr__: `dict(self.most_common())` repr'd, so keys by count, highest first (a stable sort). */
function counterPlan(c: PyObj): ReprPlan {
  const entries = [...c.entries?.values() ?? []];
  const counts = entries.map((e) => (e.value.kind === 'int' && typeof e.value.value === 'bigint' ? e.value.value : undefined));
  const known = counts.every((n) => n !== undefined);
  const order = entries.map((e, i) => ({ e, n: counts[i] ?? 0n })).sort((p, q) => (p.n === q.n ? 0 : p.n > q.n ? -1 : 1));
  // (no guard: a Counter holding itself recurses until RecursionError, which the model leaves open)
  return { parts: dictParts(order.map((p) => p.e), 2), guarded: false, unordered: !known };
}

/** Whether repr(o) may run code of the program: a Python __repr__, a generated one, or a container's items. */
export function reprRunsCode(b: Builtins, o: PyObj): boolean {
  if ((o.kind === 'instance' || o.kind === 'exception' || o.kind === 'tuple') && b.lookupClassAttr(o.cls, '__repr__')?.kind === 'function') return true;
  return plan(b, o) !== undefined && !isEmptyPlain(o);
}

function isEmptyPlain(o: PyObj): boolean {
  return !o.fuzzy && (o.kind === 'list' || o.kind === 'tuple' ? !o.items?.length : o.kind === 'dict' || o.kind === 'set' || o.kind === 'frozenset' ? !o.entries?.size && !o.defaultFactory : false);
}

/**
 * Runs what repr(x) of a container runs besides making its text: each part's repr (textOf,
 * recursively), in order, its result dropped; an exception from one goes out of here with the
 * later parts not run. True when x is such a container (its text is then a new str the caller
 * makes), false when x is not one.
 */
export function* runContainerRepr(b: Builtins, x: PyObj, frame: Frame, site: CallSite): G<boolean> {
  // (an OrderedDict subclass whose keys() / [] / items() repr would call: not followed, odictSubclass.ts)
  if (odictReprRunsHooks(b, x)) { b.it.heap.escape(x); return true; }
  const p = plan(b, x);
  if (!p) return false;
  if (running.has(x)) {
    // (an unguarded container met again: only a Counter holding itself, a RecursionError in CPython)
    if (!p.guarded) b.it.noteMayRaise();
    return true;
  }
  const h = b.it.heap;
  running.add(x);
  // (Py_ReprEnter appends x to the thread's repr list; a dataclass's wrapper frame and its inner __repr__ frame hold self)
  const held = p.fields ? 2 : p.guarded ? 1 : 0;
  for (let i = 0; i < held; i++) h.incref(x);
  try {
    if (p.fields) {
      for (const name of p.fields) {
        const v = yield* b.getAttr(x, name, frame, site);
        try {
          if (reprRunsCode(b, v)) h.decref(yield* b.textOf(v, 'repr', frame, site));
        } finally {
          h.decref(v);
        }
      }
      return true;
    }
    const parts = p.parts.filter((q) => reprRunsCode(b, q.obj));
    // Content not known (or an order not known with more than one part that runs code): each
    // part's repr may run, or not, in any order: under an unknown condition.
    if (p.contentUnknown || (p.unordered && parts.length > 1)) {
      for (const q of parts) yield* reprUnsure(b, q, frame, site);
      return true;
    }
    for (const q of parts) yield* reprPart(b, q, frame, site);
    return true;
  } finally {
    for (let i = 0; i < held; i++) h.decref(x);
    running.delete(x);
  }
}

function* reprPart(b: Builtins, q: ReprPart, frame: Frame, site: CallSite): G<void> {
  const h = b.it.heap;
  for (let i = 0; i < q.extra; i++) h.incref(q.obj);
  try {
    // (a __repr__ returning something not a str raises TypeError there: Builtins.checkedText)
    h.decref(yield* b.textOf(q.obj, 'repr', frame, site));
  } finally {
    for (let i = 0; i < q.extra; i++) h.decref(q.obj);
  }
}

/** One part's repr under a condition of unknown direction: what it changes is open, an exception from it may come. */
export function* reprUnsure(b: Builtins, q: ReprPart, frame: Frame, site: CallSite): G<void> {
  const it = b.it;
  it.fuzzyEvents++;
  it.enterFuzzy();
  try {
    yield* reprPart(b, q, frame, site);
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    it.noteMayRaise();
    it.heap.decref(err.exc);
  } finally {
    it.exitFuzzy();
  }
}

/**
 * repr(x) run any number of times (pprint measures each part's text against its width and
 * may repr it again, a dict's keys sorted): x's parts' reprs under an unknown condition.
 */
export function* reprAnyTimes(b: Builtins, x: PyObj, frame: Frame, site: CallSite): G<void> {
  if (!reprRunsCode(b, x)) return;
  yield* reprUnsure(b, { obj: x, extra: 0 }, frame, site);
}
