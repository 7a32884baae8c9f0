// Compound statements: if under unknown conditions, while, for, try/except/
// finally, with, decorators. Each keeps on the frame's value stack exactly
// what CPython keeps there (the loop iterator, __exit__, the handled exception).
import type { Expr, Handler, Stmt } from '../ir/irTypes';
import type { Frame } from './frame';
import type { Completion, G, Interpreter } from './interpreter';
import { CallSite, PyException, runSync } from './interpreter';
import type { PyObj } from './objects';
import { LIMITS } from './limits';
import { closeTry, keptByHandler, notePossibleTraceback, openTry, runUnknownHandler, unknownExceptionThrough } from './possibleRaises';
import { escapeRemaining, knownPartDone, knownPartIter, unseenItem } from './iteration';
import { beginWalk, endWalk, settleWalk } from './setOrder';
import { asyncIterOf, asyncNext } from './asyncIteration';
import { mayBeStrictZip } from './zipStrict';
import { isDistinctLibraryException } from './libraryExceptions';
import { groupNewClass } from './exceptionMembers';
import { missingCmMethod } from './cmProtocol';
import { SUPPRESS_OBJECT } from './contextlibModel';
import { copyNotes, notesCopyable } from './groupNotes';
import { beginUnseenSteps, unseenStepsMayRaise } from './iterMutation';

const NORMAL: Completion = { k: 'normal' };

/** Runs each branch under an unknown condition: what changes there gets open intervals. */
export function* fuzzyBranches(ip: Interpreter, branches: Stmt[][], frame: Frame): G<Completion> {
  return yield* fuzzyRuns(ip, branches.map((b) => () => ip.execBlock(b, frame)), frame);
}

/** fuzzyBranches for branches that are more than a block (a match's case: bind, guard, body). */
export function* fuzzyRuns(ip: Interpreter, runs: (() => G<Completion>)[], frame: Frame): G<Completion> {
  ip.fuzzyEvents++;
  ip.enterFuzzy();
  try {
    let result: Completion = NORMAL;
    let fallsThrough = false;
    // A branch that raises while another goes on: whether the real run raises is
    // unknown, and the program is followed on the path that does not (its
    // objects' counts are already open from what the branch touched).
    let raised: PyException | undefined;
    for (const run of runs) {
      let c: Completion;
      try {
        c = yield* run();
      } catch (err) {
        // StopIteration ends an iteration (a __next__ that raises it under an unknown
        // test): going on past it would make the iterator endless. In a function run
        // only because the program never calls it (unknown arguments), the run ends
        // there as well: following every such path through library-style code cost
        // more than the rest of the analysis together.
        // (not a __next__ that next() called itself: there the StopIteration may or may not come,
        // and a try around the call may take it)
        const nextCall = ip.explicitNextDepth >= 0 && ip.stack.length === ip.explicitNextDepth + 1;
        if (!(err instanceof PyException) || ip.inUncalledRun) throw err;
        if (endsIteration(ip, err) && !nextCall) {
          // (the iteration ends here, but the real one may have gone on: what it filled has
          // unknown content, as after a made-up item, so a later `[0]` is no sure IndexError)
          ip.b.standIns++;
          throw err;
        }
        // (what its traceback keeps, as it is now: the next branch changes the frame)
        notePossibleTraceback(ip, err.exc);
        if (raised) ip.heap.decref(raised.exc);
        raised = err;
        continue;
      }
      if (c.k === 'return') {
        if (result.k === 'return') ip.heap.decref(result.value);
        result = c;
      } else fallsThrough = true;
    }
    if (raised) {
      if (!fallsThrough && result.k !== 'return') throw raised;
      // (not escaped: its traceback reaches the frames, and so most of the heap; a try around
      // may have caught it, and a handler that keeps it keeps what it reaches: possibleRaises.ts)
      ip.mayRaiseEvents++;
      ip.heap.decref(raised.exc);
      ip.unmodelledGarbage = true;
    }
    if (result.k === 'return' && fallsThrough) {
      // Some branch returns, another goes on: the code after runs too, and what the
      // function returns is one of several values (the one kept here escapes).
      ip.heap.escape(result.value);
      ip.heap.decref(result.value);
      frame.mixedReturn = true;
      return NORMAL;
    }
    if (result.k === 'return') return result;
    return NORMAL;
  } finally {
    ip.exitFuzzy();
  }
}

function endsIteration(ip: Interpreter, err: PyException): boolean {
  const cls = ip.b.classOf(err.exc);
  return ['StopIteration', 'StopAsyncIteration'].some((n) => ip.b.isSubclass(cls, ip.b.types.get(n)!));
}

/**
 * Rounds of a loop whose number is unknown (an unknown iterable or condition, rounds past the
 * bound): the body runs widened (under an unknown condition), again and again until a pass
 * opens the count or content of nothing that existed before it. A later round starts from what
 * earlier rounds left, which the first pass did not see (a length the next round tests, an item
 * the last round stored); once every such object is open, each test on them goes both ways.
 * A generator's pass is not repeated (each would yield again); neither converging nor that
 * leaves everything the frame reaches open.
 */
function* widenedRounds(ip: Interpreter, pass: () => G<Completion>, frame: Frame): G<Completion> {
  const h = ip.heap;
  const inGenerator = 'isGenerator' in frame.code && (frame.code as { isGenerator: boolean }).isGenerator;
  // (inside another such loop, each pass here runs once per pass there: fewer; in a function
  // the program never calls, run on unknown arguments only to give its lines counts, one)
  const maxPasses = ip.inUncalledRun ? 1 : ip.widenedNesting > 0 ? 1 : LIMITS.MAX_WIDENED_PASSES;
  for (let n = 1; ; n++) {
    const outerMark = h.fuzzWatermark;
    const outerChanges = h.fuzzChanges;
    h.fuzzWatermark = h.nextObjectId;
    h.fuzzChanges = 0;
    let c: Completion;
    let changes = 0;
    ip.widenedNesting++;
    try {
      c = yield* pass();
    } finally {
      ip.widenedNesting--;
      changes = h.fuzzChanges;
      h.fuzzWatermark = outerMark;
      h.fuzzChanges = outerChanges + changes;
    }
    // (a generator whose loop ran rounds of unknown number: how many items it yields is unknown,
    // so its end is not a sure StopIteration for next())
    if (inGenerator && frame.ownerObj) frame.ownerObj.fuzzyIter = true;
    if (c.k === 'return' || changes === 0) return c;
    if (inGenerator || n >= maxPasses) {
      ip.b.havocFrame(frame);
      return c;
    }
  }
}

