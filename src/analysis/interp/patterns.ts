// `match` statements as CPython 3.11-3.13 compile them (compiler_match):
// the subject is evaluated once and stays on the value stack while the
// patterns and guards run, and is popped before the chosen case's body.
// Captured values are held until the whole pattern matched, then stored in
// order (a failed pattern binds nothing; a failed guard keeps the bindings).
// `*rest` in a sequence pattern is a new list (UNPACK_EX), `**rest` a new
// dict (a copy minus the keys); mapping keys are looked up like `.get`;
// class patterns check isinstance, then fetch the attributes through
// `__match_args__` and the keywords. Where the subject's shape or a
// comparison is unknown, the case runs as a branch of unknown direction
// (fuzzyRuns), with whatever it would capture unknown and the subject escaped.
import { noteAbcChecks } from './abcCaches';
import type { Expr, MatchCase, Pattern, Stmt } from '../ir/irTypes';
import type { Frame } from './frame';
import type { Completion, G, Interpreter } from './interpreter';
import { PyException } from './interpreter';
import type { PyObj } from './objects';
import { fuzzyRuns } from './controlFlow';
import { knownClass } from './operators';
import { settleOrder } from './builtinCalls';
import { heldWhile } from './heldWhile';

/** A captured value (owned) waiting to be stored once its pattern matched. */
interface Capture {
  target: Expr;
  value: PyObj;
}

/** Whether a pattern matched: undefined when the analysis cannot tell. */
type Matched = boolean | undefined;

/** Types whose class pattern with one positional sub-pattern matches the subject itself (MATCH_SELF). */
const MATCH_SELF = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

/** The subject's reference on the value stack: released before a body, or at the end when nothing matched. */
class Subject {
  private held = true;
  private readonly temp: { obj: PyObj; label: string };
  constructor(private readonly ip: Interpreter, private readonly frame: Frame, readonly obj: PyObj) {
    this.temp = { obj, label: 'match subject' };
    frame.temps.push(this.temp);
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    const i = this.frame.temps.lastIndexOf(this.temp);
    if (i >= 0) this.frame.temps.splice(i, 1);
    this.ip.heap.decref(this.obj);
  }

  /**
   * Before one branch of unknown direction runs a body: the reference goes as
   * in CPython, unless it is the last one (the other branch still matches
   * against the subject, so it must not be freed).
   */
  *lend<T>(body: () => G<T>): G<T> {
    const lent = this.held && this.obj.rc > 1;
    if (lent) this.release();
    try {
      return yield* body();
    } finally {
      if (lent) {
        this.held = true;
        this.ip.heap.incref(this.obj);
        this.frame.temps.push(this.temp);
      }
    }
  }
}

export function* execMatch(ip: Interpreter, s: Stmt & { k: 'match' }, frame: Frame): G<Completion> {
  const subject = new Subject(ip, frame, yield* ip.eval(s.subject, frame));
  try {
    return yield* runCases(ip, s.cases, 0, subject, frame);
  } finally {
    subject.release();
  }
}

