// inspect's frame records (Lib/inspect.py, 3.11-3.13): stack() is getouterframes(sys._getframe(1)),
// getouterframes(frame) walks f_back from `frame`, trace() is getinnerframes(sys.exc_info()[2]) and
// getinnerframes(tb) walks tb_next; each step appends a FrameInfo (a tuple subclass with a
// `positions` attribute in its __dict__) holding the frame object, its file name, line number,
// function name, code_context list and index. The frame objects are what matters: a frame object
// kept past its call keeps that call's locals (PyFrame's take-ownership copy), so a record list
// stored in a local of the frame it describes is a reference cycle.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite } from './interpreter';
import type { PyObj } from './objects';
import { tracebackChain } from './tracebackWalk';

/** The FrameInfo records the model made: shown as objects holding only their frame object. */
const records = new WeakSet<PyObj>();

/**
 * Whether `o` is a FrameInfo record: its other fields, its __dict__, its code_context list and its
 * positions tuple are not built, so a collection freeing it finds objects the model does not see.
 */
export function isFrameRecord(o: PyObj): boolean {
  return records.has(o);
}

/** A new list of FrameInfo records, one per frame object given (borrowed). */
export function frameRecordList(b: Builtins, frames: PyObj[], pos: { line: number; col: number }): PyObj {
  const h = b.it.heap;
  const recs = frames.map((fo) => {
    const rec = h.alloc('unknown', 'FrameInfo', h.site(pos.line, pos.col, 'unknown', 'FrameInfo'));
    rec.tracked = true;
    rec.countKnown = true;
    rec.items = [h.incref(fo)!];
    records.add(rec);
    return rec;
  });
  return b.newSeq('list', recs, pos);
}

/** FrameInfo's fields besides `frame`: strs, ints, a list of strs or None, a Positions tuple of ints. */
const DATA_FIELDS = new Set(['filename', 'lineno', 'function', 'code_context', 'index', 'positions']);

/**
 * An attribute of a record: `frame` is its frame object; the data fields are new or shared values
 * holding nothing of the program (their counts open); anything else is not followed (undefined).
 */
export function frameRecordAttr(b: Builtins, rec: PyObj, name: string, site: CallSite): PyObj | undefined {
  if (!isFrameRecord(rec) || rec.fuzzy) return undefined;
  if (name === 'frame') return b.it.heap.incref(rec.items![0])!;
  if (!DATA_FIELDS.has(name)) return undefined;
  return b.unknownData(site.line, site.col);
}

/**
 * The frame objects inspect.stack() / getouterframes(frame) / trace() / getinnerframes(tb) put in
 * their records, in order, or undefined when the model does not follow the call.
 */
export function inspectFrames(b: Builtins, name: string, args: PyObj[], frame: Frame): PyObj[] | undefined {
  const it = b.it;
  if (name === 'inspect.stack' || name === 'inspect.getouterframes') {
    const out: PyObj[] = [];
    let f: Frame | undefined;
    if (name === 'inspect.stack') {
      if (args.length > 1) return undefined;
      f = frame;
    } else {
      const fo = args[0];
      if (args.length < 1 || args.length > 2 || fo.kind !== 'frame' || !fo.frame || fo.fuzzy) return undefined;
      f = fo.frame;
    }
    for (; f; f = f.back) out.push(it.frameObject(f));
    return out;
  }
  let tb: PyObj | undefined;
  if (name === 'inspect.trace') {
    if (args.length > 1) return undefined;
    tb = it.currentHandled(frame)?.traceback;
  } else {
    if (args.length < 1 || args.length > 2) return undefined;
    tb = args[0];
  }
  // (no traceback: no records)
  return tb ? tracebackChain(tb)?.map((t) => t.tbFrame!) : [];
}