export function* execWhile(ip: Interpreter, s: Stmt & { k: 'while' }, frame: Frame): G<Completion> {
  let iterations = 0;
  // Once the body took a branch of unknown direction, further exact rounds add nothing: widen.
  const eventsBefore = ip.fuzzyEvents;
  for (;;) {
    const truth = yield* ip.truthOf(yield* ip.eval(s.test, frame), frame);
    if (truth === false) break;
    if (truth === undefined || iterations >= LIMITS.MAX_LOOP_ITERATIONS || (iterations >= 2 && ip.fuzzyEvents !== eventsBefore)) {
      // Unknown condition or too many rounds: one more pass with everything it touches widened.
      // The rounds not run may leave garbage the model never sees.
      ip.unmodelledGarbage = true;
      // (the `else:` clause runs when the test turns false, which the model cannot place: it is
      // one more branch of unknown direction, as a for loop's over unknown rounds; before, it was
      // never analysed)
      const c = yield* widenedRounds(ip, () => ip.fuzzyBranches([s.body, s.orelse], frame), frame);
      if (c.k === 'return') return c;
      return NORMAL;
    }
    iterations++;
    const c = yield* ip.execBlock(s.body, frame);
    if (c.k === 'break') return NORMAL;
    if (c.k === 'return') return c;
  }
  return yield* ip.execBlock(s.orelse, frame);
}

/**
 * Rounds of a for loop over items the model does not see (the unseen rest of a gc.get_referrers
 * list), none or several: each binds the target to one of them, all under an unknown condition
 * (whether the target still holds what it held is unknown), widened until nothing new opens.
 */
function* unseenRounds(ip: Interpreter, s: Stmt & { k: 'for' }, frame: Frame): G<void> {
  ip.unmodelledGarbage = true;
  yield* widenedRounds(ip, () => fuzzyRuns(ip, [function* () {
    yield* ip.assign(s.target, unseenItem(ip.b, s.line), frame);
    return yield* ip.execBlock(s.body, frame);
  }], frame), frame);
}

/** Whether a loop body may leave the loop early (`break` of this loop, `return`); bounded: a long body may. */
function mayLeaveLoop(body: Stmt[]): boolean {
  const stack: { s: Stmt; inner: boolean }[] = body.map((x) => ({ s: x, inner: false }));
  for (let n = 0; stack.length; n++) {
    if (n > LIMITS.MAX_LEAVE_SCAN_STMTS) return true;
    const { s, inner } = stack.pop()!;
    if (s.k === 'return' || (s.k === 'break' && !inner)) return true;
    // (a nested loop's break leaves that loop; a def's or class's body does not run here)
    const loop = s.k === 'for' || s.k === 'while';
    const push = (xs: Stmt[], nested = inner): void => { for (const x of xs) stack.push({ s: x, inner: nested }); };
    if (s.k === 'if') { push(s.body); push(s.orelse); }
    else if (loop) { push(s.body, true); push(s.orelse); }
    else if (s.k === 'try') { push(s.body); push(s.orelse); push(s.finalbody); for (const hd of s.handlers) push(hd.body); }
    else if (s.k === 'with') push(s.body);
    else if (s.k === 'match') for (const c of s.cases) push(c.body);
  }
  return false;
}

/** The rest of a for loop's rounds, their number unknown: `item` is the next one's, later ones are unknown (range: ints of unknown value). */
function* forRoundsUnknown(ip: Interpreter, s: Stmt & { k: 'for' }, item: PyObj, branches: Stmt[][], frame: Frame, it?: PyObj): G<Completion> {
  ip.unmodelledGarbage = true;
  // (a generator looping an unknown number of rounds yields an unknown number of items: next()
  // after its end, as the model runs it, may still give one)
  const owner = frame.ownerObj;
  if (owner?.kind === 'generator') owner.fuzzyIter = true;
  // A range's later rounds give ints of unknown value, and nothing else: each pass (the first
  // too, rather than the next int's one value) runs with such an int, so its tests go both ways
  // from the start, and an operation on it opens nothing an unknown object's hooks could reach
  // (`i % 1000` with `i` of unknown type escapes the constant 1000: the second pass would find a
  // change, and the whole frame be opened for it).
  const rangeItems = it?.kind === 'iterator' && it.iterKind === 'range';
  const unknownItem = (): PyObj => {
    if (!rangeItems) return ip.b.unknown(s.line, s.col);
    const n = ip.b.newInt(undefined, { line: s.line, col: s.col });
    n.fuzzyValue = true;
    ip.heap.fuzz(n);
    return n;
  };
  let next: PyObj | undefined = item;
  if (rangeItems && item.kind === 'int' && item.value !== undefined) { ip.heap.decref(item); next = unknownItem(); }
  else if (item.kind !== 'unknown' && !ip.inUncalledRun && ip.widenedNesting === 0) {
    // The next item is a real object (a list's 1001st): its round runs first, on its own, so
    // the widened passes all run with an unknown item and the first of them is not the only one
    // to see what an unknown item opens (which would take a third pass, and open the frame).
    // (Not where widenedRounds makes one pass only: inside another widened loop, each extra
    // round here would run once per round there.)
    yield* ip.assign(s.target, item, frame);
    next = undefined;
    const c0 = yield* ip.fuzzyBranches(branches, frame);
    if (c0.k === 'return') return c0;
  }
  const c = yield* widenedRounds(ip, function* () {
    yield* ip.assign(s.target, next ?? unknownItem(), frame);
    next = undefined;
    return yield* ip.fuzzyBranches(branches, frame);
  }, frame);
  return c.k === 'return' ? c : NORMAL;
}

