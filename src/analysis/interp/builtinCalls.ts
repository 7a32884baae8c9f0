// Calls of builtin functions, builtin types and methods of builtin types
// (list.append, dict.pop, ...), and of the sys / gc / weakref functions.
// Arguments are borrowed (the caller releases them); results are owned.
// An unmodelled callee is unknown: its arguments escape (open upper bound).
import { deepCopy, shallowCopy } from './copyModule';
import { callPartial, isPartial, makePartial, PARTIAL_OBJECT } from './partialObjects';
import { makeChain } from './itertoolsChain';
import { makeItertool } from './itertoolsMore';
import { jsonDumps, jsonLoads } from './jsonModule';
import { callRandom } from './randomModule';
import { settleItems, settleKey } from './valueKeys';
import { knownClass, knownInt } from './operators';
import { bisectCall, heapqCall, lessThan } from './heapqBisect';
import { dcAsdict, dcReplace } from './dataclassFuncs';
import { callLru, isLruWrapper, LRU_DECORATOR, LRU_WRAPPER, lruCache, lruClear, makeLruWrapper, makeWraps, UPDATE_WRAPPER, updateWrapper } from './functoolsWrappers';
import { callHelper, cmEnter, cmExit, CM_ENTER, CM_EXIT, CM_HELPER, makeHelper, makeSuppress, SUPPRESS, SUPPRESS_OBJECT, suppressExit } from './contextlibModel';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import { CallSite, G, Interpreter } from './interpreter';
import { PERMANENT_GENERATION, PyObj } from './objects';
import { isTracked } from './collector';
import { dropEntry, liveEntries, removeDeadEntry, weakDelete, weakGet, weakSetAdd } from './weakContainers';
import { floatRepr } from '../ir/constants';
import { callGetter, makeGetter } from './operatorModule';