function* runCases(ip: Interpreter, cases: MatchCase[], from: number, subject: Subject, frame: Frame): G<Completion> {
  // A trailing `case _` is compiled apart; the last case before it matches against the
  // subject's own reference (no COPY), so from there on guards run without the subject.
  const last = cases.length - 1;
  const hasDefault = last > 0 && cases[last].pattern.p === 'capture' && !(cases[last].pattern as { target?: Expr }).target;
  const lastReal = hasDefault ? last - 1 : last;
  for (let i = from; i < cases.length; i++) {
    const c = cases[i];
    const caps: Capture[] = [];
    let r: Matched;
    try {
      // (a case before the last real one matches against a COPY of the subject: two stack references)
      r = yield* heldWhile(ip.heap, [subject.obj], i < lastReal ? 1 : 0, matchPattern(ip, c.pattern, subject.obj, frame, caps));
    } catch (err) {
      releaseCaptures(ip, caps);
      throw err;
    }
    if (r === false) { releaseCaptures(ip, caps); continue; }
    const rest = (): G<Completion> => runCases(ip, cases, i + 1, subject, frame);
    const consumed = i >= lastReal;
    if (r === undefined) {
      // Which case runs is unknown: this one (bindings, guard, body) or the ones after it.
      return yield* fuzzyRuns(ip, [function* () {
        yield* bindCaptures(ip, caps, frame);
        if (!consumed && c.guard) ip.heap.decref(yield* ip.eval(c.guard, frame));
        return yield* subject.lend(function* () {
          if (consumed && c.guard) ip.heap.decref(yield* ip.eval(c.guard, frame));
          return yield* ip.execBlock(c.body, frame);
        });
      }, rest], frame);
    }
    yield* bindCaptures(ip, caps, frame);
    if (consumed) subject.release();
    if (c.guard) {
      const truth = yield* ip.truthOf(yield* ip.eval(c.guard, frame), frame);
      if (truth === false) continue;
      if (truth === undefined) return yield* fuzzyRuns(ip, [() => subject.lend(() => ip.execBlock(c.body, frame)), rest], frame);
    }
    subject.release();
    return yield* ip.execBlock(c.body, frame);
  }
  return { k: 'normal' };
}

function* bindCaptures(ip: Interpreter, caps: Capture[], frame: Frame): G<void> {
  for (let i = 0; i < caps.length; i++) {
    try {
      yield* ip.assign(caps[i].target, caps[i].value, frame);
    } catch (err) {
      releaseCaptures(ip, caps.slice(i + 1));
      throw err;
    }
  }
}

function releaseCaptures(ip: Interpreter, caps: Capture[]): void {
  for (const c of caps) ip.heap.decref(c.value);
  caps.length = 0;
}

/** Matches `p` against `subj` (borrowed); captured values are appended to `caps` as owned references. */
function* matchPattern(ip: Interpreter, p: Pattern, subj: PyObj, frame: Frame, caps: Capture[]): G<Matched> {
  switch (p.p) {
    case 'capture':
      if (p.target) caps.push({ target: p.target, value: ip.heap.incref(subj)! });
      return true;
    case 'star': return true; // only inside a sequence pattern (matchSequence)
    case 'value': {
      const v = yield* ip.eval(p.value, frame);
      try {
        return yield* ip.truthOf(yield* ip.b.compare(p.op, subj, v, frame, p), frame);
      } finally {
        ip.heap.decref(v);
      }
    }
    case 'as': {
      const r = yield* matchPattern(ip, p.pattern, subj, frame, caps);
      if (r !== false) caps.push({ target: p.target, value: ip.heap.incref(subj)! });
      return r;
    }
    case 'or': {
      for (const alt of p.alts) {
        const mine: Capture[] = [];
        let r: Matched;
        try {
          r = yield* matchPattern(ip, alt, subj, frame, mine);
        } catch (err) {
          releaseCaptures(ip, mine);
          throw err;
        }
        if (r === false) { releaseCaptures(ip, mine); continue; }
        caps.push(...mine);
        return r;
      }
      return false;
    }
    case 'seq': return yield* matchSequence(ip, p, subj, frame, caps);
    case 'mapping': return yield* matchMapping(ip, p, subj, frame, caps);
    case 'class': return yield* matchClass(ip, p, subj, frame, caps);
  }
}

/** Sub-patterns matched in order against owned values; stops at the first sure failure. */
function* matchAll(ip: Interpreter, pats: Pattern[], values: PyObj[], frame: Frame, caps: Capture[]): G<Matched> {
  let result: Matched = true;
  for (let j = 0; j < pats.length; j++) {
    const r = yield* matchPattern(ip, pats[j], values[j], frame, caps);
    if (r === false) return false;
    if (r === undefined) result = undefined;
  }
  return result;
}

/** The analysis cannot tell whether `p` matches: whatever it captures is unknown, and so is what the subject lends. */
function unknownMatch(ip: Interpreter, p: Pattern, subj: PyObj, caps: Capture[]): Matched {
  ip.heap.escape(subj);
  for (const t of captureTargets(p)) caps.push({ target: t, value: ip.b.unknown(p.line, p.col) });
  return undefined;
}