/**
 * After a loop's remaining rounds ran as one widened pass, the iterator's own rounds have not: a
 * generator left suspended in the model would go on holding its frame's objects, which the real
 * loop, run to its end, released. So a generator is run to its end under an unknown condition
 * (what its frame held and releases gets open counts) when the loop ended normally and its body
 * cannot leave early; otherwise it may be suspended anywhere, and it escapes, as does an iterator
 * of the program's own class (its __next__ ran an unknown number of times).
 */
function finishIterator(ip: Interpreter, s: Stmt & { k: 'for' }, it: PyObj, c: Completion, frame: Frame): Completion {
  if (it.kind === 'generator' && c.k === 'normal' && !mayLeaveLoop(s.body)) ip.runEscapedGenerators([it], frame);
  else if (it.kind === 'generator' || it.kind === 'instance') ip.heap.escape(it);
  // (a strict zip's unseen rounds may end in its ValueError)
  if (mayBeStrictZip(it)) ip.noteMayRaise();
  // (a dict / set / deque changed in those rounds: a step there may have raised RuntimeError)
  unseenStepsMayRaise(ip.b, it);
  return c;
}

export function* execFor(ip: Interpreter, s: Stmt & { k: 'for' }, frame: Frame): G<Completion> {
  const iterable = yield* ip.eval(s.iter, frame);
  // (a gc.get_referrers list: the items the model shows are themselves; a body that may leave
  // early would skip some of them in an order the model does not know)
  const known = s.isAsync || mayLeaveLoop(s.body) ? undefined : knownPartIter(ip.b, iterable, frame);
  // (`async for`: GET_AITER, and GET_ANEXT + await each round: asyncIteration.ts)
  let it: PyObj;
  try {
    it = known ?? (s.isAsync ? yield* asyncIterOf(ip, iterable, frame, s) : yield* ip.b.getIter(iterable, frame));
  } finally {
    // (GET_ITER pops the iterable, also when it is not iterable)
    ip.heap.decref(iterable);
  }
  // The iterator stays on the value stack for the whole loop.
  const temp = { obj: it, label: 'for-loop iterator' };
  frame.temps.push(temp);
  let iterations = 0;
  let eventsBefore = ip.fuzzyEvents;
  let unseenAfter = !!known;
  // (over a set, in an order the model does not know: setOrder.ts)
  let walkedAll = false;
  const walk = beginWalk(ip, it, frame);
  try {
    if (known) {
      // The unseen items' rounds may come before any of those shown, and after each.
      yield* unseenRounds(ip, s, frame);
      eventsBefore = ip.fuzzyEvents;
    }
    for (;;) {
      if (unseenAfter && knownPartDone(it)) {
        unseenAfter = false;
        // (the last round may be an unseen item's: the name then keeps that one, not the last shown)
        if (iterations > 0) yield* unseenRounds(ip, s, frame);
      }
      // Rounds of unknown direction, or past the bound (a loop of exactly the bound's length still
      // ends exactly): the rest run as one widened pass, whose garbage the model never sees.
      const unsure = !known && iterations >= 2 && iterations < LIMITS.MAX_LOOP_ITERATIONS && ip.fuzzyEvents !== eventsBefore;
      const item = unsure ? ip.b.unknown(s.line, s.col) : s.isAsync ? yield* asyncNext(ip, it, frame, s) : yield* ip.b.iterNext(it, frame);
      if (item === undefined) break;
      // (past the bound the loop goes on: its else block runs only after an exact end, below)
      // (the rounds' real items are the iterator's remaining ones: they escape; whether those rounds
      // reach a dict / set / deque the loop goes over: iterMutation.ts)
      if (unsure || iterations >= LIMITS.MAX_LOOP_ITERATIONS) {
        escapeRemaining(ip.b, it);
        beginUnseenSteps(ip.b, it);
        return finishIterator(ip, s, it, yield* forRoundsUnknown(ip, s, item, [s.body], frame, it), frame);
      }
      iterations++;
      if (walk) walk.round = iterations;
      if (it.kind === 'unknown' || it.fuzzyIter) {
        beginUnseenSteps(ip.b, it);
        return finishIterator(ip, s, it, yield* forRoundsUnknown(ip, s, item, [s.body, s.orelse], frame), frame);
      }
      yield* ip.assign(s.target, item, frame);
      const c = yield* ip.execBlock(s.body, frame);
      if (c.k === 'break') return NORMAL;
      if (c.k === 'return') return c;
    }
    walkedAll = true;
  } finally {
    // (the names the rounds bound keep the last round's values: which round that was is not
    // known; left early, which members came before is not known either)
    if (walk) endWalk(ip, walk, walkedAll);
    else if (!walkedAll) settleWalk(ip.b, it);
    const i = frame.temps.lastIndexOf(temp);
    if (i >= 0) frame.temps.splice(i, 1);
    ip.heap.decref(it);
  }
  return yield* ip.execBlock(s.orelse, frame);
}