export function* callBuiltinImpl(b: Builtins, it: Interpreter, func: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const name = func.builtinName ?? '';
  const kw = new Map(kwargs);
  const unknownCall = (): PyObj => {
    for (const a of args) h.escape(a);
    for (const [, v] of kwargs) h.escape(v);
    const r = b.unknown(site.line, site.col);
    // What it returns may hold (and be held by) the containers it was given: a possible cycle member.
    if (args.some((a) => b.mayBeTracked(a)) || kwargs.some(([, v]) => b.mayBeTracked(v))) r.tracked = true;
    return r;
  };
  // A bound builtin method object (events.append stored somewhere): self is in methodSelf.
  if (func.kind === 'method' && func.methodSelf) {
    const f = func.methodFunc!;
    h.incref(func.methodSelf);
    const all = [func.methodSelf, ...args];
    try {
      return yield* callBuiltinImpl(b, it, f, all, kwargs, frame, site);
    } finally {
      h.decref(func.methodSelf);
    }
  }
  if (func.kind === 'builtin' && func.builtinName === 'weak._remove') {
    // A weak container's entry callback: its object died.
    if (func.weakOwner && args[0]) removeDeadEntry(it, func.weakOwner, args[0]);
    return b.none;
  }
  if (func.kind === 'weakref' && func.type === 'WeakMethod') {
    // A new bound method while the object lives.
    const obj = func.referent;
    if (!obj || !func.weakFunc) return b.none;
    const bm = h.alloc('method', 'method', h.site(site.line, site.col, 'method', 'bound method'));
    bm.methodFunc = h.incref(func.weakFunc);
    bm.methodSelf = h.incref(obj);
    bm.tracked = true;
    return bm;
  }
  if (func.kind === 'weakref') return h.incref(func.referent) ?? b.none;
  if (func.kind === 'unknown' || func.kind === 'instance' || func.kind === 'generator') {
    if (func.kind === 'instance') {
      const m = b.lookupClassAttr(func.cls, '__call__');
      if (m && m.kind === 'function') return yield* it.callFromC(m, [func, ...args], frame, site);
    }
    h.escape(func);
    // Code the analysis does not follow may write to stdout or flush it.
    if (func.kind === 'unknown') it.stdout.forget();
    return unknownCall();
  }
  const self = args[0];
  const pos = { line: site.line, col: site.col };
  switch (name) {
    case 'operator.attrgetter': case 'operator.itemgetter':
      return makeGetter(b, it, name === 'operator.attrgetter' ? 'attrgetter' : 'itemgetter', args, site) ?? unknownCall();
    case 'operator.attrgetter()': case 'operator.itemgetter()':
      if (args.length !== 1 || kwargs.length) return unknownCall();
      return yield* callGetter(b, it, func, self, frame, site);
    // ---- builtin functions ----
    case 'print': return yield* printCall(b, it, args, kw, frame, site);
    case 'sys.stdout.write': case 'sys.stdout.flush': case 'sys.stderr.write': case 'sys.stderr.flush':
      return streamCall(b, it, name, self, pos);
    case 'repr': case 'ascii': return self ? yield* b.textOf(self, 'repr', frame, site) : b.newStr(undefined, pos);
    case 'format': return self ? yield* b.textOf(self, 'str', frame, site, 1) : b.newStr(undefined, pos);
    case 'chr': {
      const n = self ? b.num(self) : undefined;
      return b.newStr(typeof n === 'bigint' && n >= 0n && n <= 0x10ffffn ? String.fromCodePoint(Number(n)) : undefined, pos);
    }
    case 'input': case 'hex': case 'oct': case 'bin':
      return b.newStr(undefined, pos);
    case 'len': {
      const n = self?.kind === 'view' && self.iterSource?.entries && !self.iterSource.fuzzy ? self.iterSource.entries.size : self?.weakContainer ? liveEntries(self).length : self?.items ? self.items.length : self?.entries ? self.entries.size : self?.kind === 'str' && self.value !== undefined ? String(self.value).length : undefined;
      if (self?.kind === 'instance') {
        const m = b.lookupClassAttr(self.cls, '__len__');
        if (m && m.kind === 'function') return yield* it.callFromC(m, [self], frame, site);
      }
      return b.newInt(n === undefined || self?.fuzzy ? undefined : BigInt(n), pos);
    }
    case 'id': {
      const n = b.newInt(self ? BigInt(self.id) * 16n + 140000000000000n : undefined, pos);
      n.fromId = true;
      n.idOf = self;
      return n;
    }
    case 'sum': {
      // Consumes the iterable (a generator runs to its end), then adds what is known.
      if (!self) return b.unknown(pos.line, pos.col);
      const items = yield* b.iterateAll(self, frame);
      const start = args[1];
      const all = start ? [start, ...items] : items;
      const nums = all.map((x) => ((x.kind === 'int' || x.kind === 'bool' || x.kind === 'float') && x.value !== undefined ? x : undefined));
      for (const x of items) h.decref(x);
      if (self.fuzzy || nums.some((x) => !x)) return all.some((x) => x.kind === 'float') ? b.newFloat(undefined, pos) : b.newInt(undefined, pos);
      if (nums.some((x) => x!.kind === 'float')) return b.newFloat(nums.reduce((acc, x) => acc + Number(x!.value), 0), pos);
      return b.newInt(nums.reduce((acc, x) => acc + (typeof x!.value === 'boolean' ? (x!.value ? 1n : 0n) : (x!.value as bigint)), 0n), pos);
    }
    case 'any': case 'all': {
      // Short-circuits like CPython: stops at the first deciding item.
      if (!self) return b.unknown(pos.line, pos.col);
      const itr = yield* b.getIter(self, frame);
      let result: boolean | undefined = name === 'all';
      try {
        for (let n = 0; n < 100000; n++) {
          const v = yield* b.iterNext(itr, frame);
          if (!v) break;
          const t = b.truthy(v);
          h.decref(v);
          if (t === undefined) { result = undefined; break; }
          if (name === 'any' && t) { result = true; break; }
          if (name === 'all' && !t) { result = false; break; }
        }
      } finally {
        h.decref(itr);
      }
      return result === undefined ? b.unknown(pos.line, pos.col) : b.bool(result);
    }
    case 'abs': case 'round': case 'ord': case 'divmod': case 'pow': return numberBuiltin(b, name, args, pos) ?? b.newInt(undefined, pos);
    case 'hash':
      return b.newInt(undefined, pos);
    case 'isinstance': {
      const cls = args[1];
      if (!self || !cls) return b.unknown(pos.line, pos.col);
      const c = b.classOf(self);
      const types = cls.kind === 'tuple' ? cls.items! : [cls];
      if (self.kind === 'unknown' || !c) return b.unknown(pos.line, pos.col);
      return b.bool(types.some((t) => b.isSubclass(c, t) || t.builtinName === 'object'));
    }
    case 'issubclass': return b.unknown(pos.line, pos.col);
    case 'callable': return b.bool(['function', 'builtin', 'class', 'method'].includes(self?.kind ?? ''));
    case 'min': case 'max': {
      const items = args.length === 1 ? yield* b.iterateAll(self, frame) : args.map((a) => h.incref(a)!);
      const key = kw.get('key');
      // The key of each item (calling the key function as CPython does), then the first extreme one:
      // by known numbers here, else by running `item < best` (min) / `item > best` (max) as min_max does.
      const keyObjs: PyObj[] = [];
      for (const x of items) {
        let k: PyObj = h.incref(x)!;
        if (key) { const r = yield* it.callFromC(key, [x], frame, site); h.decref(k); k = r; }
        keyObjs.push(k);
      }
      const keys = keyObjs.map((k) => { const sk = sortKey(k); return typeof sk === 'number' ? sk : undefined; });
      let best: number | undefined = 0;
      if (keys.every((k) => k !== undefined)) {
        for (let i = 1; i < items.length; i++) if (name === 'min' ? keys[i]! < keys[best]! : keys[i]! > keys[best]!) best = i;
      } else {
        for (let i = 1; i < items.length && best !== undefined; i++) {
          const r = yield* b.compare(name === 'min' ? '<' : '>', keyObjs[i], keyObjs[best], frame, pos);
          const t = b.truthy(r);
          h.decref(r);
          if (t === undefined) best = undefined;
          else if (t) best = i;
        }
      }
      for (const k of keyObjs) h.decref(k);
      if (!items.length) {
        if (kw.has('default')) return h.incref(kw.get('default'))!;
        throw it.raiseObj(b.cError('ValueError', pos), frame, true);
      }
      if (best === undefined) {
        for (const x of items) h.escape(x);
        const pick = items[0];
        for (const x of items.slice(1)) h.decref(x);
        return pick;
      }
      items.forEach((x, i) => { if (i !== best) h.decref(x); });
      return items[best];
    }
    case 'sorted': {
      const items = yield* b.iterateAll(self, frame);
      yield* sortInPlace(b, it, items, kw, frame, site);
      return b.newSeq('list', items, pos);
    }
    case 'iter': return yield* b.getIter(self, frame);
    case 'next': {
      const r = yield* b.resume(self, undefined, frame);
      if (r.done) {
        if (args[1]) { h.decref(r.value); return h.incref(args[1])!; }
        h.decref(r.value);
        throw it.raiseObj(b.newException('StopIteration', [], pos), frame, true);
      }
      return r.value;
    }
    case 'getattr': {
      const attr = args[1]?.value;
      if (typeof attr !== 'string') return unknownCall();
      try {
        return yield* b.getAttr(self, attr, frame, site);
      } catch (err) {
        if (args[2]) return h.incref(args[2])!;
        throw err;
      }
    }
    case 'setattr': {
      const attr = args[1]?.value;
      if (typeof attr !== 'string') return unknownCall();
      yield* b.setAttr(self, attr, h.incref(args[2])!, frame);
      return b.none;
    }
    case 'delattr': {
      const attr = args[1]?.value;
      if (typeof attr === 'string') yield* b.delAttr(self, attr, frame);
      return b.none;
    }
    case 'hasattr': {
      const attr = args[1]?.value;
      if (typeof attr === 'string' && self.kind === 'instance') return b.bool(!!(self.attrs?.get(attr) ?? self.slots?.get(attr) ?? b.lookupClassAttr(self.cls, attr)));
      return b.unknown(pos.line, pos.col);
    }
    case 'vars': case 'locals': case 'globals': {
      if (name === 'vars' && self) return yield* b.getAttr(self, '__dict__', frame, site);
      if (name === 'globals' || frame.kind === 'module') {
        it.globalsEscaped = true;
        h.escape(b.none);
        const u = b.unknown(pos.line, pos.col);
        return u;
      }
      return localsDict(b, it, frame, pos);
    }
    case 'dir': { const l = b.newSeq('list', [], pos); l.fuzzy = true; return l; }
    case 'open': case 'exec': case 'eval': case 'compile': case '__import__': case 'breakpoint':
      it.b.havocFrame(frame);
      return unknownCall();

    // ---- builtin types ----
    case 'object': {
      const o = h.alloc('instance', 'object', h.site(pos.line, pos.col, 'object', 'object()'));
      return o;
    }
    case 'type': {
      if (args.length === 1) {
        const c = b.classOf(self);
        return c ? h.incref(c)! : b.unknown(pos.line, pos.col);
      }
      return unknownCall();
    }
    case 'list': case 'tuple': {
      if (!self) return name === 'tuple' ? h.incref(b.emptyTuple)! : b.newSeq('list', [], pos);
      if (name === 'tuple' && self.kind === 'tuple' && !self.cls) return h.incref(self)!;
      const items = yield* b.iterateAll(self, frame);
      if (name === 'tuple' && items.length === 0) return h.incref(b.emptyTuple)!;
      const r = b.newSeq(name, items, pos);
      if (self.fuzzy || self.kind === 'unknown') r.fuzzy = true;
      return r;
    }
    case 'set': case 'frozenset': {
      // frozenset(fs) of an exact frozenset is fs itself.
      if (name === 'frozenset' && self?.kind === 'frozenset' && self.type === 'frozenset') return h.incref(self)!;
      const items = self ? yield* b.iterateAll(self, frame) : [];
      for (const x of items) yield* settleKey(b, x, frame);
      return b.newSet(items, pos, name);
    }
    case 'dict': {
      const d = b.newDict(pos);
      if (self) {
        if (self.kind === 'dict') { b.dictUpdate(d, self); if (self.tracked) d.tracked = true; }
        else {
          for (const pair of yield* b.iterateAll(self, frame)) {
            const kv = pair.items ?? [];
            if (kv.length === 2) b.dictSet(d, h.incref(kv[0])!, h.incref(kv[1])!);
            h.decref(pair);
          }
        }
      }
      for (const [k, v] of kwargs) b.dictSet(d, b.newStr(k, pos), h.incref(v)!);
      return d;
    }
    case 'str': case 'bytes': case 'bytearray': {
      if (self?.kind === 'str' && name === 'str') return h.incref(self)!;
      if (name === 'str' && !self) return b.newStr('', pos);
      // str() of a known number or singleton: its text, as repr would write it.
      if (name === 'str' && self && self.value !== undefined && (self.kind === 'int' || self.kind === 'float' || self.kind === 'bool')) {
        return b.newStr(self.kind === 'bool' ? (self.value ? 'True' : 'False') : self.kind === 'float' ? floatRepr(self.value as number) : String(self.value), pos);
      }
      if (name === 'str' && self?.kind === 'none') return b.newStr('None', pos);
      if (name === 'str' && self && (self.kind === 'instance' || self.kind === 'exception')) return yield* b.textOf(self, 'str', frame, site, 1);
      return b.newStr(undefined, pos);
    }
    case 'int': {
      if (!self) return b.smallInt(0n);
      if (self.kind === 'int') return h.incref(self)!;
      if (self.kind === 'bool' && self.value !== undefined) return b.smallInt(self.value ? 1n : 0n);
      if (self.kind === 'str' && self.value !== undefined && !args[1]) {
        const t = String(self.value).trim().replace(/_/g, '');
        // int('x') raises ValueError: the program takes the except branch, as CPython does.
        if (!/^[+-]?\d+$/.test(t)) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
        return b.newInt(BigInt(t), pos);
      }
      if (self.kind === 'float' && typeof self.value === 'number') return b.newInt(Number.isFinite(self.value) ? BigInt(Math.trunc(self.value)) : undefined, pos);
      return b.newInt(undefined, pos);
    }
    case 'float': {
      if (!self) return b.newFloat(0, pos);
      if (self.kind === 'float') return h.incref(self)!;
      const v = self.value;
      if (self.kind === 'str' && v !== undefined) {
        const t = String(v).trim().replace(/_/g, '');
        const ok = /^[+-]?((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|inf(inity)?|nan)$/i.test(t);
        if (!ok) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
        return b.newFloat(/inf/i.test(t) ? (t.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(t) ? NaN : Number(t), pos);
      }
      return b.newFloat((self.kind === 'int' || self.kind === 'bool') && v !== undefined ? Number(v) : undefined, pos);
    }
    case 'bool': return self ? (b.truthy(self) === undefined ? b.unknown(pos.line, pos.col) : b.bool(!!b.truthy(self))) : b.falseObj;
    case 'complex': return b.unknown(pos.line, pos.col);
    case 'range': {
      const nums = args.map((a) => a.value);
      if (nums.some((n) => typeof n !== 'bigint')) {
        const r = h.alloc('unknown', 'range', h.site(pos.line, pos.col, 'range', 'range(…)'));
        r.fuzzy = true;
        return r;
      }
      const [start, stop, step] = nums.length === 1 ? [0n, nums[0] as bigint, 1n] : [nums[0] as bigint, nums[1] as bigint, (nums[2] as bigint | undefined) ?? 1n];
      const r = h.alloc('range', 'range', h.site(pos.line, pos.col, 'range', 'range(…)'));
      r.rangeVals = [start, stop, step];
      return r;
    }
    case 'enumerate': case 'zip': {
      const srcs: PyObj[] = [];
      for (const a of args) srcs.push(yield* b.getIter(a, frame));
      const e = h.alloc('iterator', name, h.site(pos.line, pos.col, name, `${name}(…)`));
      e.iterKind = name;
      e.iterIndex = 0;
      e.tracked = true;
      // enumerate holds its iterator, zip a tuple of them; both allocate their reusable result tuple now.
      if (name === 'zip') ownIterators(b, e, srcs, pos);
      else e.iterSources = srcs;
      e.lastResult = b.newSeq('tuple', (name === 'zip' ? srcs : [0, 1]).map(() => b.none), pos);
      return e;
    }
    case 'map': case 'filter': {
      // map(func, *iterables) / filter(func_or_None, iterable): lazy iterators that
      // hold the function and an iterator of each iterable, and call the function per item.
      if (args.length < 2 || (name === 'filter' && args.length !== 2)) return unknownCall();
      const srcs: PyObj[] = [];
      for (const a of args.slice(1)) srcs.push(yield* b.getIter(a, frame));
      const e = h.alloc('iterator', name, h.site(pos.line, pos.col, name, `${name}(…)`));
      e.iterKind = name;
      e.iterFunc = args[0] === b.none ? undefined : h.incref(args[0]);
      // map keeps a tuple of its iterators; filter the one iterator.
      if (name === 'map') ownIterators(b, e, srcs, pos);
      else e.iterSources = srcs;
      e.iterIndex = 0;
      e.tracked = true;
      return e;
    }
    case 'reversed': {
      // A list or tuple (listreviter, reversed over a sequence), or a dict's keys (dict_reversekeyiterator); both hold what they reverse.
      if (self?.kind === 'list' || self?.kind === 'tuple' || (self?.kind === 'dict' && self.type !== 'OrderedDict' && self.entries && !self.fuzzy)) {
        const e = h.alloc('iterator', 'reversed', h.site(pos.line, pos.col, 'reversed', 'reversed(…)'));
        e.iterKind = 'reversed';
        e.iterSource = h.incref(self);
        e.iterIndex = 0;
        e.tracked = true;
        return e;
      }
      return unknownCall();
    }
    case 'super': {
      const cls = frame.cells.get('__class__')?.cellValue;
      const selfObj = frame.locals.get((frame.code as { params?: { name: string }[] }).params?.[0]?.name ?? 'self');
      if (!cls || !selfObj) return unknownCall();
      const s = h.alloc('super', 'super', h.site(pos.line, pos.col, 'super', 'super()'));
      s.superClass = h.incref(cls);
      s.superSelf = h.incref(selfObj);
      s.tracked = true;
      return s;
    }
    case 'property': case 'staticmethod': case 'classmethod': {
      const p = h.alloc(name, name, h.site(pos.line, pos.col, name, name));
      p.wrapped = args.map((a) => h.incref(a)!);
      p.tracked = true;
      if (name !== 'property') {
        // Since 3.10 staticmethod / classmethod copy the function's __module__, __name__,
        // __qualname__, __doc__ and __annotations__ (a dict) into a __dict__ of their own:
        // a tracked dict the collector finds with them.
        const d = h.alloc('dict', 'dict', h.site(pos.line, pos.col, 'dict', `${name}.__dict__`));
        d.attrs = new Map();
        d.tracked = true;
        p.dictObj = d;
      }
      return p;
    }

    case 'BaseException.__init__': {
      // self.args = the arguments (a new tuple, or the empty tuple).
      const old = self.excArgs;
      const rest = args.slice(1).map((a) => h.incref(a)!);
      self.excArgs = rest.length ? b.newSeq('tuple', rest, pos) : h.incref(b.emptyTuple);
      h.decref(old);
      return b.none;
    }
    case 'object.__init__': return b.none;
    case 'object.__new__':
      // object.__new__(cls): a bare instance of a class statement's class; other classes lay out what we do not model.
      if (self?.kind === 'class' && self.classIR && knownClass(self) && !self.namedFields && !self.isException && !self.enumKind) return b.bareInstance(self, pos);
      return unknownCall();
    case 'property.setter': case 'property.getter': case 'property.deleter': {
      // A new property with one accessor replaced (fget, fset, fdel).
      const old = self.wrapped ?? [];
      const at = name === 'property.getter' ? 0 : name === 'property.setter' ? 1 : 2;
      const parts = [0, 1, 2].map((i) => (i === at ? args[1] : old[i]));
      const p = h.alloc('property', 'property', h.site(pos.line, pos.col, 'property', 'property'));
      p.wrapped = parts.map((x) => h.incref(x ?? b.none)!);
      p.tracked = true;
      return p;
    }
    case 'dataclasses.dataclass': {
      // @dataclass or @dataclass(...): the class comes back, with its fields recorded;
      // each default gets one more reference, from its Field in __dataclass_fields__.
      if (!self || self.kind !== 'class' || !self.classIR) {
        // dataclass(order=True, ...): a decorator that remembers its options (a temporary closure in CPython).
        if (self || !kwargs.length) return h.incref(func)!;
        const d = h.alloc('builtin', 'function', h.site(pos.line, pos.col, 'function', 'dataclass(…)'));
        d.builtinName = 'dataclasses.dataclass';
        d.attrs = new Map(kwargs.map(([k, v]) => [k, h.incref(v)!]));
        d.tracked = true;
        return d;
      }
      const baseCls = (self.mroTuple?.items ?? []).slice(1).find((c) => c.dataclassFields);
      const base = baseCls?.dataclassFields ?? [];
      const own = self.classIR.annotated.map((f) => f.name);
      self.dataclassFields = [...base.filter((n) => !own.includes(n)), ...own];
      // field(compare=False) leaves a field out of the generated comparisons.
      const ownCompare = own.filter((n) => { const f = self.attrs?.get(n); return !(f && isFieldCall(f) && f.attrs?.get('compare') === b.falseObj); });
      const baseCompare = (baseCls?.dataclassCompare ?? base).filter((n) => !own.includes(n));
      self.dataclassCompare = [...baseCompare, ...ownCompare];
      self.dataclassOrder = func.attrs?.get('order') === b.trueObj;
      const fieldsDict = b.newDict(pos);
      for (const f of self.classIR.annotated) {
        const dflt = self.attrs?.get(f.name);
        if (dflt && isFieldCall(dflt)) {
          // `x: T = field(...)`: that Field is the field; the class attribute becomes its default, or goes.
          const real = dflt.attrs!.get('default');
          if (real) self.attrs!.set(f.name, h.incref(real)!);
          else self.attrs!.delete(f.name);
          b.dictSet(fieldsDict, b.newStr(f.name, pos), dflt);
          continue;
        }
        const field = h.alloc('instance', 'Field', h.site(pos.line, pos.col, 'Field', `Field(${f.name})`));
        field.attrs = new Map();
        field.tracked = true;
        if (dflt) field.attrs.set('default', h.incref(dflt)!);
        b.dictSet(fieldsDict, b.newStr(f.name, pos), field);
      }
      const old = self.attrs!.get('__dataclass_fields__');
      self.attrs!.set('__dataclass_fields__', fieldsDict);
      h.decref(old);
      return h.incref(self)!;
    }

    case 'dataclasses.field': {
      // A Field holding what @dataclass will read: the default, the default factory, the flags.
      const f = h.alloc('instance', 'Field', h.site(pos.line, pos.col, 'Field', 'field(…)'));
      f.attrs = new Map();
      f.tracked = true;
      for (const [k, v] of kwargs) {
        if (k === 'metadata' && v !== b.none) h.escape(v); // kept through a mappingproxy
        f.attrs.set(k, h.incref(v)!);
      }
      for (const a of args) h.escape(a);
      return f;
    }

    // ---- sys ----
    case 'sys.getrefcount': {
      const target = self;
      if (!target) return b.unknown(pos.line, pos.col);
      if (target.fromId) it.adviser.getrefcountOfId(site.line, site.col, site.argExprs?.[0]);
      let n = target.rc;
      if (it.vm.borrowedLocalLoads) n -= 1;
      // Of an object of unknown count only ≥1 is sure (as for the names a line records): code the model does not follow,
      // or an order it does not know, may have dropped references it counts.
      it.recorder.callResult(site, 'sys.getrefcount', target.immortal && !target.external ? 'immortal' : target.fuzzy ? [Math.min(n, 1), null] : target.external ? [n, null] : [n, n], [], target);
      return b.newInt(target.immortal ? undefined : BigInt(n), pos);
    }
    case 'sys.intern': {
      if (it.vm.immortalInterned && self && !self.immortal) {
        // 3.12 makes interned strings immortal: from here on the object is reported under a new id.
        self.immortal = true;
        self.oid = `${self.site}.interned`;
        it.recorder.sharedSites.add(self.oid);
      }
      return h.incref(self)!;
    }
    case 'sys._getframe': {
      // The frame object of the caller's frame (depth 0) or of one further out.
      const depth = args[0]?.kind === 'int' && typeof args[0].value === 'bigint' ? Number(args[0].value) : args.length ? -1 : 0;
      let f: Frame | undefined = frame;
      for (let i = 0; i < depth && f; i++) f = f.back;
      if (!f || depth < 0) return unknownCall();
      return h.incref(it.frameObject(f))!;
    }
    case 'sys.exception': {
      const exc = it.currentHandled(frame);
      return h.incref(exc ?? b.none)!;
    }
    case 'sys.exc_info': {
      // (type, value, traceback) of the exception being handled, or three Nones.
      const exc = it.currentHandled(frame);
      if (!exc) return b.newSeq('tuple', [h.incref(b.none)!, h.incref(b.none)!, h.incref(b.none)!], pos);
      const cls = b.classOf(exc);
      if (!cls) return unknownCall();
      return b.newSeq('tuple', [h.incref(cls)!, h.incref(exc)!, h.incref(exc.traceback ?? b.none)!], pos);
    }
    case 'sys.exit': throw it.raiseObj(b.newException('SystemExit', self ? [h.incref(self)!] : [], pos), frame, true);

    // ---- gc ----
    case 'gc.collect': {
      it.recorder.pendingCol.set(site.line, site.col);
      const g = self ?? kw.get('generation');
      const gen = g === undefined ? 2n : g.kind === 'int' && typeof g.value === 'bigint' ? g.value : undefined;
      if (gen === undefined || gen < 0n || gen > 2n) return unknownCall();
      return yield* b.runCollect(frame, site, Number(gen));
    }
    case 'gc.set_debug': {
      const v = self?.value;
      b.gcDebugSaveAll = typeof v === 'bigint' ? (v & 32n) !== 0n : false;
      return b.none;
    }
    case 'gc.disable': b.gcEnabled = false; return b.none;
    case 'gc.enable': b.gcEnabled = true; return b.none;
    case 'gc.isenabled': return b.bool(b.gcEnabled);
    case 'gc.get_debug': return b.smallInt(b.gcDebugSaveAll ? 32n : 0n);
    case 'gc.freeze': {
      // Everything the collector tracks now moves to the permanent generation.
      for (const o of h.live) if (isTracked(o, b)) o.gen = PERMANENT_GENERATION;
      return b.none;
    }
    case 'gc.unfreeze': {
      for (const o of h.live) if (o.gen === PERMANENT_GENERATION) o.gen = 2;
      return b.none;
    }
    case 'gc.get_freeze_count': return b.newInt(BigInt([...h.live].filter((o) => o.gen === PERMANENT_GENERATION && o.tracked).length), pos);
    case 'gc.is_tracked': return b.bool(!!self?.tracked);
    case 'gc.get_referents': {
      // A new list of what each argument's tp_traverse visits; only builtin containers
      // whose contents are known (an instance's traverse differs between versions).
      const out: PyObj[] = [];
      for (const a of args) {
        const refs = traversedBy(a);
        if (!refs) return unknownCall();
        out.push(...refs);
      }
      return b.newSeq('list', out.map((o) => h.incref(o)!), pos);
    }
    case 'gc.get_threshold': {
      const t = b.gcThreshold ?? (it.vm.version === '3.11' || it.vm.version === '3.12' ? [700n, 10n, 10n] : [2000n, 10n, 10n]);
      return b.newSeq('tuple', t.map((v) => b.newInt(v, pos)), pos);
    }
    case 'gc.set_threshold': {
      const vs = args.map((a) => a.value);
      const t = b.gcThreshold ?? (it.vm.version === '3.11' || it.vm.version === '3.12' ? [700n, 10n, 10n] : [2000n, 10n, 10n]);
      if (vs.length < 1 || vs.length > 3 || !vs.every((v) => typeof v === 'bigint')) return unknownCall();
      b.gcThreshold = t.map((old, i) => (i < vs.length ? (vs[i] as bigint) : old));
      return b.none;
    }
    case 'gc.get_count': case 'gc.get_referrers': case 'gc.get_objects': return unknownCall();

    // ---- weakref ----
    case 'weakref.WeakMethod': {
      // A weak reference to the bound method's object, and (weakly) to its function.
      if (!self || self.kind !== 'method' || !self.methodSelf || !self.methodFunc) return unknownCall();
      const cb = args[1] && args[1].kind !== 'none' ? args[1] : undefined;
      const w = h.alloc('weakref', 'WeakMethod', h.site(pos.line, pos.col, 'weakref', 'WeakMethod(…)'));
      w.referent = self.methodSelf;
      w.weakFunc = self.methodFunc;
      w.callback = h.incref(cb);
      w.tracked = true;
      self.methodSelf.weakrefs ??= [];
      self.methodSelf.weakrefs.push(w);
      return w;
    }
    case 'weakref.ref': case 'weakref.proxy': {
      const target = self;
      const cb = args[1] && args[1].kind !== 'none' ? args[1] : undefined;
      if (!target) return unknownCall();
      target.weakrefs ??= [];
      const kind = name === 'weakref.proxy' ? 'weakproxy' : 'weakref';
      // Without a callback, the existing plain ref (or proxy) is shared.
      if (!cb) {
        const existing = target.weakrefs.find((w) => w.kind === kind && !w.callback && w.alive && (kind === 'weakproxy' || w.type === 'weakref'));
        if (existing) return h.incref(existing)!;
      }
      const w = h.alloc(kind, kind === 'weakproxy' ? 'weakproxy' : 'weakref', h.site(pos.line, pos.col, kind, `${kind}(…)`));
      w.referent = target;
      w.callback = h.incref(cb);
      w.tracked = true;
      target.weakrefs.push(w);
      return w;
    }
    case 'weakref.getweakrefs': {
      const refs = (self?.weakrefs ?? []).filter((w) => w.alive).map((w) => h.incref(w)!);
      return b.newSeq('list', refs, pos);
    }
    case 'weakref.getweakrefcount': return b.newInt(BigInt(self?.weakrefs?.length ?? 0), pos);
    case 'weakref.finalize': {
      const target = self;
      const f = h.alloc('finalize', 'finalize', h.site(pos.line, pos.col, 'finalize', 'finalize(…)'));
      f.tracked = true;
      f.finalizeFunc = h.incref(args[1]);
      f.finalizeArgs = args.slice(2).map((a) => h.incref(a)!);
      // The weakref to the target calls back into the finalize object; the registry keeps it alive.
      const w = h.alloc('weakref', 'weakref', h.site(pos.line, pos.col, 'weakref', 'weakref(…)'));
      w.referent = target;
      w.callback = h.incref(f);
      w.finalizeOwner = f;
      target.weakrefs ??= [];
      target.weakrefs.push(w);
      f.finalizeRef = w;
      const reg = b.weakrefRegistry();
      b.dictSet(reg, h.incref(f)!, b.newStr(undefined, pos));
      return f;
    }
    case 'weakref.WeakValueDictionary': case 'weakref.WeakKeyDictionary': case 'weakref.WeakSet': {
      const o = h.alloc('instance', name.split('.')[1], h.site(pos.line, pos.col, name, `${name.split('.')[1]}()`));
      o.attrs = new Map();
      o.tracked = true;
      o.weakContainer = true;
      return o;
    }
    case 'collections.defaultdict': case 'collections.OrderedDict': {
      const d = b.newDict(pos);
      d.type = name.split('.')[1];
      if (name === 'collections.defaultdict') {
        if (self && self.kind !== 'none') d.defaultFactory = h.incref(self);
        if (args[1]) b.dictUpdate(d, args[1]);
      } else if (self) b.dictUpdate(d, self);
      d.tracked = true;
      return d;
    }
    case 'collections.Counter': {
      // Counter(iterable): _count_elements stores mapping[x] = mapping.get(x, 0) + 1 for each item.
      if (args.length > 1 || kwargs.length || (self && (self.kind === 'dict' || self.kind === 'unknown'))) return unknownCall();
      const d = b.newDict(pos);
      d.type = 'Counter';
      d.tracked = true;
      for (const x of self ? yield* b.iterateAll(self, frame) : []) {
        yield* settleKey(b, x, frame);
        const e = b.dictGet(d, x);
        const n = e?.value.value;
        b.dictSet(d, x, e ? b.newInt(typeof n === 'bigint' ? n + 1n : undefined, pos) : b.smallInt(1n));
      }
      return d;
    }
    case 'collections.namedtuple': {
      const typeName = self?.kind === 'str' ? String(self.value) : undefined;
      const spec = args[1];
      let fields: string[] | undefined;
      if (spec?.kind === 'str' && spec.value !== undefined) fields = String(spec.value).replace(/,/g, ' ').split(/\s+/).filter(Boolean);
      else if (spec?.items && spec.items.every((x) => x.kind === 'str' && x.value !== undefined)) fields = spec.items.map((x) => String(x.value));
      if (!typeName || !fields || kwargs.length) return unknownCall();
      return b.newNamedTupleClass(typeName, fields, pos);
    }
    case 'collections.deque': {
      const items = self && self.kind !== 'none' ? yield* b.iterateAll(self, frame) : [];
      const ml = kw.get('maxlen') ?? args[1];
      const q = b.newSeq('list', [], pos);
      q.type = 'deque';
      if (ml && typeof ml.value === 'bigint') q.maxlen = Number(ml.value);
      for (const x of items) { q.items!.push(x); dequeTrim(q, it, 'left'); }
      return q;
    }
    case 'json.dumps': return jsonDumps(b, self, kw, pos) ?? unknownCall();
    case 'json.loads': return jsonLoads(b, self, kw, pos) ?? unknownCall();
    case 'itertools.chain': return yield* makeChain(b, args, false, frame, pos);
    case 'itertools.islice': case 'itertools.count': case 'itertools.repeat': case 'itertools.zip_longest': case 'itertools.accumulate': case 'itertools.product': case 'itertools.groupby':
      return (yield* makeItertool(b, name.slice('itertools.'.length), args, kw, frame, pos)) ?? unknownCall();
    case 'namedtuple._replace': {
      // self._make(map(kwds.pop, field_names, self)): a new tuple of the class, given fields replaced.
      const fields = self.cls?.namedFields ?? [];
      const given = new Map(kwargs);
      if (args.length !== 1 || self.fuzzy || kwargs.some(([k]) => !fields.includes(k))) return unknownCall();
      return yield* b.instantiate(self.cls!, fields.map((f, i) => h.incref(given.get(f) ?? self.items![i])!), [], frame, site);
    }
    case 'namedtuple._asdict': {
      // dict(zip(self._fields, self)).
      if (args.length !== 1 || kwargs.length || self.fuzzy) return unknownCall();
      const d = b.newDict(pos);
      (self.cls?.namedFields ?? []).forEach((f, i) => b.dictSet(d, b.newStr(f, pos), h.incref(self.items![i])!));
      return d;
    }
    case 'functools.reduce': {
      // reduce(f, iterable[, initial]): acc = f(acc, x) item by item (the call's pair of arguments is released after each call).
      if (args.length < 2 || args.length > 3 || kwargs.length) return unknownCall();
      const items = yield* b.iterateAll(args[1], frame);
      const first = args.length === 3 ? h.incref(args[2]) : items.shift();
      if (!first) throw it.raiseObj(b.cError('TypeError', pos), frame, true);
      let acc: PyObj = first;
      try {
        while (items.length) {
          const x = items.shift()!;
          try {
            const next: PyObj = yield* it.callFromC(self, [acc, x], frame, site);
            h.decref(acc);
            acc = next;
          } finally {
            h.decref(x);
          }
        }
      } catch (err) {
        h.decref(acc);
        for (const x of items) h.decref(x);
        throw err;
      }
      return acc;
    }
    case 'functools.wraps': return (args.length === 1 && !kwargs.length && makeWraps(b, it, self, site)) || unknownCall();
    case UPDATE_WRAPPER: return (args.length <= 2 && updateWrapper(b, it, self, args[1] ?? new Map(kwargs).get('wrapped'), site)) || unknownCall();
    case 'functools.lru_cache': return lruCache(b, it, args, kwargs, site) ?? unknownCall();
    case LRU_DECORATOR:
      return args.length === 1 && self.kind === 'function' && !kwargs.length ? makeLruWrapper(b, it, self, func.maxlen ?? 128, site) : unknownCall();
    case LRU_WRAPPER: return (isLruWrapper(func) && (yield* callLru(b, it, func, args, kwargs, frame, site))) || unknownCall();
    case `${LRU_WRAPPER}.cache_clear`: if (isLruWrapper(self)) { lruClear(it, self); return b.none; } return unknownCall();
    case `${LRU_WRAPPER}.cache_info`: return b.unknown(pos.line, pos.col);
    case 'dataclasses.replace': return (args.length === 1 && (yield* dcReplace(b, it, self, kwargs, frame, site))) || unknownCall();
    case 'dataclasses.asdict': return (args.length === 1 && !kwargs.length && dcAsdict(b, it, self, pos)) || unknownCall();
    // Sets __isabstractmethod__ in the function's __dict__ (a dict of atoms: untracked, not modelled).
    case 'abc.abstractmethod': return args.length === 1 && self.kind === 'function' ? h.incref(self)! : unknownCall();
    case 'contextlib.contextmanager': return args.length === 1 && !kwargs.length && self.kind === 'function' ? makeHelper(b, it, self, site) : unknownCall();
    case CM_HELPER: return yield* callHelper(b, it, func, args, kwargs, frame, site);
    case SUPPRESS: return kwargs.length ? unknownCall() : makeSuppress(b, it, args, site);
    case `${SUPPRESS_OBJECT}.__enter__`: return b.none;
    case `${SUPPRESS_OBJECT}.__exit__`: return (args.length === 4 && suppressExit(b, self, args[1])) || unknownCall();
    case CM_ENTER: return (args.length === 1 && (yield* cmEnter(b, it, self, frame, site))) || unknownCall();
    case CM_EXIT: return (args.length === 4 && (yield* cmExit(b, it, self, args[2], args[3], frame, site))) || unknownCall();
    case 'heapq.heappush': case 'heapq.heappop': case 'heapq.heapify': case 'heapq.heapreplace': case 'heapq.heappushpop':
    case 'heapq.nsmallest': case 'heapq.nlargest':
      return (yield* heapqCall(b, it, name.slice(6), args, kwargs, frame, site, (items, kw) => sortInPlace(b, it, items, kw, frame, site))) ?? unknownCall();
    case 'bisect.bisect': case 'bisect.bisect_left': case 'bisect.bisect_right': case 'bisect.insort': case 'bisect.insort_left': case 'bisect.insort_right':
      return (yield* bisectCall(b, it, name.slice(7), args, kwargs, frame, site)) ?? unknownCall();
    case 'itertools.chain.from_iterable': return args.length === 1 ? yield* makeChain(b, args, true, frame, pos) : unknownCall();
    case 'functools.partial': return makePartial(b, it, args, kwargs, site) ?? unknownCall();
    case PARTIAL_OBJECT: return isPartial(func) ? yield* callPartial(b, it, func, args, kwargs, frame, site) : unknownCall();
    case 'copy.copy': {
      // A class's own __copy__ is what copy.copy calls (looked up on the class).
      const hook = args.length === 1 && self.kind === 'instance' && !self.fuzzy ? b.lookupClassAttr(self.cls, '__copy__') : undefined;
      if (hook && hook.kind === 'function') return yield* it.callFromC(hook, [self], frame, site);
      return (args.length === 1 && !kwargs.length && shallowCopy(b, it, self, pos)) || unknownCall();
    }
    case 'copy.deepcopy': return (args.length === 1 && !kwargs.length && deepCopy(b, it, self, pos)) || unknownCall();

    // ---- generator methods ----
    case 'generator.send': case 'generator.__next__': {
      const sent = name === 'generator.send' ? h.incref(args[1]) : undefined;
      // 3.11 keeps a value sent through `yield from` alive in the delegating frame.
      const r = yield* b.resume(self, sent, frame);
      return nextOrStop(b, it, r, frame, pos);
    }
    case 'generator.close': b.closeGenerator(self, frame); return b.none;

    case 'generator.throw': {
      const exc = yield* thrownException(it, args.slice(1), frame, site);
      if (!exc) return unknownCall();
      return nextOrStop(b, it, yield* b.throwInto(self, exc, frame), frame, pos);
    }
  }
  if (name.startsWith('random.')) return callRandom(b, name.slice('random.'.length), args, kw, pos) ?? unknownCall();
  if (name.startsWith('math.')) {
    const fn = name.slice(5);
    const nums = args.map((a) => (a.kind === 'int' || a.kind === 'float' || a.kind === 'bool') && a.value !== undefined ? Number(a.value) : undefined);
    const ok = nums.every((x) => x !== undefined);
    const f = (Math as unknown as Record<string, (...x: number[]) => number>)[fn];
    if (['floor', 'ceil', 'trunc', 'gcd', 'factorial', 'comb', 'perm', 'isqrt', 'lcm'].includes(fn)) {
      const v = ok && fn !== 'gcd' && fn !== 'factorial' && fn !== 'comb' && fn !== 'perm' && fn !== 'lcm' ? (fn === 'isqrt' ? Math.floor(Math.sqrt(nums[0]!)) : (Math as unknown as Record<string, (x: number) => number>)[fn](nums[0]!)) : undefined;
      return b.newInt(v !== undefined && Number.isFinite(v) ? BigInt(v) : undefined, pos);
    }
    if (['isclose', 'isfinite', 'isnan', 'isinf'].includes(fn)) return b.unknown(pos.line, pos.col);
    const v = ok && typeof f === 'function' ? f(...(nums as number[])) : undefined;
    return b.newFloat(v !== undefined && Number.isFinite(v) ? v : undefined, pos);
  }
  // finalize objects are called (and by their weakref callback).
  if (func.kind === 'finalize') return callFinalize(b, it, func, frame, site);
  const dot = name.indexOf('.');
  if (dot > 0) return yield* callMethod(b, it, name.slice(0, dot), name.slice(dot + 1), args, kw, frame, site, unknownCall);
  return unknownCall();
}

function callFinalize(b: Builtins, it: Interpreter, f: PyObj, frame: Frame, site: CallSite): PyObj {
  const h = it.heap;
  if (!f.finalizeFunc) return b.none;
  const fn = h.incref(f.finalizeFunc)!;
  const fargs = (f.finalizeArgs ?? []).map((a) => h.incref(a)!);
  unregisterFinalize(b, it, f);
  const run = it.callObject(fn, fargs.map((a) => h.incref(a)!), [], frame, site);
  let r = run.next();
  while (!r.done) r = run.next(undefined);
  h.decref(r.value);
  h.decref(fn);
  for (const a of fargs) h.decref(a);
  return b.none;
}

/** Takes a finalize out of the registry: its function, arguments and the weakref to its target go. */
function unregisterFinalize(b: Builtins, it: Interpreter, f: PyObj): void {
  const h = it.heap;
  const fn = f.finalizeFunc;
  const fargs = f.finalizeArgs ?? [];
  f.finalizeFunc = undefined;
  f.finalizeArgs = undefined;
  const e = b.dictDel(b.weakrefRegistry(), f);
  h.decref(fn);
  for (const a of fargs) h.decref(a);
  if (e) { h.decref(e.key); h.decref(e.value); }
  // The registry entry (finalize's _Info) owned the weakref to the target: it goes with it.
  const w = f.finalizeRef;
  if (w) {
    f.finalizeRef = undefined;
    w.finalizeOwner = undefined;
    const target = w.referent;
    if (target?.weakrefs) target.weakrefs = target.weakrefs.filter((x) => x !== w);
    w.referent = undefined;
    h.decref(w);
  }
}

function localsDict(b: Builtins, it: Interpreter, frame: Frame, pos: { line: number; col: number }): PyObj {
  const h = it.heap;
  if (it.vm.localsIsFrameCache) {
    // ≤3.12: the frame's cached dict, kept by the frame object until the function returns.
    const fo = it.frameObject(frame);
    let d = fo.localsCache;
    if (!d) {
      d = b.newDict(pos);
      fo.localsCache = d;
    }
    const old = [...d.entries!.values()];
    d.entries = new Map();
    for (const e of old) { h.decref(e.key); h.decref(e.value); }
    for (const [k, v] of frame.locals) b.dictSet(d, b.newStr(k, pos), h.incref(v)!);
    for (const [k, c] of frame.cells) if (c.cellValue) b.dictSet(d, b.newStr(k, pos), h.incref(c.cellValue)!);
    return h.incref(d)!;
  }
  const d = b.newDict(pos);
  for (const [k, v] of frame.locals) b.dictSet(d, b.newStr(k, pos), h.incref(v)!);
  for (const [k, c] of frame.cells) if (c.cellValue) b.dictSet(d, b.newStr(k, pos), h.incref(c.cellValue)!);
  return d;
}

function* callMethod(b: Builtins, it: Interpreter, type: string, method: string, args: PyObj[], kw: Map<string, PyObj>, frame: Frame, site: CallSite, unknownCall: () => PyObj): G<PyObj> {
  const h = it.heap;
  const self = args[0];
  const a1 = args[1];
  const pos = { line: site.line, col: site.col };
  if (!self) return unknownCall();
  if (type === 'dict' && method === 'fromkeys' && args.length <= 2 && kw.size === 0) {
    // dict.fromkeys(iterable, value=None): every key maps to the one value.
    const keys = yield* b.iterateAll(self, frame);
    const value = a1 ?? b.none;
    const d = b.newDict(pos);
    for (const k of keys) b.dictSet(d, k, h.incref(value)!);
    return d;
  }
  if (self.fuzzy && (type === 'list' || type === 'dict' || type === 'set')) {
    // A container of unknown content: keep its argument references honest.
    if (['append', 'insert', 'extend', 'add', 'update', 'setdefault'].includes(method)) {
      for (const a of args.slice(1)) h.escape(a);
    }
  }
  // A Counter is a dict whose update / subtract add counts; its own methods are not followed.
  if (type === 'dict' && self.type === 'Counter' && method === 'most_common') return mostCommon(b, self, args[1], pos) ?? unknownCall();
  if (type === 'dict' && self.type === 'Counter' && !['get', 'keys', 'values', 'items', 'pop', 'clear', 'setdefault'].includes(method)) return unknownCall();
  // Keys and searched values with their own __eq__ are found by equality (valueKeys.ts).
  if (type === 'dict' || type === 'set') yield* settleKey(b, a1, frame);
  if ((type === 'list' || type === 'deque') && (method === 'remove' || method === 'index' || method === 'count')) {
    yield* settleKey(b, a1, frame);
    yield* settleItems(b, self, frame);
  }
  if (type === 'deque' && self.items) {
    const items = self.items;
    switch (method) {
      case 'append': items.push(h.incref(a1)!); b.noteStore(self, a1); dequeTrim(self, it, 'left'); return b.none;
      case 'appendleft': items.unshift(h.incref(a1)!); b.noteStore(self, a1); dequeTrim(self, it, 'right'); return b.none;
      case 'popleft': {
        if (!items.length) throw it.raiseObj(b.cError('IndexError', pos), frame, true);
        const v = items.shift()!;
        it.recorder.noteStore();
        return v;
      }
      case 'extend': { for (const x of yield* b.iterateAll(a1, frame)) { items.push(x); b.noteStore(self, x); dequeTrim(self, it, 'left'); } return b.none; }
      case 'pop': case 'clear': case 'remove': case 'count': case 'index': case 'reverse': case 'copy': case 'insert': break;
      default: return unknownCall();
    }
  }
  if ((type === 'list' || type === 'deque') && self.items) {
    const items = self.items;
    switch (method) {
      case 'append': items.push(h.incref(a1)!); b.noteStore(self, a1); return b.none;
      case 'insert': {
        const i = Number(args[1]?.value ?? 0);
        items.splice(i < 0 ? Math.max(0, items.length + i) : Math.min(i, items.length), 0, h.incref(args[2])!);
        b.noteStore(self, args[2]);
        return b.none;
      }
      case 'extend': {
        const add = yield* b.iterateAll(a1, frame);
        for (const x of add) { items.push(x); b.noteStore(self, x); }
        return b.none;
      }
      case 'pop': {
        if (!items.length) {
          if (self.fuzzy) return b.unknown(pos.line, pos.col);
          throw it.raiseObj(b.cError('IndexError', pos), frame, true);
        }
        const i = a1 ? Number(a1.value) : items.length - 1;
        const [v] = items.splice(i < 0 ? items.length + i : i, 1);
        it.recorder.noteStore();
        return v;
      }
      case 'remove': {
        const i = items.findIndex((x) => x === a1 || b.hashKey(x) === b.hashKey(a1));
        if (i < 0) return self.fuzzy ? b.none : (() => { throw it.raiseObj(b.cError('ValueError', pos), frame, true); })();
        const [v] = items.splice(i, 1);
        h.decref(v);
        it.recorder.noteStore();
        return b.none;
      }
      case 'clear': { self.items = []; for (const x of items) h.decref(x); it.recorder.noteStore(); return b.none; }
      case 'copy': return b.newSeq('list', items.map((x) => h.incref(x)!), pos);
      case 'reverse': items.reverse(); return b.none;
      case 'sort': {
        yield* sortInPlace(b, it, items, kw, frame, site);
        it.recorder.noteStore();
        return b.none;
      }
      case 'index': case 'count': {
        // Equality is known between the same object and between known scalars; else the answer is unknown.
        const known = (x: PyObj): boolean => !b.hashKey(x).startsWith('id:') || x.kind === 'none';
        const matches = items.map((x) => (x === a1 || b.hashKey(x) === b.hashKey(a1) ? true : known(x) && known(a1) ? false : undefined));
        if (self.fuzzy || !a1 || args.length > 2 || matches.includes(undefined)) return b.newInt(undefined, pos);
        if (method === 'count') return b.newInt(BigInt(matches.filter(Boolean).length), pos);
        const i = matches.indexOf(true);
        if (i < 0) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
        return b.newInt(BigInt(i), pos);
      }
    }
  }
  if (type === 'dict' && self.entries) {
    switch (method) {
      case 'get': {
        const e = b.dictGet(self, a1);
        if (e) return h.incref(e.value)!;
        if (self.fuzzy) { h.escape(args[2]); return b.unknown(pos.line, pos.col); }
        return h.incref(args[2] ?? b.none)!;
      }
      case 'setdefault': {
        const e = b.dictGet(self, a1);
        if (e) return h.incref(e.value)!;
        const v = args[2] ?? b.none;
        b.dictSet(self, h.incref(a1)!, h.incref(v)!);
        return h.incref(v)!;
      }
      case 'pop': {
        const e = b.dictDel(self, a1);
        if (e) { h.decref(e.key); it.recorder.noteStore(); return e.value; }
        if (args[2]) return h.incref(args[2])!;
        if (self.fuzzy) return b.unknown(pos.line, pos.col);
        throw it.raiseObj(b.newException('KeyError', [h.incref(a1)!], pos), frame, true);
      }
      case 'popitem': {
        // OrderedDict.popitem(last=False) takes the first item.
        const fromEnd = self.type !== 'OrderedDict' || b.truthy(kw.get('last') ?? a1 ?? b.trueObj);
        if (fromEnd === undefined) return unknownCall();
        const all = [...self.entries.entries()];
        const last = fromEnd ? all.pop() : all.shift();
        if (!last) throw it.raiseObj(b.cError('KeyError', pos), frame, true);
        self.entries.delete(last[0]);
        it.recorder.noteStore();
        return b.newSeq('tuple', [last[1].key, last[1].value], pos);
      }
      case 'update': {
        if (a1) b.dictUpdate(self, a1);
        for (const [k, v] of kw) b.dictSet(self, b.newStr(k, pos), h.incref(v)!);
        return b.none;
      }
      case 'clear': {
        const old = [...self.entries.values()];
        self.entries = new Map();
        for (const e of old) { h.decref(e.key); h.decref(e.value); }
        it.recorder.noteStore();
        return b.none;
      }
      case 'copy': { const d = b.newDict(pos); b.dictUpdate(d, self); return d; }
      case 'move_to_end': {
        // OrderedDict only: the order changes, no reference does.
        const toEnd = b.truthy(kw.get('last') ?? args[2] ?? b.trueObj);
        const key = b.hashKey(a1);
        const e = self.entries.get(key);
        if (self.type !== 'OrderedDict' || toEnd === undefined || (key.startsWith('id:') && !e)) return unknownCall();
        if (!e) throw it.raiseObj(b.newException('KeyError', [h.incref(a1)!], pos), frame, true);
        self.entries.delete(key);
        self.entries = toEnd ? self.entries.set(key, e) : new Map([[key, e], ...self.entries]);
        return b.none;
      }
      case 'keys': case 'values': case 'items': return dictView(b, self, method, pos);
    }
  }
  if ((type === 'set') && self.entries) {
    switch (method) {
      case 'add': b.setAdd(self, h.incref(a1)!); return b.none;
      case 'discard': case 'remove': {
        const e = b.dictDel(self, a1);
        if (e) h.decref(e.key);
        else if (method === 'remove' && !self.fuzzy) throw it.raiseObj(b.newException('KeyError', [h.incref(a1)!], pos), frame, true);
        it.recorder.noteStore();
        return b.none;
      }
      case 'pop': {
        const first = [...self.entries.entries()][0];
        if (!first) throw it.raiseObj(b.cError('KeyError', pos), frame, true);
        self.entries.delete(first[0]);
        const v = first[1].key;
        // Which element pops depends on hashes: keep the count honest.
        for (const e of self.entries.values()) h.escape(e.key);
        h.escape(v);
        return v;
      }
      case 'update': {
        for (const x of yield* b.iterateAll(a1, frame)) { yield* settleKey(b, x, frame); b.setAdd(self, x); }
        return b.none;
      }
      case 'clear': {
        const old = [...self.entries.values()];
        self.entries = new Map();
        for (const e of old) h.decref(e.key);
        it.recorder.noteStore();
        return b.none;
      }
      case 'copy': return b.newSet([...self.entries.values()].map((e) => h.incref(e.key)!), pos, 'set');
      case 'union': case 'intersection': case 'difference':
        return yield* b.binop(method === 'union' ? '|' : method === 'intersection' ? '&' : '-', self, a1, frame, false, pos);
    }
  }
  if (type === 'str' || type === 'bytes') return yield* strMethod(b, it, self, method, args, frame, pos);
  if (type === 'finalize' && self.kind === 'finalize') {
    if (method === '__call__') return callFinalize(b, it, self, frame, site);
    // (obj, func, args, kwargs) while registered, else None; detach() also unregisters.
    const target = self.finalizeRef?.referent;
    if (!self.finalizeFunc || !target) return b.none;
    const func = h.incref(self.finalizeFunc)!;
    const argsTuple = b.newSeq('tuple', (self.finalizeArgs ?? []).map((a) => h.incref(a)!), pos);
    const parts = b.newSeq('tuple', [h.incref(target)!, func, argsTuple, b.newDict(pos)], pos);
    if (method === 'detach') unregisterFinalize(b, it, self);
    return parts;
  }
  if (type === 'weak') {
    // WeakValueDictionary / WeakKeyDictionary / WeakSet (weakContainers.ts).
    self.weakEntries ??= new Map();
    switch (method) {
      case 'get': { const e = weakGet(b, self, a1); return h.incref(e ? e.value : args[2] ?? b.none)!; }
      case 'add': weakSetAdd(b, self, a1); return b.none;
      case 'discard': case 'remove': case 'pop': {
        const e = weakGet(b, self, a1) && weakDelete(b, self, a1);
        if (!e) {
          if (method === 'discard') return b.none;
          if (method === 'pop' && args[2]) return h.incref(args[2])!;
          if (self.fuzzy) return b.unknown(pos.line, pos.col);
          throw it.raiseObj(b.newException('KeyError', [h.incref(a1)!], pos), frame, true);
        }
        // pop hands the value over: a WeakKeyDictionary's own reference, or a new one.
        const out = method === 'pop' ? h.incref(e.value)! : b.none;
        dropEntry(it, self, e);
        it.recorder.noteStore();
        return out;
      }
      case 'keys': case 'values': case 'items': case 'copy': {
        const out = liveEntries(self).map((e) => (method === 'values' ? h.incref(e.value)! : method === 'keys' ? h.incref(e.key)! : b.newSeq('tuple', [h.incref(e.key)!, h.incref(e.value)!], pos)));
        return b.newSeq('list', out, pos);
      }
      case 'clear': {
        const all = [...self.weakEntries.values()];
        self.weakEntries.clear();
        for (const e of all) dropEntry(it, self, e);
        it.recorder.noteStore();
        return b.none;
      }
    }
    return unknownCall();
  }
  if (type === 'int' || type === 'float') return b.newInt(undefined, pos);
  return unknownCall();
}

/**
 * Counter.most_common(n): new (key, count) tuples, highest counts first and
 * equal counts in insertion order (sorted(..., reverse=True) and
 * heapq.nlargest are both stable); the list of n of them, or of all.
 * Undefined when the counts are not all known numbers.
 */
function mostCommon(b: Builtins, self: PyObj, n: PyObj | undefined, pos: { line: number; col: number }): PyObj | undefined {
  if (self.fuzzy || !self.entries) return undefined;
  const limit = n && n.kind !== 'none' ? knownInt(n) : undefined;
  if (n && n.kind !== 'none' && limit === undefined) return undefined;
  const entries = [...self.entries.values()];
  const counts = entries.map((e) => b.num(e.value));
  if (counts.some((c) => c === undefined)) return undefined;
  const order = entries.map((_, i) => i).sort((i, j) => Number(counts[j]!) - Number(counts[i]!) || i - j);
  const taken = limit === undefined ? order : order.slice(0, Math.max(0, Number(limit)));
  const h = b.it.heap;
  return b.newSeq('list', taken.map((i) => b.newSeq('tuple', [h.incref(entries[i].key)!, h.incref(entries[i].value)!], pos)), pos);
}

/** What a generator step gave back: the yielded value, or StopIteration carrying the return value. */
function nextOrStop(b: Builtins, it: Interpreter, r: { done: boolean; value: PyObj }, frame: Frame, pos: { line: number; col: number }): PyObj {
  if (r.done) throw it.raiseObj(b.newException('StopIteration', [r.value], pos), frame, true);
  return r.value;
}

/**
 * gen.throw(typ[, val]): an exception instance is thrown as it is; an
 * exception class is called first, with `val` as its argument when given
 * (PyErr_NormalizeException). Undefined: something the analysis cannot make.
 */
function* thrownException(it: Interpreter, args: PyObj[], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const [typ, val] = args;
  if (!typ || args.length > 2) return undefined;
  if (typ.kind === 'exception' && (!val || val.kind === 'none')) return it.heap.incref(typ);
  if (typ.kind !== 'class' || !typ.isException) return undefined;
  const callArgs = val && val.kind !== 'none' ? [it.heap.incref(val)!] : [];
  const exc = yield* it.callObject(typ, callArgs, [], frame, site);
  return exc.kind === 'exception' ? exc : (it.heap.decref(exc), undefined);
}

/**
 * print(*args, sep=, end=, file=, flush=): each argument's str() (a user
 * __str__ runs) written in turn, separators between, `end` last. To stdout
 * the texts go through its buffer (stdoutBuffer.ts); another file may keep
 * what it is given, so a str written there is left with an open count.
 */
function* printCall(b: Builtins, it: Interpreter, args: PyObj[], kw: Map<string, PyObj>, frame: Frame, site: CallSite): G<PyObj> {
  // sep / end None or left out: ' ' and '\n' (cached one-character strings: no reference to manage).
  function given(name: string, dflt: string): PyObj {
    const v = kw.get(name);
    return v && v.kind !== 'none' ? v : b.newStr(dflt, site);
  }
  const file = kw.get('file');
  const toStdout = !file || file.kind === 'none' || file.moduleName === 'sys.stdout';
  const unsure = it.fuzzyDepth > 0;
  const end = given('end', '\n');
  // stderr is line-buffered: the newline print ends with writes out what it kept.
  const lineEnded = file?.moduleName === 'sys.stderr' && end.kind === 'str' && String(end.value ?? '').includes('\n');
  const write = (text: PyObj, source: PyObj): void => {
    if (toStdout) it.stdout.write(text, source, unsure);
    else if (!lineEnded) otherStreamWrite(it, text);
  };
  const sep = given('sep', ' ');
  for (let i = 0; i < args.length; i++) {
    if (i > 0) write(sep, sep);
    const text = yield* b.textOf(args[i], 'str', frame, site, 1);
    write(text, args[i]);
    it.heap.decref(text);
  }
  write(end, end);
  const flush = kw.get('flush');
  const flushed = flush ? b.truthy(flush) : false;
  if (toStdout && flushed !== false) {
    if (unsure || flushed === undefined) it.stdout.forget();
    else it.stdout.flush();
  }
  return b.none;
}

/** A stream the analysis does not buffer (a file, stderr without a newline yet) may keep the str it is given. */
function otherStreamWrite(it: Interpreter, text: PyObj): void {
  if (text.kind === 'str') it.heap.escape(text);
}

/**
 * sys.stdout.write(s) / flush() go through stdout's buffer; sys.stderr is
 * line-buffered, so a text with a newline writes out everything it kept.
 */
function streamCall(b: Builtins, it: Interpreter, name: string, text: PyObj | undefined, pos: { line: number; col: number }): PyObj {
  const unsure = it.fuzzyDepth > 0;
  if (name === 'sys.stdout.flush') { if (unsure) it.stdout.forget(); else it.stdout.flush(); return b.none; }
  if (name === 'sys.stderr.flush' || !text) return b.none;
  if (name === 'sys.stdout.write') it.stdout.write(text, text, unsure);
  else if (!(text.kind === 'str' && String(text.value ?? '').includes('\n'))) otherStreamWrite(it, text);
  const n = text.kind === 'str' && text.value !== undefined ? [...String(text.value)].length : undefined;
  return b.newInt(n === undefined ? undefined : BigInt(n), pos);
}

/** str methods: computed when the string is known (CPython returns the same object where it would). */
function* strMethod(b: Builtins, it: Interpreter, self: PyObj, method: string, args: PyObj[], frame: Frame, pos: { line: number; col: number }): G<PyObj> {
  const h = it.heap;
  const v = self.value === undefined ? undefined : String(self.value);
  const arg = (i: number): string | undefined => (args[i] && args[i].kind === 'str' && args[i].value !== undefined ? String(args[i].value) : undefined);
  const known = v !== undefined && args.slice(1).every((a) => a.kind !== 'unknown' && !a.fuzzy);
  const str = (x: string | undefined): PyObj => (x !== undefined && x === v ? h.incref(self)! : b.newStr(x, pos));
  // A string of unknown text may come back unchanged (CPython returns the object
  // itself then) or as a new one: a new string, and the original's count left open.
  const maybeSelf = (): PyObj => {
    h.escape(self);
    const r = b.newStr(undefined, pos);
    r.fuzzy = true;
    return r;
  };
  // A piece that is the whole string (nothing split off) is the exact str itself (stringlib/split.h).
  const list = (xs: string[] | undefined): PyObj => {
    if (!xs) { const l = b.newSeq('list', [], pos); l.fuzzy = true; return l; }
    const whole = (x: string): boolean => x === v && x.length > 1 && self.type === 'str';
    return b.newSeq('list', xs.map((x) => (whole(x) ? h.incref(self)! : b.newStr(x, pos))), pos);
  };
  switch (method) {
    case 'join': {
      const parts = yield* b.iterateAll(args[1], frame);
      const ok = known && parts.every((p) => p.kind === 'str' && p.value !== undefined);
      const out = ok ? parts.map((p) => String(p.value)).join(v!) : undefined;
      for (const p of parts) h.decref(p);
      // One item that is an exact str comes back itself (_PyUnicode_JoinArray), whatever its text or the separator.
      const listed = (args[1].kind === 'list' || args[1].kind === 'tuple') && !args[1].fuzzy;
      if ((ok || listed) && parts.length === 1 && parts[0].kind === 'str' && !parts[0].cls && !parts[0].fuzzy) return h.incref(parts[0])!;
      return b.newStr(out, pos);
    }
    case 'split': case 'rsplit': {
      const sep = arg(1);
      const max = args[2] ? knownInt(args[2]) : -1n;
      if (!known || (sep === undefined && args[1] && args[1].kind !== 'none') || sep === '' || max === undefined) return list(undefined);
      return list(splitText(v!, sep, Number(max), method === 'rsplit'));
    }
    case 'splitlines': return list(known ? v!.split(/\r?\n/).filter((x, i, a) => i < a.length - 1 || x) : undefined);
    case 'strip': case 'lstrip': case 'rstrip': {
      if (!known) return maybeSelf();
      const chars = arg(1);
      const set = chars === undefined ? ' \t\n\r\x0b\x0c' : chars;
      let a = 0;
      let z = v!.length;
      if (method !== 'rstrip') while (a < z && set.includes(v![a])) a++;
      if (method !== 'lstrip') while (z > a && set.includes(v![z - 1])) z--;
      if (a === 0 && z === v!.length) return h.incref(self)!; // nothing stripped: the string itself
      return str(v!.slice(a, z));
    }
    case 'upper': return known ? b.newStr(v!.toUpperCase(), pos) : b.newStr(undefined, pos);
    case 'lower': return known ? b.newStr(v!.toLowerCase(), pos) : b.newStr(undefined, pos);
    case 'replace': {
      const a = arg(1), c = arg(2);
      if (!known || a === undefined || c === undefined || args[3]) return maybeSelf();
      return v!.includes(a) ? b.newStr(v!.split(a).join(c), pos) : h.incref(self)!;
    }
    case 'startswith': case 'endswith': {
      const a = arg(1);
      if (!known || a === undefined || args[2]) return b.unknown(pos.line, pos.col);
      return b.bool(method === 'startswith' ? v!.startsWith(a) : v!.endsWith(a));
    }
    case 'isdigit': case 'isalpha': case 'isspace': case 'isupper': case 'islower': case 'isidentifier': {
      if (!known) return b.unknown(pos.line, pos.col);
      const re = { isdigit: /^\d+$/, isalpha: /^[A-Za-z]+$/, isspace: /^\s+$/, isupper: /^[^a-z]*[A-Z][^a-z]*$/, islower: /^[^A-Z]*[a-z][^A-Z]*$/, isidentifier: /^[A-Za-z_][A-Za-z0-9_]*$/ }[method]!;
      return b.bool(re.test(v!));
    }
    case 'find': case 'index': case 'count': case 'rfind': {
      const a = arg(1);
      if (!known || a === undefined || args[2]) return b.newInt(undefined, pos);
      if (method === 'count') return b.newInt(BigInt(a === '' ? v!.length + 1 : v!.split(a).length - 1), pos);
      const i = method === 'rfind' ? v!.lastIndexOf(a) : v!.indexOf(a);
      if (i < 0 && method === 'index') throw it.raiseObj(b.cError('ValueError', pos), frame, true);
      return b.newInt(BigInt(i), pos);
    }
    case 'format': {
      // '{}'.format(s): the writer keeps a lone exact str, so s itself comes back.
      if (known && (v === '{}' || v === '{0}') && args.length === 2 && args[1].kind === 'str') return h.incref(args[1])!;
      const text = known ? formatFields(v!, args.slice(1)) : undefined;
      if (text === undefined) for (const a of args.slice(1)) h.escape(a);
      return b.newStr(text, pos);
    }
    case 'ljust': case 'rjust': case 'center': case 'zfill': {
      const padded = known ? padText(v!, method, knownInt(args[1]), method === 'zfill' ? '0' : args[2] ? arg(2) : ' ') : undefined;
      if (padded !== undefined) return str(padded);
      for (const a of args.slice(1)) h.escape(a);
      return b.newStr(undefined, pos);
    }
    case 'encode': case 'decode': case 'title': case 'capitalize': case 'casefold': case 'swapcase':
      for (const a of args.slice(1)) h.escape(a);
      return b.newStr(undefined, pos);
    case 'partition': case 'rpartition': {
      // stringlib/partition.h: found, (new head, the separator object itself, new tail);
      // not found, the string itself with two ''. An empty separator raises ValueError.
      const sep = arg(1);
      if (!known || sep === undefined || self.type !== 'str') return b.unknown(pos.line, pos.col);
      if (sep === '') throw it.raiseObj(b.cError('ValueError', pos), frame, true);
      const i = method === 'partition' ? v!.indexOf(sep) : v!.lastIndexOf(sep);
      const parts = i >= 0 ? [b.newStr(v!.slice(0, i), pos), h.incref(args[1])!, b.newStr(v!.slice(i + sep.length), pos)]
        : method === 'partition' ? [h.incref(self)!, b.newStr('', pos), b.newStr('', pos)] : [b.newStr('', pos), b.newStr('', pos), h.incref(self)!];
      return b.newSeq('tuple', parts, pos);
    }
  }
  for (const a of args.slice(1)) h.escape(a);
  return b.unknown(pos.line, pos.col);
}

/**
 * ljust / rjust / center / zfill to `width` with `fill` (unicodeobject.c pad):
 * a string already as wide is the same text (and so the same object);
 * center puts the odd space left when the width is odd; zfill keeps a sign first.
 */
function padText(v: string, method: string, width: bigint | undefined, fill: string | undefined): string | undefined {
  if (width === undefined || fill === undefined || [...fill].length !== 1 || width > 100000n) return undefined;
  const w = Number(width);
  const marg = w - v.length;
  if (marg <= 0) return v;
  if (method === 'ljust') return v + fill.repeat(marg);
  if (method === 'rjust') return fill.repeat(marg) + v;
  if (method === 'center') {
    const left = Math.floor(marg / 2) + (marg & w & 1);
    return fill.repeat(left) + v + fill.repeat(marg - left);
  }
  const z = '0'.repeat(marg) + v;
  return v[0] === '+' || v[0] === '-' ? v[0] + '0'.repeat(marg) + v.slice(1) : z;
}

/**
 * str.split / rsplit (`right`) with at most `max` splits (negative: all): by
 * `sep`, or by runs of whitespace when it is undefined, where the part left
 * after the last split keeps its whitespace on the far side.
 */
function splitText(v: string, sep: string | undefined, max: number, right: boolean): string[] {
  if (sep !== undefined) {
    // rsplit searches from the end: overlapping separators split elsewhere than split's.
    const parts: string[] = [];
    let rest = v;
    for (let i = right ? rest.lastIndexOf(sep) : rest.indexOf(sep); i >= 0 && (max < 0 || parts.length < max); i = right ? rest.lastIndexOf(sep) : rest.indexOf(sep)) {
      if (right) { parts.unshift(rest.slice(i + sep.length)); rest = rest.slice(0, i); } else { parts.push(rest.slice(0, i)); rest = rest.slice(i + sep.length); }
    }
    return right ? [rest, ...parts] : [...parts, rest];
  }
  const words = v.split(/\s+/).filter((x) => x);
  if (max < 0 || words.length - 1 < max || !words.length) return words;
  // The rest is the text from the first word it holds (split) or up to the last one (rsplit).
  const trimmed = right ? v.replace(/\s+$/, '') : v.replace(/^\s+/, '');
  const kept = right ? words.slice(words.length - max) : words.slice(0, max);
  let rest = trimmed;
  for (const w of right ? [...kept].reverse() : kept) rest = right ? rest.slice(0, rest.lastIndexOf(w)).replace(/\s+$/, '') : rest.slice(rest.indexOf(w) + w.length).replace(/^\s+/, '');
  return right ? [rest, ...kept] : [...kept, rest];
}

/** A deque with maxlen drops items from the other end when it grows past it. */
function dequeTrim(q: PyObj, it: Interpreter, from: 'left' | 'right'): void {
  if (q.maxlen === undefined) return;
  while (q.items!.length > q.maxlen) {
    const dropped = from === 'left' ? q.items!.shift() : q.items!.pop();
    it.heap.decref(dropped);
  }
}

/** A Field made by `dataclasses.field(...)` (not yet claimed by @dataclass). */
function isFieldCall(o: PyObj): boolean {
  return o.kind === 'instance' && o.type === 'Field' && !o.cls && !!o.attrs;
}

/**
 * list.sort / sorted: the key of each item (the key function called once per
 * item, in order, as CPython does), then a stable sort. Keys that are known
 * numbers, strings or sequences of them are ordered here; other keys (a
 * class's own __lt__, a dataclass with order=True) by running `<` in a binary
 * insertion sort, which gives the stable order timsort gives for a consistent
 * `<`. Where an answer is unknown the order is too: every item escapes.
 */
function* sortInPlace(b: Builtins, it: Interpreter, items: PyObj[], kw: Map<string, PyObj>, frame: Frame, site: CallSite): G<void> {
  const h = it.heap;
  const key = kw.get('key');
  const keyObjs: PyObj[] = [];
  for (const x of [...items]) {
    let k: PyObj = h.incref(x)!;
    if (key && key !== b.none) {
      try {
        const r = yield* it.callFromC(key, [x], frame, site);
        h.decref(k);
        k = r;
      } catch (err) {
        h.decref(k);
        for (const o of keyObjs) h.decref(o);
        throw err;
      }
    }
    keyObjs.push(k);
  }
  try {
    const keys = keyObjs.map((k) => sortKey(k));
    const reverse = kw.get('reverse');
    const rev = reverse === undefined || reverse === b.falseObj || (reverse.kind === 'int' && reverse.value === 0) ? false : reverse === b.trueObj || (reverse.kind === 'int' && reverse.value !== undefined) ? true : undefined;
    // One item (or none) is in order whatever its key.
    let comparable = items.length < 2 || (rev !== undefined && keys.every((k) => k !== undefined));
    // Equal keys keep their order, reverse=True included (CPython sorts stably either way).
    let order = items.map((_, i) => i);
    if (comparable) {
      order.sort((i, j) => {
        const c = compareKeys(keys[i]!, keys[j]!);
        if (c === undefined) { comparable = false; return 0; }
        return (rev ? -c : c) || i - j;
      });
      if (!comparable) order = items.map((_, i) => i);
    }
    // Keys the model cannot order itself: Python's `<` decides, run as timsort would.
    if (!comparable && rev !== undefined) {
      const byLt = yield* insertionOrder(b, keyObjs, rev, frame, site);
      if (byLt) { order = byLt; comparable = true; }
    }
    if (!comparable) {
      for (const x of items) h.escape(x);
      return;
    }
    const sorted = order.map((i) => items[i]);
    for (let i = 0; i < items.length; i++) items[i] = sorted[i];
  } finally {
    for (const k of keyObjs) h.decref(k);
  }
}

/**
 * A stable order of `keys` by Python's `<` (binary insertion, as timsort's
 * binarysort; reverse=True sorts the reversed list and reverses it back, as
 * list.sort does); undefined when a comparison's answer is unknown.
 */
function* insertionOrder(b: Builtins, keys: PyObj[], rev: boolean, frame: Frame, site: CallSite): G<number[] | undefined> {
  const src = keys.map((_, i) => i);
  if (rev) src.reverse();
  const out: number[] = [];
  for (const i of src) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = yield* lessThan(b, keys[i], keys[out[mid]], frame, site);
      if (t === undefined) return undefined;
      if (t) hi = mid;
      else lo = mid + 1;
    }
    out.splice(lo, 0, i);
  }
  if (rev) out.reverse();
  return out;
}