function captureTargets(p: Pattern): Expr[] {
  switch (p.p) {
    case 'capture': case 'star': return p.target ? [p.target] : [];
    case 'value': return [];
    case 'as': return [...captureTargets(p.pattern), p.target];
    case 'or': return p.alts.length ? captureTargets(p.alts[0]) : [];
    case 'seq': return p.items.flatMap(captureTargets);
    case 'mapping': return [...p.values.flatMap(captureTargets), ...(p.rest ? [p.rest] : [])];
    case 'class': return [...p.args.flatMap(captureTargets), ...p.kwargs.flatMap((k) => captureTargets(k.pattern))];
  }
}

/** An unknown object, or an instance whose class derives from something the analysis does not model (an ABC, an unknown base). */
function opaqueInstance(o: PyObj): boolean {
  if (o.enumMember) return false; // a plain Enum member is neither a sequence nor a mapping
  return o.kind === 'unknown' || (o.kind === 'instance' && !(o.cls && knownClass(o.cls)));
}

function* matchSequence(ip: Interpreter, p: Pattern & { p: 'seq' }, subj: PyObj, frame: Frame, caps: Capture[]): G<Matched> {
  // MATCH_SEQUENCE: list, tuple (namedtuples too), range, collections.abc.Sequence; never str, bytes or dict.
  const isSeq = subj.kind === 'list' || subj.kind === 'tuple';
  if (!isSeq) return subj.kind === 'range' || opaqueInstance(subj) ? unknownMatch(ip, p, subj, caps) : false;
  settleOrder(ip.b, subj);
  const items = subj.items;
  if (!items || (subj.fuzzy && subj.kind === 'list')) return unknownMatch(ip, p, subj, caps);
  const star = p.items.findIndex((x) => x.p === 'star');
  const n = items.length;
  const size = p.items.length;
  if (star < 0 ? n !== size : n < size - 1) return false;
  // UNPACK_SEQUENCE / UNPACK_EX (or subscripts past a `*_`): each item a new reference while it
  // is matched; a named star gets a new list of the middle items, stored in pattern order.
  const values = p.items.map((q, j): PyObj | undefined => {
    if (j !== star) return ip.heap.incref(j < star || star < 0 ? items[j] : items[n - (size - j)])!;
    return q.p === 'star' && q.target ? ip.b.newSeq('list', items.slice(star, n - (size - star - 1)).map((x) => ip.heap.incref(x)!), q) : undefined;
  });
  try {
    let result: Matched = true;
    for (let j = 0; j < size; j++) {
      const q = p.items[j];
      if (j === star) {
        if (q.p === 'star' && q.target && values[j]) caps.push({ target: q.target, value: values[j]! });
        values[j] = undefined;
        continue;
      }
      const r = yield* matchPattern(ip, q, values[j]!, frame, caps);
      if (r === false) return false;
      if (r === undefined) result = undefined;
    }
    return result;
  } finally {
    for (const v of values) ip.heap.decref(v);
  }
}

function* matchMapping(ip: Interpreter, p: Pattern & { p: 'mapping' }, subj: PyObj, frame: Frame, caps: Capture[]): G<Matched> {
  // MATCH_MAPPING: dict and its subclasses (collections.abc.Mapping for others).
  if (subj.kind !== 'dict') return opaqueInstance(subj) ? unknownMatch(ip, p, subj, caps) : false;
  if (!subj.entries || subj.fuzzy) return unknownMatch(ip, p, subj, caps);
  if (p.keys.length && subj.entries.size < p.keys.length) return false;
  const keys: PyObj[] = [];
  const values: PyObj[] = [];
  try {
    for (const k of p.keys) keys.push(yield* ip.eval(k, frame));
    // MATCH_KEYS: subject.get(key, dummy) for each key; any missing key fails the pattern.
    for (const k of keys) {
      if (k.kind === 'unknown' || (['int', 'float', 'str', 'bytes'].includes(k.kind) && k.value === undefined)) return unknownMatch(ip, p, subj, caps);
      const e = ip.b.dictGet(subj, k);
      if (!e) return false;
      values.push(ip.heap.incref(e.value)!);
    }
    const r = yield* matchAll(ip, p.values, values, frame, caps);
    if (r !== false && p.rest) {
      // **rest: dict(subject), then `del rest[key]` for each key.
      const rest = ip.b.newDict(p);
      ip.b.dictUpdate(rest, subj);
      for (const k of keys) {
        const e = ip.b.dictDel(rest, k);
        if (e) { ip.heap.decref(e.key); ip.heap.decref(e.value); }
      }
      caps.push({ target: p.rest, value: rest });
    }
    return r;
  } finally {
    for (const v of values) ip.heap.decref(v);
    for (const k of keys) ip.heap.decref(k);
  }
}