export function* execTry(ip: Interpreter, s: Stmt & { k: 'try' }, frame: Frame): G<Completion> {
  let completion: Completion = NORMAL;
  let pending: unknown;
  const raisesBefore = ip.mayRaiseEvents;
  frame.tryDepth++;
  // (an exception the model does not see may be caught here: what its traceback would keep)
  const open = s.handlers.length ? openTry(frame) : undefined;
  try {
    try {
      try {
        completion = yield* ip.execBlock(s.body, frame);
      } finally {
        if (open) closeTry(ip, open, ip.mayRaiseEvents !== raisesBefore);
      }
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      if (s.handlers.some((h) => h.star)) return (completion = yield* runStarHandlers(ip, s.handlers, err, frame));
      const maybe = possibleHandlers(ip, s.handlers, err.exc, frame);
      if (maybe) return (completion = yield* runPossibleHandlers(ip, maybe, err, frame));
      const handler = s.handlers.find((h) => !h.type || ip.matches(err.exc, h.type, frame));
      if (!handler && open && ip.mayRaiseEvents !== raisesBefore && !ip.enclosingTry(frame)) {
        // The path followed raises here, and nothing around would catch it: the program would stop.
        // But the body may have left earlier, through an exception the model could not see (a raise
        // under a test of unknown direction, code it does not follow), for one of these handlers:
        // as after a raise under an unknown test (fuzzyRuns), the path that goes on is followed.
        ip.heap.decref(err.exc);
        ip.unmodelledGarbage = true;
        ip.frameObject(frame);
        completion = yield* fuzzyRuns(ip, s.handlers.map((h) => () => runUnknownHandler(ip, h, open, frame)), frame);
        return completion;
      }
      if (!handler) throw err;
      completion = yield* ip.runHandler(handler, err.exc, frame);
      return completion;
    }
    if (completion.k === 'normal' && ip.mayRaiseEvents !== raisesBefore && open) {
      // The body ran code that may have raised where the model cannot tell: the program may have gone
      // to any handler (with an exception it does not know) instead of the else block. All are followed,
      // under an unknown condition, so the names they bind exist after and what they touch is open.
      // (the frame object its traceback names exists before: made inside, it would be left open)
      ip.frameObject(frame);
      completion = yield* fuzzyRuns(ip, [() => ip.execBlock(s.orelse, frame), ...s.handlers.map((h) => () => runUnknownHandler(ip, h, open, frame))], frame);
      return completion;
    }
    if (completion.k === 'return' && ip.mayRaiseEvents !== raisesBefore && open) {
      // The same for a body that returns: it may instead have left for a handler, whose own
      // return (or what follows the try) is the other path.
      const returned = completion;
      ip.frameObject(frame);
      completion = yield* fuzzyRuns(ip, [function* () { return returned; }, ...s.handlers.map((h) => () => runUnknownHandler(ip, h, open, frame))], frame);
      return completion;
    }
    if (completion.k === 'normal') completion = yield* ip.execBlock(s.orelse, frame);
    return completion;
  } catch (err) {
    pending = err;
    throw err;
  } finally {
    frame.tryDepth--;
    if (s.finalbody.length) {
      // With an exception on its way, the finally block runs while it is the handled one
      // (PUSH_EXC_INFO): an exception raised there gets it as __context__ and replaces it. It is
      // then on the stack and the thread's exc_info, two references (measured 3.11-3.13: a name
      // bound to sys.exc_info()[1] there counts 3).
      const exc = pending instanceof PyException ? pending.exc : undefined;
      if (exc) frame.handling.push(ip.heap.incref(exc)!);
      let c: Completion;
      try {
        c = yield* ip.execBlock(s.finalbody, frame);
      } catch (err) {
        if (exc && err instanceof PyException && err.exc !== exc) ip.heap.decref(exc);
        // eslint-disable-next-line no-unsafe-finally
        throw err;
      } finally {
        if (exc) {
          frame.handling.splice(frame.handling.lastIndexOf(exc), 1);
          ip.heap.decref(exc);
        }
      }
      if (c.k !== 'normal') {
        // return/break in finally swallows the exception or the earlier return, whose value is
        // released (POP_TOP of the pending return value before the new return).
        if (exc) ip.heap.decref(exc);
        else if (completion.k === 'return') ip.heap.decref(completion.value);
        // eslint-disable-next-line no-unsafe-finally
        return c;
      }
    }
  }
}

/**
 * `except*` clauses (PEP 654): the exception, wrapped in a group if it is not one, is
 * split by each clause's type in turn; a clause whose part is not empty runs with that
 * part (a new group the model does not build: unknown), and what no clause took is
 * raised again at the end. The exception's own parts go into groups the model does not
 * follow, so everything it reaches has an open count.
 */
function* runStarHandlers(ip: Interpreter, handlers: Handler[], err: PyException, frame: Frame): G<Completion> {
  const plan = splitPlan(ip, handlers, err.exc, frame);
  if (plan) return yield* runSplitHandlers(ip, handlers, err, plan, frame);
  const run = yield* runOpenStarClauses(ip, handlers, err, frame);
  if ('k' in run) return run;
  return yield* raiseStarLeftovers(ip, err, run, frame);
}

/** What the `except*` clauses of an unfollowed split left for the end of the statement. */
interface StarLeftovers {
  /** The group's leaves no clause surely took (undefined: the leaves are not known). */
  rest: PyObj[] | undefined;
  /** Leaves a clause naming a class the model does not know may have taken. */
  mayBeTaken: Set<PyObj>;
  /** What the clauses raised (new exceptions, kept for the end as PEP 654 says). */
  raised: PyObj[];
  /** A clause re-raised its own part (`raise` in except*): that part goes back into the rest. */
  reraised: boolean;
}

/**
 * Each `except*` clause in turn on a group the model does not split: a clause runs (for sure, or
 * maybe when the leaves it surely takes may already be gone) with an unknown part. A clause that
 * returns / breaks ends the statement (its completion is returned); otherwise what is left.
 */
