// textwrap.dedent as Lib/textwrap.py runs it (the same in 3.11-3.13), on a
// known text: lines of only spaces and tabs are emptied (a re.sub that hands
// back the text itself when there are none), the common leading whitespace
// of the other lines is the margin, and a non-empty margin is removed from
// every line by another re.sub (a new str). With neither, the result is the
// argument itself: `dedent(s) is s`.
import type { Builtins } from './builtins';
import { exactStrText, type PyObj } from './objects';

type Pos = { line: number; col: number };

/** textwrap.dedent(s) (owned), or undefined when s is not a str of known text. */
export function textwrapDedent(b: Builtins, s: PyObj | undefined, pos: Pos): PyObj | undefined {
  if (!s || s.kind !== 'str' || typeof s.value !== 'string' || s.fuzzyValue) return undefined;
  const lines = s.value.split('\n');
  // _whitespace_only_re = '^[ \t]+$' (MULTILINE): such lines become empty.
  let changed = false;
  const kept = lines.map((l) => {
    if (l.length && /^[ \t]+$/.test(l)) { changed = true; return ''; }
    return l;
  });
  // _leading_whitespace_re = '(^[ \t]*)(?:[^ \t\n])': the indent of every line with other text.
  let margin: string | undefined;
  for (const l of kept) {
    const m = /^([ \t]*)[^ \t\n]/.exec(l);
    if (!m) continue;
    const indent = m[1];
    if (margin === undefined) margin = indent;
    else if (indent.startsWith(margin)) continue;
    else if (margin.startsWith(indent)) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin) {
    const out = kept.map((l) => (l.startsWith(margin!) ? l.slice(margin!.length) : l)).join('\n');
    // (re.sub's joined pieces: a new str, of one character too)
    return b.newStrFresh(out, pos);
  }
  if (changed) return b.newStrFresh(kept.join('\n'), pos);
  return b.it.heap.incref(s)!;
}

/**
 * textwrap.wrap(text, width=70, **kwargs): a new list of new strs (TextWrapper's lines, each
 * `''.join` of chunks re.split made from a translated copy of the text, so never the text itself;
 * measured on 3.11-3.13). Their number and texts are not computed: the list's content is unknown,
 * its own count known. Undefined when the text is not a str or another argument could run code.
 */
export function textwrapWrap(b: Builtins, args: PyObj[], kwargs: [string, PyObj][], pos: Pos): PyObj | undefined {
  const text = args[0];
  if (!text || text.kind !== 'str' || text.type !== 'str' || args.length > 2) return undefined;
  // (width and the keyword options are ints, bools and strs: TextWrapper keeps them only while it runs)
  const plain = (o: PyObj): boolean => (o.kind === 'int' || o.kind === 'bool' || o.kind === 'str' || o.kind === 'none') && o.type === o.kind && !o.cls;
  if (![...args.slice(1), ...kwargs.map(([, v]) => v)].every(plain)) return undefined;
  return b.listOfUnknownStrs(pos);
}

/** A width argument: absent (the default) or a known int; undefined when it is something else. */
function widthOf(o: PyObj | undefined, dflt: number | undefined): number | undefined {
  if (!o) return dflt;
  if (o.kind !== 'int' || o.type !== 'int' || o.cls || o.value === undefined || o.fuzzyValue) return undefined;
  return Number(o.value);
}

/** TextWrapper options that only shape the lines (no max_lines / placeholder, no indents: they can raise or shorten). */
const SHAPING_OPTIONS: ReadonlySet<string> = new Set(['expand_tabs', 'replace_whitespace', 'fix_sentence_endings', 'break_long_words', 'drop_whitespace', 'break_on_hyphens', 'tabsize']);

/**
 * textwrap.fill(text, width=70, ...) / shorten(text, width, ...) of a known text (owned), or
 * undefined. fill is `'\n'.join(wrap(text))`: its lines are new strs made from a translated copy
 * of the text (never the text itself, measured), so the result is new unless it has at most one
 * character ('' and the cached one-character strs). A printable ASCII character other than space is
 * in no whitespace chunk, so it is never dropped: two of them make a result of two characters or
 * more. shorten fills `' '.join(text.strip().split())` with max_lines=1: the whole text when it fits,
 * else some words and ' [...]' (or '[...]' alone), new either way; its placeholder check raises
 * ValueError below width 5 (len('[...]')), which is left to the unknown call.
 */