/**
 * A sort key the analysis can compare: a known number (bools are ints), a known
 * str, an id(), or a list / tuple of such. Inside a list or tuple any other
 * object stands for itself ({ obj }): sequence comparison skips items that are
 * the same object (PyObject_RichCompareBool's identity shortcut), so only
 * reaching two different ones leaves the order unknown.
 */
type SortKey = number | string | SortKey[] | { idOf: PyObj } | { obj: PyObj };

function sortKey(k: PyObj, depth = 0): SortKey | undefined {
  // An id() is an address the analysis does not know: only an object's with itself compares (equal).
  if (k.fromId) return k.idOf ? { idOf: k.idOf } : undefined;
  if ((k.kind === 'int' || k.kind === 'float' || k.kind === 'bool') && k.value !== undefined) return Number(k.value);
  if (k.kind === 'str' && typeof k.value === 'string') return k.value;
  if ((k.kind === 'tuple' || k.kind === 'list') && k.items && !k.fuzzy && depth < 4) {
    return k.items.map((x) => sortKey(x, depth + 1) ?? { obj: x });
  }
  return undefined;
}

/** Python's `<` on two keys: numbers with numbers, strs with strs, sequences element by element; undefined where Python would raise. */
function compareKeys(a: SortKey, b: SortKey): number | undefined {
  if (typeof a === 'object' && 'obj' in a) return typeof b === 'object' && 'obj' in b && a.obj === b.obj ? 0 : undefined;
  if (typeof a === 'object' && 'idOf' in a) return typeof b === 'object' && 'idOf' in b && a.idOf === b.idOf ? 0 : undefined;
  if (typeof b === 'object' && !Array.isArray(b)) return undefined;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareKeys(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return undefined;
}

/** map / zip: a tuple owns the source iterators; the iterator reads them through it. */
function ownIterators(b: Builtins, e: PyObj, srcs: PyObj[], pos: { line: number; col: number }): void {
  const t = b.newSeq('tuple', srcs, pos);
  e.itersTuple = t;
  e.iterSources = t.items;
}

/**
 * The objects a builtin container's tp_traverse visits, in its order: a list's,
 * tuple's or set's items; a dict's values, each followed by its key unless every
 * key is a str (a unicode-keys table visits values only). Undefined when not known.
 */
function traversedBy(o: PyObj): PyObj[] | undefined {
  if (o.fuzzy || o.external) return undefined;
  if ((o.kind === 'list' || o.kind === 'tuple') && o.items && (o.type === 'list' || o.type === 'tuple')) return [...o.items];
  if ((o.kind === 'set' || o.kind === 'frozenset') && o.entries) return [...o.entries.values()].map((e) => e.key);
  if (o.kind === 'dict' && o.type === 'dict' && o.entries && !o.instanceDict) {
    const es = [...o.entries.values()];
    if (es.every((e) => e.key.kind === 'str')) return es.map((e) => e.value);
    return es.flatMap((e) => [e.value, e.key]);
  }
  if (o.kind === 'int' || o.kind === 'str' || o.kind === 'float' || o.kind === 'bool' || o.kind === 'none' || o.kind === 'bytes') return [];
  return undefined;
}

/**
 * d.keys() / d.values() / d.items(): a view holds the dict, not its contents;
 * what it shows is the dict as it is when it is iterated (iteration.ts).
 */
function dictView(b: Builtins, d: PyObj, method: 'keys' | 'values' | 'items', pos: { line: number; col: number }): PyObj {
  const h = b.it.heap;
  const type = `dict_${method}`;
  const v = h.alloc('view', type, h.site(pos.line, pos.col, type, `${d.type}.${method}()`));
  v.iterKind = type;
  v.iterSource = h.incref(d);
  v.tracked = true;
  return v;
}

/**
 * str.format with plain replacement fields (`{}`, `{0}`, `{{`/`}}`; no names,
 * attributes, conversions or specs) over known str, int, bool, float and None
 * arguments; undefined otherwise. The arguments are read, not kept.
 */
function formatFields(template: string, args: PyObj[]): string | undefined {
  let out = '';
  let auto = 0;
  let manual = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if ((ch === '{' || ch === '}') && template[i + 1] === ch) { out += ch; i++; continue; }
    if (ch === '}') return undefined;
    if (ch !== '{') { out += ch; continue; }
    const end = template.indexOf('}', i);
    if (end < 0) return undefined;
    const field = template.slice(i + 1, end);
    let n: number;
    if (field === '') { if (manual) return undefined; n = auto++; }
    else if (/^\d+$/.test(field)) { if (auto) return undefined; manual = true; n = Number(field); }
    else return undefined;
    const a = args[n];
    if (!a || a.fuzzy || (a.value === undefined && a.kind !== 'none')) return undefined;
    if (a.kind === 'str' && a.type === 'str') out += String(a.value);
    else if (a.kind === 'int' && !a.fromId) out += String(a.value);
    else if (a.kind === 'bool') out += a.value ? 'True' : 'False';
    else if (a.kind === 'float') out += floatRepr(a.value as number);
    else if (a.kind === 'none') out += 'None';
    else return undefined;
    i = end;
  }
  return out;
}