function* runOpenStarClauses(ip: Interpreter, handlers: Handler[], err: PyException, frame: Frame): G<Completion | StarLeftovers> {
  // (the leaves read before the group escapes: escaping makes its parts unknown)
  const left: StarLeftovers = { rest: groupLeaves(ip, err.exc), mayBeTaken: new Set(), raised: [], reraised: false };
  ip.heap.escape(err.exc);
  for (const h of handlers) {
    const sure = clauseTakes(ip, h, left, frame);
    if (sure === undefined) continue;
    // A clause that raises does not stop the next ones (PEP 654): what it raised is kept for the end.
    const seen: { part?: PyObj } = {};
    let c: Completion;
    try {
      c = sure ? yield* runUnknownPart(ip, h, frame, seen) : yield* fuzzyRuns(ip, [() => runUnknownPart(ip, h, frame, seen), function* () { return NORMAL; }], frame);
    } catch (e) {
      if (!(e instanceof PyException)) { ip.heap.decref(err.exc); throw e; }
      if (e.exc === seen.part) { ip.heap.decref(e.exc); left.reraised = true; } else left.raised.push(e.exc);
      continue;
    }
    if (c.k !== 'normal') {
      ip.heap.decref(err.exc);
      for (const x of left.raised) ip.heap.decref(x);
      return c;
    }
  }
  return left;
}

/**
 * Whether clause h runs on what is left: true (surely: a leaf it surely takes is surely still
 * there), false (maybe), undefined (no leaf can match). Takes its leaves out of the rest; leaves a
 * class the model does not know may match stay for the later clauses, marked may-be-taken.
 */
function clauseTakes(ip: Interpreter, h: Handler, left: StarLeftovers, frame: Frame): boolean | undefined {
  const rest = left.rest;
  if (!rest) return true;
  const outcome = new Map(rest.map((leaf) => [leaf, h.type ? matchOutcome(ip, leaf, h.type, frame) : true]));
  const matched = rest.filter((leaf) => outcome.get(leaf) === true);
  const maybe = rest.filter((leaf) => outcome.get(leaf) === undefined);
  if (!matched.length && !maybe.length) return undefined;
  left.rest = rest.filter((leaf) => !matched.includes(leaf));
  for (const leaf of maybe) left.mayBeTaken.add(leaf);
  return matched.some((leaf) => !left.mayBeTaken.has(leaf));
}

/**
 * The end of an `except*` statement: what the clauses raised and what none took go up together
 * (one new group; the rest's group is not built, the escaped original stands in for it), the rest
 * alone is raised again, or, when the rest only may have been taken, both outcomes are followed.
 */
function* raiseStarLeftovers(ip: Interpreter, err: PyException, left: StarLeftovers, frame: Frame): G<Completion> {
  const { rest, mayBeTaken, raised } = left;
  const restSurelyLeft = rest?.some((leaf) => !mayBeTaken.has(leaf)) ?? false;
  const restRaised = left.reraised || !rest || restSurelyLeft;
  if (raised.length) {
    if (raised.length === 1 && !restRaised && !rest?.length) { ip.heap.decref(err.exc); throw new PyException(raised[0]); }
    const parts = rest?.length || restRaised ? [...raised, err.exc] : raised;
    if (parts.length === raised.length) ip.heap.decref(err.exc);
    throw reraiseStarGroup(ip, parts, frame);
  }
  if (restSurelyLeft) throw err;
  if (rest?.length) {
    try {
      return yield* fuzzyRuns(ip, [function* () { throw new PyException(ip.heap.incref(err.exc)!); }, function* () { return NORMAL; }], frame);
    } finally {
      ip.heap.decref(err.exc);
    }
  }
  ip.heap.decref(err.exc);
  return NORMAL;
}

/**
 * An `except*` clause run on a part of a group the model does not split: the part is unknown, but
 * its traceback has an entry for this frame (the group's, copied by split). A clause that keeps it
 * (`err = eg`) makes the cycle frame -> part -> traceback -> frame, so the frame keeps its variables
 * once it ends (Interpreter.teardown opens them), as runUnknownHandler does for `except`.
 */
function* runUnknownPart(ip: Interpreter, h: Handler, frame: Frame, seen: { part?: PyObj }): G<Completion> {
  const part = unknownExceptionThrough(ip, frame, h.line);
  seen.part = part;
  ip.heap.incref(part);
  try {
    const c = yield* ip.runHandler(h, part, frame);
    keptByHandler(ip, part, frame);
    return c;
  } finally {
    ip.heap.decref(part);
  }
}

/**
 * The leaves each `except*` clause takes from a raised group, when the model can follow the split:
 * a builtin group (no derive / split of a subclass) holding plain exceptions, no __notes__ to copy,
 * and clauses naming classes (an unknown one may match anything). Undefined otherwise.
 */
function splitPlan(ip: Interpreter, handlers: Handler[], eg: PyObj, frame: Frame): PyObj[][] | undefined {
  const leaves = plainGroupLeaves(ip, eg);
  if (!leaves) return undefined;
  let rest = [...leaves];
  const plan: PyObj[][] = [];
  for (const h of handlers) {
    if (!h.type) return undefined;
    const t = runSync(ip.eval(h.type, frame));
    const types = t.kind === 'tuple' ? t.items ?? [] : [t];
    const known = types.length > 0 && types.every((c) => (c.kind === 'class' && !c.fuzzy && !c.foreignMeta) || (c.unknownModuleAttr && isDistinctLibraryException(c.moduleName)));
    ip.heap.decref(t);
    if (!known) return undefined;
    const outcome = new Map(rest.map((leaf) => [leaf, matchOutcome(ip, leaf, h.type!, frame)]));
    if ([...outcome.values()].includes(undefined)) return undefined;
    const matched = rest.filter((leaf) => outcome.get(leaf));
    rest = rest.filter((leaf) => !matched.includes(leaf));
    plan.push(matched);
  }
  return plan;
}

/**
 * The leaves of a group whose split the model follows: a builtin group (no derive / split of a
 * subclass) with a known message, holding plain exceptions (no nested group), no __notes__ or other
 * attributes to copy. Undefined otherwise (except*, eg.split / eg.subgroup).
 */
