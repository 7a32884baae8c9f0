// textwrap.dedent as Lib/textwrap.py runs it (the same in 3.11-3.13), on a
// known text: lines of only spaces and tabs are emptied (a re.sub that hands
// back the text itself when there are none), the common leading whitespace
// of the other lines is the margin, and a non-empty margin is removed from
// every line by another re.sub (a new str). With neither, the result is the
// argument itself: `dedent(s) is s`.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

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
  const l = b.newSeq('list', [], pos);
  b.fuzzContent(l);
  // (a list of strs, as dir()'s: dropping it leaves no garbage)
  l.acyclic = true;
  return l;
}