/**
 * abs, round, ord, divmod and pow over known ints and floats, as CPython
 * answers them: an exact int that comes back unchanged is the same object
 * (long_long: abs of a non-negative int, round to ndigits ≥ 0); divmod makes a
 * new tuple of floor quotient and remainder. Undefined for anything else.
 */
function numberBuiltin(b: Builtins, name: string, args: PyObj[], pos: { line: number; col: number }): PyObj | undefined {
  const h = b.it.heap;
  // Exact ints only: an int subclass's abs / round is a new object.
  const int = (o: PyObj | undefined): bigint | undefined => (o?.type === 'int' ? knownInt(o) : undefined);
  const flt = (o: PyObj | undefined): number | undefined => (o && o.kind === 'float' && typeof o.value === 'number' ? o.value : undefined);
  const [x, y] = args;
  switch (name) {
    case 'abs': {
      const v = int(x);
      if (v !== undefined) return v >= 0n ? h.incref(x)! : b.newInt(-v, pos);
      const f = flt(x);
      return x?.kind === 'float' ? b.newFloat(f === undefined ? undefined : Math.abs(f), pos) : undefined;
    }
    case 'round': {
      const v = int(x);
      if (v !== undefined && args.length === 1) return h.incref(x)!;
      const n = int(y);
      if (v !== undefined && n !== undefined && n >= 0n) return h.incref(x)!;
      if (x?.kind === 'float' && args.length === 1) {
        // Round half to even, to an int.
        const f = flt(x);
        if (f === undefined || !Number.isFinite(f)) return b.newInt(undefined, pos);
        const fl = Math.floor(f);
        const diff = f - fl;
        const r = diff > 0.5 || (diff === 0.5 && fl % 2 !== 0) ? fl + 1 : fl;
        return b.newInt(BigInt(r), pos);
      }
      if (x?.kind === 'float' && (y === undefined || y.kind === 'int' || y.kind === 'none')) return b.newFloat(undefined, pos);
      return undefined;
    }
    case 'ord': {
      const s = x?.kind === 'str' && typeof x.value === 'string' ? x.value : undefined;
      return s !== undefined && [...s].length === 1 ? b.newInt(BigInt(s.codePointAt(0)!), pos) : undefined;
    }
    case 'divmod': {
      const a = int(x);
      const c = int(y);
      if (a !== undefined && c !== undefined && c !== 0n) {
        // Floor division: the remainder takes the divisor's sign.
        let q = a / c;
        if ((a % c !== 0n) && ((a < 0n) !== (c < 0n))) q -= 1n;
        return b.newSeq('tuple', [b.newInt(q, pos), b.newInt(a - q * c, pos)], pos);
      }
      const numeric = (o: PyObj | undefined): boolean => !!o && (o.kind === 'int' || o.kind === 'float') && o.value !== undefined;
      if (numeric(x) && numeric(y) && (x!.kind === 'float' || y!.kind === 'float') && Number(y!.value) !== 0) {
        return b.newSeq('tuple', [b.newFloat(undefined, pos), b.newFloat(undefined, pos)], pos);
      }
      return undefined;
    }
    case 'pow': {
      const a = int(x);
      const e = int(y);
      if (a !== undefined && e !== undefined && e >= 0n && e < 4096n && args.length === 2) return b.newInt(a ** e, pos);
      return undefined;
    }
  }
  return undefined;
}