export function plainGroupLeaves(ip: Interpreter, eg: PyObj): PyObj[] | undefined {
  const b = ip.b;
  const cls = b.classOf(eg);
  // (attributes other than __notes__ would not be copied to the parts: the model does not follow them)
  const onlyNotes = !eg.attrs || [...eg.attrs.keys()].every((k) => k === '__notes__');
  if (eg.kind !== 'exception' || !cls || !b.isGroupClass(cls) || eg.fuzzy || !onlyNotes || !notesCopyable(eg) || !splitsAsBuiltin(ip, cls)) return undefined;
  const leaves = eg.egExcs?.items;
  if (!leaves?.length || eg.egExcs!.fuzzy || eg.excArgs?.items?.[0]?.kind !== 'str') return undefined;
  if (leaves.some((l) => l.kind !== 'exception' || l.fuzzy || b.isGroupClass(b.classOf(l)))) return undefined;
  return leaves;
}

/** Methods of a group class that change how except* splits it or what its parts are. */
const GROUP_HOOKS = ['derive', 'split', 'subgroup', '__new__', '__init__'];

/**
 * Whether a group class splits as the builtin one: a builtin group, or a class of the program
 * (all bases known) defining none of GROUP_HOOKS. Its parts are then plain ExceptionGroups, as
 * BaseExceptionGroup.derive makes them (measured: `type(part) is ExceptionGroup`).
 */
function splitsAsBuiltin(ip: Interpreter, cls: PyObj): boolean {
  if (cls.external) return true;
  if (cls.unknownBase || cls.fuzzy || cls.foreignMeta) return false;
  const mro = cls.mroTuple?.items ?? [cls];
  return mro.every((c) => c.external || !GROUP_HOOKS.some((n) => c.attrs?.has(n)));
}

/**
 * eg.derive(excs) as split() makes each part (exceptiongroup_subset): a new group of the leaves, its
 * args the message and the list split built (the leaves held twice, with the excs tuple), and the
 * traceback, __context__ and __cause__ copied from the original.
 */
export function derivedGroup(ip: Interpreter, orig: PyObj, leaves: PyObj[], pos: { line: number; col: number }): PyObj {
  const b = ip.b;
  const h = ip.heap;
  const allExc = leaves.every((l) => b.isSubclass(b.classOf(l), b.types.get('Exception')!));
  const list = b.newSeq('list', leaves.map((l) => h.incref(l)!), pos);
  const g = b.makeException(b.types.get(allExc ? 'ExceptionGroup' : 'BaseExceptionGroup')!, [h.incref(orig.excArgs!.items![0])!, list], pos);
  for (const [k, v] of [['traceback', orig.traceback], ['context', orig.context], ['cause', orig.cause]] as const) {
    if (!v) continue;
    g[k] = h.incref(v);
    b.noteStore(g, v);
  }
  copyNotes({ b, it: ip, pos }, orig, g);
  return g;
}

/**
 * except* on a group the model can split (splitPlan): each clause's CHECK_EG_MATCH splits what is
 * left, into a new matching group (handled, and bound to the name) and a new rest group, which the
 * stack keeps while the clause runs; the original stays on the stack to the end. A clause raising
 * does not stop the next ones (PEP 654). At the end PREP_RERAISE_STAR raises, without a traceback
 * entry (RERAISE): nothing when every part was handled; a clause's one exception when it is all;
 * else a new group of the leaves left or re-raised (`raise` of the matched part), projected from the
 * original. Several exceptions to raise make a new ExceptionGroup("", ...): not built (open).
 */
function* runSplitHandlers(ip: Interpreter, handlers: Handler[], err: PyException, plan: PyObj[][], frame: Frame): G<Completion> {
  const h = ip.heap;
  const orig = err.exc;
  const all = orig.egExcs!.items!;
  let taken: PyObj[] = [];
  const reraised: PyObj[] = [];
  const kept: PyObj[] = [];
  const raised: PyException[] = [];
  let rest: PyObj | undefined;
  try {
    for (let i = 0; i < handlers.length; i++) {
      const left = all.filter((l) => !taken.includes(l));
      if (!left.length) break;
      const pos = { line: handlers[i].line, col: 0 };
      // _PyEval_ExceptionGroupMatch: a group the clause's class takes as a whole (`except* Exception`)
      // is the match itself, no split (measured: `whole is eg`, eg held once more by the name).
      const cur = rest ?? orig;
      const whole = plan[i].length === left.length && matchOutcome(ip, cur, handlers[i].type!, frame) === true;
      // split() builds the rest even when nothing matches; the previous rest goes with this one.
      const nextRest = plan[i].length < left.length ? derivedGroup(ip, orig, left.filter((l) => !plan[i].includes(l)), pos) : undefined;
      const match = whole ? h.incref(cur)! : undefined;
      h.decref(rest);
      rest = nextRest;
      if (!plan[i].length) continue;
      taken = [...taken, ...plan[i]];
      const matched = match ?? derivedGroup(ip, orig, plan[i], pos);
      // (the handled-exception slot's reference; the name takes the stack's)
      try {
        yield* ip.runHandler(handlers[i], matched, frame);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        // (what a clause raised or re-raised is kept in a list until PREP_RERAISE_STAR)
        if (e.exc === matched) { reraised.push(...plan[i]); kept.push(e.exc); } else raised.push(e);
      }
    }
  } finally {
    h.decref(rest);
  }
  const again = all.filter((l) => !taken.includes(l) || reraised.includes(l));
  const proj = again.length ? derivedGroup(ip, orig, again, { line: frame.line, col: 0 }) : undefined;
  h.decref(orig);
  for (const x of kept) h.decref(x);
  if (!raised.length && !proj) return NORMAL;
  if (!raised.length) throw new PyException(proj!);
  if (raised.length === 1 && !proj) throw raised[0];
  throw reraiseStarGroup(ip, [...raised.map((e) => e.exc), ...(proj ? [proj] : [])], frame);
}

