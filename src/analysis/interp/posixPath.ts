// posixpath's string functions (Lib/posixpath.py, genericpath.py; the same in 3.11-3.13 for
// what is followed here) on exact strs: which object each result is matters, because these
// functions hand back their argument itself more often than not.
//
// - join(a, *p): `path = a`, then for each b: an absolute b (or an empty path so far) replaces
//   path with b itself; otherwise `path += b` / `path += sep + b`, where PyUnicode_Concat /
//   PyUnicode_Append give back the other operand itself when one side is the empty str, else a
//   new str. So join('', x) is x, join(x) and join(x, '') when x ends with '/' are x.
// - basename(p) is `p[i:]` after the last '/': p itself when there is none (a full slice of an
//   exact str is the str), '' (the cached empty str) when p ends with '/', else a new str (one
//   Latin-1 character: the cached one).
// - dirname(p) is `p[:i]` then `.rstrip('/')` unless it is all slashes: p itself when p ends
//   with '/' and has nothing to strip, '' when there is no '/', else a new str.
// - split(p) is (dirname's head, basename's tail); splitext(p) is (p[:dot], p[dot:]) when the
//   last '.' follows the last '/' and something other than dots precedes it in that component,
//   else (p, '') with p itself.
// - normpath(p) is always a new str (the one-character results '.' and '/' the cached ones).
// - isabs / exists / isfile / isdir / islink / lexists: a bool; normcase(p) is p itself. None of
//   them keeps a reference to its argument.
// A text the model does not know gives a str of unknown text whose count is open, and the
// arguments' counts open too (any of them may be the result); anything but exact strs (bytes,
// a str subclass, an object with __fspath__ once fsPath.ts has not turned it into a str) is an
// unknown call.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import { isExactStr as exactStr, type PyObj } from './objects';

type Pos = { line: number; col: number };


function textOf(o: PyObj): string | undefined {
  return typeof o.value === 'string' ? o.value : undefined;
}

/** The arguments, when every one is an exact str and no keyword is given. */
function strArgs(call: BuiltinCall, min: number, max: number): PyObj[] | undefined {
  const { args, kwargs } = call;
  if (kwargs.length || args.length < min || args.length > max || !args.every((a) => exactStr(a))) return undefined;
  return args;
}

/** A str result of text the model does not know, which may be any of `args` itself: their counts open. */
function unknownTextResult(b: Builtins, args: PyObj[], pos: Pos): PyObj {
  for (const a of args.slice(1)) b.it.heap.escape(a);
  return b.maybeSame(args[0], pos);
}

/** split / splitext of unknown text: two strs of unknown text, either of which may be p itself. */
function unknownPair(b: Builtins, p: PyObj, pos: Pos): PyObj {
  b.it.heap.escape(p);
  const parts = [b.newStr(undefined, pos), b.newStr(undefined, pos)];
  for (const x of parts) x.fuzzy = true;
  return b.newSeq('tuple', parts, pos);
}

/** `p[i:]` of an exact str p of known text (new reference). */
function tailFrom(b: Builtins, p: PyObj, text: string, i: number, pos: Pos): PyObj {
  return i === 0 ? b.it.heap.incref(p)! : b.newStr(text.slice(i), pos);
}

/** dirname's head of p (new reference). */
function headOf(b: Builtins, p: PyObj, text: string, pos: Pos): PyObj {
  const i = text.lastIndexOf('/') + 1;
  const head = text.slice(0, i);
  const stripped = head && !/^\/+$/.test(head) ? head.replace(/\/+$/, '') : head;
  // (p[:len(p)] is p; rstrip with nothing to strip gives its str back)
  if (i === text.length && i > 0 && stripped === head) return b.it.heap.incref(p)!;
  return b.newStr(stripped, pos);
}

function joinImpl(call: BuiltinCall): PyObj {
  const { b, pos, unknownCall } = call;
  const args = strArgs(call, 1, Infinity);
  if (!args) return unknownCall();
  const texts = args.map(textOf);
  if (texts.some((t) => t === undefined)) return unknownTextResult(b, args, pos);
  let cur: PyObj | undefined = args[0];
  let text = texts[0]!;
  for (let k = 1; k < args.length; k++) {
    const t = texts[k]!;
    if (t.startsWith('/') || text === '') { cur = args[k]; text = t; }
    else if (text.endsWith('/')) { if (t !== '') { cur = undefined; text += t; } }
    else { cur = undefined; text += '/' + t; }
  }
  return cur ? b.it.heap.incref(cur)! : b.newStr(text, pos);
}

