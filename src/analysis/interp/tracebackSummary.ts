// traceback's stack summaries (Lib/traceback.py, the same on 3.11-3.13): extract_tb(tb) walks
// tb_next and extract_stack(f) walks f_back (from the caller's frame), each making a new
// StackSummary (a list subclass) of one FrameSummary per entry. A FrameSummary (__slots__, GC
// tracked) keeps only data read from the frame: its code's co_filename / co_name strs, line
// numbers and, once looked up, the source line; never the frame, its locals or the traceback
// (locals only with capture_locals=True, which these functions never pass). So a summary of a
// saved exception's traceback does not keep the failed calls' locals alive. format_tb /
// format_stack / format_list give a new list of one new str per entry; print_tb / print_stack /
// print_list write them to sys.stderr and give None. extract_stack's `sys._getframe().f_back` and
// walk_stack's `f.f_back` make the frame objects of the frames they pass (dropped again, the
// running frames still holding them).
import type { Builtins } from './builtins';
import type { BuiltinCall } from './builtinCalls';
import type { Frame } from './frame';
import { LIMITS } from './limits';
import type { PyObj } from './objects';
import { currentStream, originalStream, streamUnknown } from './sysStreams';
import { tracebackChain } from './tracebackWalk';

/** The FrameSummary objects the model made (opaque objects of known count). */
const summaries = new WeakSet<PyObj>();

/** Whether `o` is a FrameSummary made by extract_tb / extract_stack. */
export function isFrameSummary(o: PyObj): boolean {
  return summaries.has(o);
}

/** FrameSummary's data attributes: strs and ints read from the code (their counts open); `locals` is None. */
const DATA_FIELDS = new Set(['filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', 'line']);

/** An attribute of a FrameSummary; undefined for anything else (not followed). */
export function frameSummaryAttr(b: Builtins, o: PyObj, name: string, site: { line: number; col: number }): PyObj | undefined {
  if (!isFrameSummary(o) || o.fuzzy) return undefined;
  if (name === 'locals') return b.it.heap.incref(b.none)!;
  if (!DATA_FIELDS.has(name)) return undefined;
  return b.unknownData(site.line, site.col);
}

/**
 * The frames extract_stack(f) / format_stack(f) / print_stack(f) summarise, innermost first: from
 * the caller's frame (f None) or a running frame's object, through f_back. Each gets its frame object.
 */
function stackFrames(b: Builtins, f: PyObj | undefined, frame: Frame): Frame[] | undefined {
  let start: Frame | undefined = frame;
  if (f && f.kind !== 'none') {
    if (f.kind !== 'frame' || f.fuzzy || !f.frame || !b.it.stack.includes(f.frame)) return undefined;
    start = f.frame;
  }
  const out: Frame[] = [];
  for (let x: Frame | undefined = start; x; x = x.back) {
    if (out.length >= LIMITS.MAX_WALKED_TRACEBACK) return undefined;
    b.it.frameObject(x);
    out.push(x);
  }
  return out;
}

/** `limit` applied as _extract_from_extended_frame_gen does: the first n entries, or (negative) the last -n. */
function limited<T>(xs: T[], limit: PyObj | undefined): T[] | undefined {
  if (!limit || limit.kind === 'none') return xs;
  if (limit.kind !== 'int' || typeof limit.value !== 'bigint') return undefined;
  const n = Number(limit.value);
  return n >= 0 ? xs.slice(0, n) : xs.slice(Math.max(0, xs.length + n));
}

/** The arguments (positional, then by keyword) of `names`; undefined for anything else. */
function params(call: BuiltinCall, names: string[]): (PyObj | undefined)[] | undefined {
  const { args, kwargs } = call;
  if (args.length > names.length) return undefined;
  const out: (PyObj | undefined)[] = names.map((_, i) => args[i]);
  for (const [k, v] of kwargs) {
    const i = names.indexOf(k);
    if (i < args.length || i < 0 || out[i]) return undefined;
    out[i] = v;
  }
  return out;
}

/**
 * Whether a print_* call writes where the model follows it: `file` None or absent and sys.stderr
 * the interpreter's own stream (a stream the program stored runs its own write()). Other
 * functions take no `file`.
 */
function defaultOutput(call: BuiltinCall, file: PyObj | undefined): boolean {
  if (!call.name.startsWith('traceback.print_')) return !file;
  if (file && file.kind !== 'none') return false;
  return !streamUnknown(call.b, 'stderr') && currentStream(call.b, 'stderr') === originalStream(call.b, 'stderr');
}

/** How many entries the call summarises, or undefined when not followed. */
function entryCount(call: BuiltinCall, kind: 'tb' | 'stack'): number | undefined {
  const p = params(call, kind === 'tb' ? ['tb', 'limit', 'file'] : ['f', 'limit', 'file']);
  if (!p) return undefined;
  const [src, limit, file] = p;
  if (!defaultOutput(call, file)) return undefined;
  if (kind === 'tb') {
    if (!src) return undefined;
    const entries = tracebackChain(src);
    return entries && limited(entries, limit)?.length;
  }
  // (extract_stack takes the innermost `limit` frames; walk_stack then makes no further frame objects)
  if (limit && limit.kind !== 'none') return undefined;
  return stackFrames(call.b, src, call.frame)?.length;
}

/** A new StackSummary of `n` FrameSummary objects. */
function newStackSummary(b: Builtins, n: number, pos: { line: number; col: number }): PyObj {
  const h = b.it.heap;
  const items = Array.from({ length: n }, () => {
    const fs = h.alloc('unknown', 'FrameSummary', h.site(pos.line, pos.col, 'unknown', 'FrameSummary'));
    fs.tracked = true;
    fs.countKnown = true;
    summaries.add(fs);
    return fs;
  });
  const list = b.newSeq('list', items, pos);
  // (a list subclass: not an exact list, so methods of its own — format() — are not refused)
  list.type = 'StackSummary';
  return list;
}

/** A new list of `n` new strs (the formatted entries). */
function formattedLines(b: Builtins, n: number, pos: { line: number; col: number }): PyObj {
  return b.newSeq('list', Array.from({ length: n }, () => b.newStr(undefined, pos)), pos);
}

/** traceback.extract_tb / format_tb / print_tb and extract_stack / format_stack / print_stack. */
export function summaryImpl(call: BuiltinCall): PyObj {
  const { b, name, pos, unknownCall } = call;
  const fn = name.slice('traceback.'.length);
  const n = entryCount(call, fn.endsWith('_tb') ? 'tb' : 'stack');
  if (n === undefined) return unknownCall();
  if (fn.startsWith('extract_')) return newStackSummary(b, n, pos);
  return fn.startsWith('format_') ? formattedLines(b, n, pos) : b.none;
}

/**
 * traceback.format_list / print_list(extracted_list): StackSummary.from_list keeps each FrameSummary
 * as it is while formatting (a tuple entry would be unpacked and formatted: not followed); nothing kept.
 */
export function formatListImpl(call: BuiltinCall): PyObj {
  const { b, name, pos, unknownCall } = call;
  const p = params(call, ['extracted_list', 'file']);
  const lst = p?.[0];
  if (!p || !lst || !defaultOutput(call, p[1])) return unknownCall();
  if (lst.kind !== 'list' || lst.fuzzy || !lst.items!.every(isFrameSummary)) return unknownCall();
  return name === 'traceback.format_list' ? formattedLines(b, lst.items!.length, pos) : b.none;
}

export const SUMMARY_FUNCS = ['extract_tb', 'format_tb', 'print_tb', 'extract_stack', 'format_stack', 'print_stack'];