function isInstance(ip: Interpreter, o: PyObj, cls: PyObj): Matched {
  if (o.kind === 'unknown' || cls.kind !== 'class') return undefined;
  if (cls.builtinName === 'object' && !cls.classIR) return true;
  // A namedtuple instance is a tuple that refers to its class.
  const c = o.kind === 'tuple' && o.cls ? o.cls : ip.b.classOf(o);
  // (MATCH_CLASS is PyObject_IsInstance: what ABCMeta's check caches, abcCaches.ts)
  noteAbcChecks(ip.b, c, [cls], true);
  if (!c) return cls.classIR ? false : undefined;
  if (ip.b.isSubclass(c, cls)) return true;
  if (c.builtinName === 'bool' && cls === ip.b.types.get('int')) return true;
  return opaqueInstance(o) ? undefined : false;
}

/** The attribute names positional sub-patterns stand for: `__match_args__`, or what @dataclass / namedtuple make it. */
function matchArgs(cls: PyObj): string[] | undefined {
  // The nearest class in the MRO that declares them (a dataclass's are inherited like any attribute).
  for (const c of cls.mroTuple?.items ?? [cls]) {
    const declared = c.attrs?.get('__match_args__');
    // (a dataclass's own tuple of items the model may not know: its fields, as before)
    if (declared?.fuzzy && c.dataclassFields) return c.dataclassFields;
    if (declared) {
      if (declared.kind !== 'tuple' || !declared.items?.every((x) => x.kind === 'str' && x.value !== undefined)) return undefined;
      return declared.items.map((x) => String(x.value));
    }
    const made = c.dataclassFields ?? c.namedFields;
    if (made) return made;
  }
  return undefined;
}

function* matchClass(ip: Interpreter, p: Pattern & { p: 'class' }, subj: PyObj, frame: Frame, caps: Capture[]): G<Matched> {
  const cls = yield* ip.eval(p.cls, frame);
  const attrs: PyObj[] = [];
  try {
    const inst = isInstance(ip, subj, cls);
    if (inst === false) return false;
    if (inst === undefined) return unknownMatch(ip, p, subj, caps);
    // MATCH_CLASS: the positional attributes, then the keyword ones, all fetched before any sub-pattern runs.
    const self = p.args.length === 1 && !!cls.builtinName && MATCH_SELF.has(cls.builtinName) && ip.b.types.get(cls.builtinName) === cls;
    const positional = self ? [] : p.args.length ? matchArgs(cls) : [];
    if (!positional || (!self && positional.length < p.args.length)) return unknownMatch(ip, p, subj, caps);
    const names = [...(self ? [] : positional.slice(0, p.args.length)), ...p.kwargs.map((k) => k.name)];
    if (self) attrs.push(ip.heap.incref(subj)!);
    const site = { line: p.line, col: p.col, key: `${p.line}:${p.col}:match` };
    for (const name of names) {
      try {
        attrs.push(yield* ip.b.getAttr(subj, name, frame, site));
      } catch (err) {
        // A missing attribute fails the pattern; any other error propagates.
        if (!(err instanceof PyException) || ip.b.classOf(err.exc)?.builtinName !== 'AttributeError') throw err;
        ip.heap.decref(err.exc);
        return false;
      }
    }
    return yield* matchAll(ip, [...p.args, ...p.kwargs.map((k) => k.pattern)], attrs, frame, caps);
  } finally {
    for (const a of attrs) ip.heap.decref(a);
    ip.heap.decref(cls);
  }
}