function basenameImpl(call: BuiltinCall): PyObj {
  const { b, pos, unknownCall } = call;
  const args = strArgs(call, 1, 1);
  if (!args) return unknownCall();
  const text = textOf(args[0]);
  if (text === undefined) return unknownTextResult(b, args, pos);
  return tailFrom(b, args[0], text, text.lastIndexOf('/') + 1, pos);
}

function dirnameImpl(call: BuiltinCall): PyObj {
  const { b, pos, unknownCall } = call;
  const args = strArgs(call, 1, 1);
  if (!args) return unknownCall();
  const text = textOf(args[0]);
  if (text === undefined) return unknownTextResult(b, args, pos);
  return headOf(b, args[0], text, pos);
}

function splitImpl(call: BuiltinCall): PyObj {
  const { b, pos, unknownCall } = call;
  const args = strArgs(call, 1, 1);
  if (!args) return unknownCall();
  const p = args[0];
  const text = textOf(p);
  if (text === undefined) return unknownPair(b, p, pos);
  const head = headOf(b, p, text, pos);
  return b.newSeq('tuple', [head, tailFrom(b, p, text, text.lastIndexOf('/') + 1, pos)], pos);
}

function splitextImpl(call: BuiltinCall): PyObj {
  const { b, pos, unknownCall } = call;
  const args = strArgs(call, 1, 1);
  if (!args) return unknownCall();
  const p = args[0];
  const text = textOf(p);
  if (text === undefined) return unknownPair(b, p, pos);
  const sepIndex = text.lastIndexOf('/');
  const dotIndex = text.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    // (genericpath._splitext: leading dots of the last component are not an extension)
    for (let f = sepIndex + 1; f < dotIndex; f++) {
      if (text[f] !== '.') return b.newSeq('tuple', [b.newStr(text.slice(0, dotIndex), pos), b.newStr(text.slice(dotIndex), pos)], pos);
    }
  }
  return b.newSeq('tuple', [b.it.heap.incref(p)!, b.newStr('', pos)], pos);
}

/** posixpath.normpath's text (the C _path_normpath of 3.11-3.13 gives the same as the Python version). */
function normalized(path: string): string {
  if (!path) return '.';
  let initial = path.startsWith('/') ? 1 : 0;
  if (initial && path.startsWith('//') && !path.startsWith('///')) initial = 2;
  const comps: string[] = [];
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initial && !comps.length) || (comps.length && comps[comps.length - 1] === '..')) comps.push(comp);
    else if (comps.length) comps.pop();
  }
  return '/'.repeat(initial) + comps.join('/') || '.';
}

/** normpath: always a new str (measured 3.11-3.13: never the argument, even when nothing changes); one character is the cached one. */
function normpathImpl(call: BuiltinCall): PyObj {
  const { b, pos, unknownCall } = call;
  const args = strArgs(call, 1, 1);
  if (!args) return unknownCall();
  const text = textOf(args[0]);
  if (text !== undefined) return b.newStr(normalized(text), pos);
  // (of unknown text: a new str, or the cached '.' / '/': its count open)
  const r = b.newStr(undefined, pos);
  r.fuzzy = true;
  return r;
}

function isabsImpl(call: BuiltinCall): PyObj {
  const { b, pos, unknownCall } = call;
  const args = strArgs(call, 1, 1);
  if (!args) return unknownCall();
  const text = textOf(args[0]);
  return text === undefined ? b.unknownBool(pos.line, pos.col) : b.bool(text.startsWith('/'));
}

/** exists / isfile / isdir / islink / lexists: what the file system says, not known; nothing kept, no exception for a str. */
function fileTestImpl(call: BuiltinCall): PyObj {
  const { b, pos, unknownCall } = call;
  return strArgs(call, 1, 1) ? b.unknownBool(pos.line, pos.col) : unknownCall();
}

function normcaseImpl(call: BuiltinCall): PyObj {
  const { b, unknownCall } = call;
  const args = strArgs(call, 1, 1);
  return args ? b.it.heap.incref(args[0])! : unknownCall();
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['join', joinImpl], ['basename', basenameImpl], ['dirname', dirnameImpl], ['split', splitImpl], ['splitext', splitextImpl],
  ['isabs', isabsImpl], ['normcase', normcaseImpl], ['normpath', normpathImpl],
  ['exists', fileTestImpl], ['isfile', fileTestImpl], ['isdir', fileTestImpl], ['islink', fileTestImpl], ['lexists', fileTestImpl],
];

/** The same functions reached as os.path.NAME and posixpath.NAME. */
export const POSIX_PATH_IMPLS: [string, BuiltinImpl][] = FUNCTIONS.flatMap(([n, f]): [string, BuiltinImpl][] => [[`os.path.${n}`, f], [`posixpath.${n}`, f]]);