/**
 * PREP_RERAISE_STAR with several exceptions to raise (what clauses raised, and the group of the
 * leaves left or re-raised): one new group BaseExceptionGroup("", [...]) of them, an ExceptionGroup
 * when all are Exceptions, raised without a traceback entry (RERAISE). `parts` owned. Escaped: its
 * parts' exact shape (nested groups' metadata) is not followed, so what it reaches is open.
 */
function reraiseStarGroup(ip: Interpreter, parts: PyObj[], frame: Frame): PyException {
  const b = ip.b;
  const pos = { line: frame.line, col: 0 };
  const list = b.newSeq('list', parts, pos);
  const args = [b.newStr('', pos), list];
  const g = b.makeException(groupNewClass(b, b.types.get('BaseExceptionGroup')!, args), args, pos);
  ip.heap.escape(g);
  ip.unmodelledGarbage = true;
  return new PyException(g);
}

/** The exceptions an exception group holds, nested groups flattened (a plain exception: itself); undefined when not known. */
function groupLeaves(ip: Interpreter, exc: PyObj): PyObj[] | undefined {
  const group = ip.b.types.get('BaseExceptionGroup')!;
  const cls = ip.b.classOf(exc);
  if (!cls) return undefined;
  const isGroup = ip.b.isSubclass(cls, group) || cls.builtinName === 'ExceptionGroup';
  if (!isGroup) return exc.kind === 'exception' ? [exc] : undefined;
  const parts = exc.excArgs?.items?.[1];
  if (!parts?.items || parts.fuzzy) return undefined;
  const out: PyObj[] = [];
  for (const p of parts.items) {
    const sub = groupLeaves(ip, p);
    if (!sub) return undefined;
    out.push(...sub);
  }
  return out;
}

export function matches(ip: Interpreter, exc: PyObj, typeExpr: Expr, frame: Frame): boolean {
  return matchOutcome(ip, exc, typeExpr, frame) !== false;
}

/**
 * Whether an except clause's class (or tuple of classes) takes `exc`: PyErr_GivenExceptionMatches,
 * a plain subtype test. Undefined when a class the model does not know decides it (a library
 * class it does not follow, a value computed by code it does not follow, a class bound under an
 * unknown condition): the clause may or may not match.
 */
export function matchOutcome(ip: Interpreter, exc: PyObj, typeExpr: Expr, frame: Frame): boolean | undefined {
  const t = runSync(ip.eval(typeExpr, frame));
  try {
    const types = t.kind === 'tuple' && !t.fuzzy ? t.items ?? [] : [t];
    const cls = ip.b.classOf(exc);
    if (types.some((c) => c.kind === 'class' && ip.b.isSubclass(cls, c))) return true;
    // (a class with a base the model does not know may derive from any class named)
    const fullyKnown = cls?.kind === 'class' && !cls.unknownBase && !cls.fuzzy;
    if (!fullyKnown && types.length) return undefined;
    const unsure = (c: PyObj): boolean =>
      (c.kind === 'unknown' && !(c.unknownModuleAttr && isDistinctLibraryException(c.moduleName))) || (c.kind === 'class' && c.fuzzy) || (c.kind === 'tuple' && c.fuzzy);
    return types.some(unsure) ? undefined : false;
  } finally {
    ip.heap.decref(t);
  }
}

/**
 * The handlers a raised exception may go to when a clause before the one that surely takes it
 * names a class the model does not know: those clauses in order, then the sure one (none: the
 * exception may leave the try). Undefined when the first clause that may match surely does.
 */
function possibleHandlers(ip: Interpreter, handlers: Handler[], exc: PyObj, frame: Frame): { maybe: Handler[]; sure?: Handler } | undefined {
  const maybe: Handler[] = [];
  for (const h of handlers) {
    const m = h.type ? matchOutcome(ip, exc, h.type, frame) : true;
    if (m === true) return maybe.length ? { maybe, sure: h } : undefined;
    if (m === undefined) maybe.push(h);
  }
  return maybe.length ? { maybe } : undefined;
}

/**
 * An exception that may go to any of several handlers (possibleHandlers): each followed under
 * an unknown condition with the exception itself, and, without a clause that surely takes it,
 * the path on which it leaves the try unhandled (RERAISE: no new traceback entry).
 */
function* runPossibleHandlers(ip: Interpreter, plan: { maybe: Handler[]; sure?: Handler }, err: PyException, frame: Frame): G<Completion> {
  const h = ip.heap;
  const runs = [...plan.maybe, ...(plan.sure ? [plan.sure] : [])].map((hd) => () => ip.runHandler(hd, h.incref(err.exc)!, frame));
  if (!plan.sure) runs.push(function* () { throw new PyException(h.incref(err.exc)!); });
  try {
    return yield* fuzzyRuns(ip, runs, frame);
  } finally {
    h.decref(err.exc);
  }
}

export function* runHandler(ip: Interpreter, h: { name?: string; body: Stmt[] }, exc: PyObj, frame: Frame): G<Completion> {
  // The exception being handled stays on the stack (PUSH_EXC_INFO) for the handler's duration.
  frame.handling.push(exc);
  try {
    if (h.name) {
      ip.handlerNames.add(h.name);
      try {
        yield* ip.storeName(h.name, ip.heap.incref(exc)!, frame);
      } finally {
        ip.handlerNames.delete(h.name);
      }
    }
    try {
      return yield* ip.execBlock(h.body, frame);
    } finally {
      // `except E as e:` ends with `del e` (the name is cleared, even if rebound).
      if (h.name) ip.unbindName(h.name, frame);
    }
  } finally {
    const i = frame.handling.lastIndexOf(exc);
    if (i >= 0) frame.handling.splice(i, 1);
    ip.heap.decref(exc);
  }
}