export function textwrapFilled(b: Builtins, name: string, args: PyObj[], kwargs: [string, PyObj][], pos: Pos): PyObj | undefined {
  const shorten = name === 'textwrap.shorten';
  if (!shorten && name !== 'textwrap.fill') return undefined;
  const text = exactStrText(args[0]);
  if (text === undefined || args.length > 2) return undefined;
  // (width both positional and keyword: TypeError)
  if (args[1] && kwargs.some(([k]) => k === 'width')) return undefined;
  const w = args[1] ?? kwargs.find(([k]) => k === 'width')?.[1];
  const width = widthOf(w, shorten ? undefined : 70);
  if (width === undefined || width < (shorten ? 5 : 1)) return undefined;
  // (an option of unknown value or a bool subclass could run code or raise: only ints and bools)
  const plain = (o: PyObj): boolean => (o.kind === 'int' || o.kind === 'bool') && o.type === o.kind && !o.cls;
  if (!kwargs.every(([k, v]) => k === 'width' || (SHAPING_OPTIONS.has(k) && plain(v)))) return undefined;
  if ((text.match(/[\x21-\x7e]/g) ?? []).length < 2) return undefined;
  return b.newStr(undefined, pos);
}

/**
 * textwrap.indent(text, prefix) of known texts (owned), or undefined (a predicate given, or text
 * outside ASCII, whose line breaks and whitespace the model does not spell out). Each line of
 * `text.splitlines(True)` that is not only whitespace gets the prefix; the pieces are joined.
 * 3.11 / 3.12 join `prefix + line` pieces (one line prefixed with '' is the line itself), 3.13
 * joins [prefix, line, ...] (always a new str then). One piece is joined as itself, and a one-line
 * text is its own only line (splitlines hands back an exact str without a break inside): the
 * text itself comes back.
 */
export function textwrapIndent(b: Builtins, args: PyObj[], kwargs: [string, PyObj][], pos: Pos): PyObj | undefined {
  const text = exactStrText(args[0]);
  const prefix = exactStrText(args[1] ?? kwargs.find(([k]) => k === 'prefix')?.[1]);
  const pred = args[2] ?? kwargs.find(([k]) => k === 'predicate')?.[1];
  if (text === undefined || prefix === undefined || args.length > 3 || (pred && pred.kind !== 'none')) return undefined;
  if (kwargs.some(([k]) => k !== 'prefix' && k !== 'predicate') || /[^\x00-\x7f]/.test(text)) return undefined;
  // str.splitlines(True) on ASCII: \r\n, \n, \r, \v, \f, \x1c-\x1e end a line.
  const lines = text.match(/[^\n\r\x0b\x0c\x1c-\x1e]*(?:\r\n|[\n\r\x0b\x0c\x1c-\x1e])|[^\n\r\x0b\x0c\x1c-\x1e]+$/g) ?? [];
  // (str.isspace / strip on ASCII: \t-\r, \x1c-\x1f and space)
  const blank = (l: string): boolean => /^[\t-\r\x1c-\x20]+$/.test(l);
  const joinsPrefix = b.it.vm.textwrapIndentJoinsPrefix;
  let pieces = 0;
  let out = '';
  for (const l of lines) {
    const prefixed = !blank(l);
    pieces += prefixed && joinsPrefix ? 2 : 1;
    out += (prefixed ? prefix : '') + l;
  }
  const h = b.it.heap;
  if (pieces === 0) return b.newStr('', pos);
  // (one piece: the line, i.e. the text, unless 3.11/3.12 made `prefix + line` with a prefix)
  if (pieces === 1) return out === text ? h.incref(args[0])! : b.newStrFresh(out, pos);
  return b.newStrFresh(out, pos);
}
