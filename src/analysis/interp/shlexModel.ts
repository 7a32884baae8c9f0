// shlex's module functions (Lib/shlex.py, the same in 3.11-3.13) on exact strs:
// - split(s, comments=False, posix=True) runs a shlex lexer over StringIO(s) and returns
//   `list(lex)`: a new list of tokens built by concatenation (new strs, or cached one-character
//   ones). The lexer and its stream die with the call (no cycle: nothing for gc.collect); s is
//   not kept. The tokens are not computed: the list's content is unknown, its own count known.
//   An unclosed quote or a trailing backslash raises ValueError: a text that may hold one may raise.
// - quote(s) is '' -> the module's "''" constant, s itself when _find_unsafe (`[^\w@%+=:,./-]`,
//   ASCII) finds nothing, else `"'" + s.replace("'", "'\"'\"'") + "'"`, a new str.
// - join(args) is `' '.join(quote(a) for a in args)`: one item joined as itself (its quote),
//   several as a new str.
// Anything else (a str subclass, bytes, a non-str item) is an unknown call.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import { isExactStr as exactStr, knownText as textOf, type PyObj } from './objects';

type Pos = { line: number; col: number };

const plainFlag = (o: PyObj | undefined): boolean => !o || ((o.kind === 'bool' || o.kind === 'int') && o.type === o.kind && !o.cls);

/** What quote(s) gives for a known text: 'self', 'constant' ("''") or the new text. */
function quoted(t: string): 'self' | 'constant' | string {
  if (!t) return 'constant';
  if (!/[^A-Za-z0-9_@%+=:,./-]/.test(t)) return 'self';
  return `'${t.replace(/'/g, `'"'"'`)}'`;
}

/** quote's result for the str `s` (owned). */
function quoteObj(b: Builtins, s: PyObj, pos: Pos): PyObj {
  const t = textOf(s);
  // (s itself or a new str: which one is not known, s's count opens with the result's)
  if (t === undefined) return b.maybeSame(s, pos);
  const q = quoted(t);
  // (the "''" in shlex's co_consts: its count is the module's business)
  if (q === 'constant') return b.maybeCachedStr(pos);
  return q === 'self' ? b.it.heap.incref(s)! : b.newStrFresh(q, pos);
}

function shlexSplit(call: BuiltinCall): PyObj {
  const { b, it, args, kw, kwargs, pos, unknownCall } = call;
  const s = args[0];
  if (!exactStr(s) || args.length > 3 || kwargs.some(([k]) => k !== 'comments' && k !== 'posix')) return unknownCall();
  if (![args[1], args[2], kw.get('comments'), kw.get('posix')].every(plainFlag)) return unknownCall();
  const t = textOf(s);
  if (t === undefined || /['"\\]/.test(t)) it.noteMayRaise();
  return b.listOfUnknownStrs(pos);
}

function shlexQuote(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  if (args.length !== 1 || kwargs.length || !exactStr(args[0])) return unknownCall();
  return quoteObj(b, args[0], pos);
}

function shlexJoin(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  const l = args[0];
  if (args.length !== 1 || kwargs.length || !l || (l.kind !== 'list' && l.kind !== 'tuple') || l.type !== l.kind || l.cls) return unknownCall();
  if (l.fuzzy || !l.items) {
    // (how many items there are is not known: a known one may be the only one, the result itself)
    for (const x of l.items ?? []) b.it.heap.escape(x);
    return b.maybeCachedStr(pos);
  }
  if (!l.items.every(exactStr)) return unknownCall();
  if (!l.items.length) return b.newStr('', pos);
  if (l.items.length === 1) return quoteObj(b, l.items[0], pos);
  const texts = l.items.map(textOf);
  if (texts.some((t) => t === undefined)) return b.newStr(undefined, pos);
  return b.newStrFresh(texts.map((t) => { const q = quoted(t!); return q === 'self' ? t! : q === 'constant' ? "''" : q; }).join(' '), pos);
}

export const SHLEX_IMPLS: [string, BuiltinImpl][] = [
  ['shlex.split', shlexSplit],
  ['shlex.quote', shlexQuote],
  ['shlex.join', shlexJoin],
];