export function currentHandled(ip: Interpreter, frame: Frame): PyObj | undefined {
  for (let f: Frame | undefined = frame; f; f = f.back) if (f.handling.length) return f.handling[f.handling.length - 1];
  return undefined;
}

export function* execWith(ip: Interpreter, s: Stmt & { k: 'with' }, frame: Frame, i: number): G<Completion> {
  if (i >= s.items.length) return yield* ip.execBlock(s.body, frame);
  const item = s.items[i];
  const mgr = yield* ip.eval(item.ctx, frame);
  const site: CallSite = { line: s.line, col: s.col, key: `${s.line}:${s.col}:with${i}` };
  // BEFORE_WITH: the bound __exit__ stays on the stack; __enter__ is called and its result bound.
  // (special lookups on the type: a class's own __getattribute__ / __getattr__ do not run)
  // `async with` (BEFORE_ASYNC_WITH) is the same with __aexit__ / __aenter__, each call's result
  // awaited (GET_AWAITABLE + SEND) before it is bound or tested.
  // A type the model knows to lack either method: BEFORE_WITH's TypeError, the manager dropped
  // (cmProtocol.ts). Otherwise __enter__ is looked up first, then __exit__.
  if (missingCmMethod(ip.b, mgr, !!s.isAsync)) {
    ip.heap.decref(mgr);
    throw ip.raiseObj(ip.b.cError('TypeError', site), frame, true);
  }
  let exit: PyObj;
  let enter: PyObj | undefined;
  try {
    enter = yield* ip.b.getAttr(mgr, s.isAsync ? '__aenter__' : '__enter__', frame, site, true);
    exit = yield* ip.b.getAttr(mgr, s.isAsync ? '__aexit__' : '__exit__', frame, site, true);
  } catch (err) {
    // (not a context manager: the manager and what was looked up go with the error)
    ip.heap.decref(enter);
    ip.heap.decref(mgr);
    throw err;
  }
  const awaited = function* (r: PyObj, tag: string): G<PyObj> { return s.isAsync ? yield* ip.awaitValue(r, frame, s, `${site.key}:${tag}`) : r; };
  // An instance of a class on a base the model does not follow (`class Quiet(contextlib.suppress)`)
  // whose __exit__ the model cannot see may suppress, as a Python __exit__ of unknown answer may.
  const opaqueExit = mgr.kind === 'instance' && !!mgr.cls?.unknownBase && exit.kind === 'unknown';
  // (a manager that may suppress what the model does not see raised: its body may be left early)
  const suppressing = opaqueExit || mgr.builtinName === SUPPRESS_OBJECT;
  ip.heap.decref(mgr);
  const temp = { obj: exit, label: 'with-block __exit__' };
  frame.temps.push(temp);
  let completion: Completion = NORMAL;
  try {
    // (the bound __enter__ / __aenter__ is dropped once called, before its result is awaited)
    let called: PyObj;
    try {
      called = yield* ip.callObject(enter, [], [], frame, site);
    } finally {
      ip.heap.decref(enter);
    }
    const entered = yield* awaited(called, 'aenter');
    if (item.target) yield* ip.assign(item.target, entered, frame);
    else ip.heap.decref(entered);
    frame.tryDepth++;
    if (suppressing) frame.suppressingWiths++;
    try {
      completion = yield* ip.execWith(s, frame, i + 1);
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      // PUSH_EXC_INFO: the exception is on the stack and is the thread's handled exception (two
      // references) while __exit__ runs with it as a borrowed argument.
      frame.handling.push(ip.heap.incref(err.exc)!);
      let suppress = false;
      try {
        const cls = ip.heap.incref(ip.b.classOf(err.exc)) ?? ip.b.none;
        const r = yield* awaited(yield* ip.callObject(exit, [cls, ip.heap.incref(err.exc)!, ip.heap.incref(err.exc.traceback) ?? ip.b.none], [], frame, site), 'aexit');
        // (the answer's truth as POP_JUMP_IF_TRUE tests it: its own __bool__ / __len__ runs)
        const truth = yield* ip.truthOf(r, frame);
        // A Python __exit__ whose answer is not known (issubclass of a class the model
        // cannot decide, a method's result): the program is followed on the path that
        // goes on, as after a raise under an unknown test (fuzzyRuns). An unknown
        // manager's __exit__ (files, locks, …) is taken not to suppress.
        suppress = truth === true || (truth === undefined && (exit.methodFunc?.kind === 'function' || opaqueExit));
      } catch (exitErr) {
        // __exit__ raised (another exception, or re-raised this one as a new raise): unwinding
        // pops the with block's exception off the stack with everything else.
        if (exitErr instanceof PyException) ip.heap.decref(err.exc);
        throw exitErr;
      } finally {
        frame.handling.pop();
        ip.heap.decref(err.exc);
      }
      if (!suppress) throw err;
      ip.heap.decref(err.exc);
      return NORMAL;
    } finally {
      frame.tryDepth--;
      if (suppressing) frame.suppressingWiths--;
    }
    const r = yield* awaited(yield* ip.callObject(exit, [ip.b.none, ip.b.none, ip.b.none], [], frame, site), 'aexit');
    ip.heap.decref(r);
    return completion;
  } finally {
    const k = frame.temps.lastIndexOf(temp);
    if (k >= 0) frame.temps.splice(k, 1);
    ip.heap.decref(exit);
  }
}

export function* applyDecorators(ip: Interpreter, decorators: Expr[], obj: PyObj, frame: Frame, s: Stmt): G<PyObj> {
  let v = obj;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const d = yield* ip.eval(decorators[i], frame);
    const r = yield* ip.callObject(d, [v], [], frame, { line: s.line, col: s.col, key: `${s.line}:dec${i}`, directCallee: d });
    ip.heap.decref(d);
    v = r;
  }
  return v;
}

