// Python regular expressions (Lib/re/_parser.py syntax) as JavaScript RegExp
// sources, so that the analysis can know what a match finds when the pattern
// and the text are known. Only what both engines do alike on ASCII text is
// translated; anything else (scoped flags, conditionals, atomic groups,
// possessive quantifiers, \U, \N{...}, LOCALE, non-ASCII patterns) gives
// undefined and the caller treats the result as unknown.
//
// The differences handled here:
// - `(?P<name>…)` / `(?P=name)` are JavaScript's `(?<name>…)` / `\k<name>`.
// - `^`, `$`, `\A`, `\Z` and `.` become lookarounds and classes over `\n` only
//   (Python's line boundary; JavaScript's `m` flag also breaks at \r, U+2028).
//   Python's `$` without MULTILINE also matches before a final newline.
// - `{,n}` is `{0,n}`; a `]` first in a class is a literal.
// - VERBOSE whitespace and comments are dropped outside classes.
// - Octal escapes become `\xHH`.
//
// A regular expression runs synchronously and cannot be interrupted, so a
// pattern whose backtracking may explode is refused: an unbounded quantifier
// on a group that itself holds a quantifier or an alternative (`(\w+\s?)+`,
// `(a|aa)*`: exponential in the text).

/** re's flag values (RegexFlag). */
export const RE_FLAG_BITS = { TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256 } as const;

const INLINE_FLAGS: Record<string, number> = { a: 256, i: 2, L: 4, m: 8, s: 16, u: 32, x: 64 };

export interface TranslatedRegex {
  /** The JavaScript source (to be used with flags `d` and `i` when `ignoreCase`). */
  source: string;
  ignoreCase: boolean;
  /** Capturing groups, as Pattern.groups counts them. */
  groups: number;
  /** Named groups in order: name → group number (Pattern.groupindex). */
  names: [string, number][];
  /** The flags Pattern.flags reports (inline flags included, UNICODE added for str patterns). */
  flags: number;
  /**
   * Whether the pattern has an alternation or a lazy quantifier: after an empty match, Python
   * retries the same position for a non-empty one, which such a pattern may find where
   * JavaScript's next search would not look (iteration gives up on it then).
   */
  mayPreferEmpty: boolean;
}

/** The translation of `pattern` under `flags`, or undefined when it is not one this module translates. */
export function translateRegex(pattern: string, flags: number): TranslatedRegex | undefined {
  if (!/^[\x00-\x7f]*$/.test(pattern)) return undefined;
  let i = 0;
  // Global inline flags, only at the start since 3.11.
  for (let m = /^\(\?([aiLmsux]+)\)/.exec(pattern); m; m = /^\(\?([aiLmsux]+)\)/.exec(pattern.slice(i))) {
    for (const c of m[1]) flags |= INLINE_FLAGS[c];
    i += m[0].length;
  }
  if (flags & (RE_FLAG_BITS.LOCALE | RE_FLAG_BITS.DEBUG | RE_FLAG_BITS.TEMPLATE)) return undefined;
  if ((flags & RE_FLAG_BITS.ASCII) && (flags & RE_FLAG_BITS.UNICODE)) return undefined;
  const verbose = (flags & RE_FLAG_BITS.VERBOSE) !== 0;
  const multiline = (flags & RE_FLAG_BITS.MULTILINE) !== 0;
  const dotall = (flags & RE_FLAG_BITS.DOTALL) !== 0;
  let out = '';
  let groups = 0;
  const names: [string, number][] = [];
  // Open groups: whether each holds a quantifier or an alternative so far (repeating it may explode).
  const open: { branching: boolean }[] = [{ branching: false }];
  // The last atom: whether it is a group holding a quantifier or an alternative (an unbounded quantifier on it explodes).
  let lastAtom: 'none' | 'plain' | 'heavyGroup' | 'lightGroup' = 'none';
  let mayPreferEmpty = false;
  let maxBackref = 0;

  /** One escape at p[j] === '\\' (outside or inside a class): [JS text, length] or undefined. */
  const escape = (j: number, inClass: boolean): [string, number] | undefined => {
    const c = pattern[j + 1];
    if (c === undefined) return undefined;
    if ('dDwWsS'.includes(c)) return [`\\${c}`, 2];
    if ('ntrfv'.includes(c)) return [`\\${c}`, 2];
    if (c === 'a') return ['\\x07', 2];
    if (c === 'b') return [inClass ? '\\x08' : '\\b', 2];
    if (c === 'B' && !inClass) return ['\\B', 2];
    if (c === 'A' && !inClass) return ['(?<![\\s\\S])', 2];
    if (c === 'Z' && !inClass) return ['(?![\\s\\S])', 2];
    if (c === 'x') {
      const h = /^[0-9a-fA-F]{2}/.exec(pattern.slice(j + 2));
      return h ? [`\\x${h[0]}`, 4] : undefined;
    }
    if (c === 'u') {
      const h = /^[0-9a-fA-F]{4}/.exec(pattern.slice(j + 2));
      return h ? [`\\u${h[0]}`, 6] : undefined;
    }
    if (c >= '0' && c <= '9') {
      const rest = pattern.slice(j + 1);
      const oct = c === '0' ? /^0[0-7]{0,2}/.exec(rest) : /^[0-7]{3}/.exec(rest);
      if (oct) {
        const v = parseInt(oct[0], 8);
        if (v > 0o377) return undefined;
        return [`\\x${v.toString(16).padStart(2, '0')}`, 1 + oct[0].length];
      }
      if (inClass) return undefined;
      const ref = /^[1-9][0-9]?/.exec(rest)!;
      maxBackref = Math.max(maxBackref, Number(ref[0]));
      return [`\\${ref[0]}`, 1 + ref[0].length];
    }
    // An escaped letter Python does not know is an error; punctuation and space are themselves.
    if (/[A-Za-z]/.test(c)) return undefined;
    return [/[\\^$.|?*+()[\]{}/-]/.test(c) ? `\\${c}` : c, 2];
  };

  /** A class `[...]` starting at p[j]: [JS text, length] or undefined. */
  const charClass = (j: number): [string, number] | undefined => {
    let k = j + 1;
    let text = '[';
    if (pattern[k] === '^') { text += '^'; k++; }
    if (pattern[k] === ']') { text += '\\]'; k++; }
    for (;;) {
      const c = pattern[k];
      if (c === undefined) return undefined;
      if (c === ']') return [text + ']', k + 1 - j];
      if (c === '\\') {
        const e = escape(k, true);
        if (!e) return undefined;
        text += e[0];
        k += e[1];
        continue;
      }
      // (Python warns about `[[`, `--`, `&&`, `~~`, `||` as future set syntax; they are literals now)
      text += c === '[' ? '\\[' : c;
      k++;
    }
  };

  while (i < pattern.length) {
    const c = pattern[i];
    if (verbose && /\s/.test(c)) { i++; continue; }
    if (verbose && c === '#') {
      while (i < pattern.length && pattern[i] !== '\n') i++;
      continue;
    }
    if (c === '\\') {
      const e = escape(i, false);
      if (!e) return undefined;
      out += e[0];
      i += e[1];
      lastAtom = 'plain';
      continue;
    }
    if (c === '[') {
      const k = charClass(i);
      if (!k) return undefined;
      out += k[0];
      i += k[1];
      lastAtom = 'plain';
      continue;
    }
    if (c === '(') {
      const rest = pattern.slice(i);
      let m: RegExpExecArray | null;
      if ((m = /^\(\?#[^)]*\)/.exec(rest))) { i += m[0].length; continue; }
      if ((m = /^\(\?P=([A-Za-z_][A-Za-z0-9_]*)\)/.exec(rest))) {
        if (!names.some(([n]) => n === m![1])) return undefined;
        out += `\\k<${m[1]}>`;
        i += m[0].length;
        lastAtom = 'plain';
        continue;
      }
      if ((m = /^\(\?P<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest))) {
        groups++;
        if (names.some(([n]) => n === m![1])) return undefined;
        names.push([m[1], groups]);
        out += `(?<${m[1]}>`;
      } else if ((m = /^\(\?(?::|=|!|<=|<!)/.exec(rest))) {
        out += m[0];
      } else if (rest[1] === '?') {
        return undefined; // scoped flags, conditionals, atomic groups, other syntax
      } else {
        groups++;
        m = /^\(/.exec(rest)!;
        out += '(';
      }
      i += m[0].length;
      open.push({ branching: false });
      lastAtom = 'none';
      continue;
    }
    if (c === ')') {
      if (open.length < 2) return undefined;
      const g = open.pop()!;
      if (g.branching) open[open.length - 1].branching = true;
      out += ')';
      i++;
      lastAtom = g.branching ? 'heavyGroup' : 'lightGroup';
      continue;
    }
    if (c === '|') { out += '|'; i++; mayPreferEmpty = true; lastAtom = 'none'; open[open.length - 1].branching = true; continue; }
    if (c === '.') { out += dotall ? '[\\s\\S]' : '[^\\n]'; i++; lastAtom = 'plain'; continue; }
    if (c === '^') { out += multiline ? '(?<![^\\n])' : '(?<![\\s\\S])'; i++; lastAtom = 'none'; continue; }
    if (c === '$') { out += multiline ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))'; i++; lastAtom = 'none'; continue; }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      let q: string;
      let unbounded: boolean;
      let len: number;
      if (c === '{') {
        const m = /^\{(\d*)(,(\d*))?\}/.exec(pattern.slice(i));
        if (!m || (m[1] === '' && m[2] === undefined)) {
          // Not a repeat: a literal brace.
          out += '\\{';
          i++;
          lastAtom = 'plain';
          continue;
        }
        const lo = m[1] === '' ? '0' : m[1];
        q = m[2] === undefined ? `{${lo}}` : `{${lo},${m[3]}}`;
        unbounded = m[2] !== undefined && m[3] === '';
        len = m[0].length;
      } else {
        q = c;
        unbounded = c !== '?';
        len = 1;
      }
      if (lastAtom === 'none') return undefined; // nothing to repeat (an error in Python)
      if (unbounded && lastAtom === 'heavyGroup') return undefined; // backtracking may explode
      i += len;
      if (pattern[i] === '?') { q += '?'; i++; mayPreferEmpty = true; } else if (pattern[i] === '+') return undefined; // possessive
      open[open.length - 1].branching = true;
      out += q;
      lastAtom = 'none';
      continue;
    }
    if (c === '/' || c === ']' || c === '}') out += `\\${c}`;
    else out += c;
    i++;
    lastAtom = 'plain';
  }
  if (open.length !== 1 || maxBackref > groups) return undefined;
  const ignoreCase = (flags & RE_FLAG_BITS.IGNORECASE) !== 0;
  try {
    // (checks that JavaScript reads it too)
    new RegExp(out, ignoreCase ? 'di' : 'd');
  } catch {
    return undefined;
  }
  return { source: out, ignoreCase, groups, names, flags: flags & RE_FLAG_BITS.ASCII ? flags : flags | RE_FLAG_BITS.UNICODE, mayPreferEmpty };
}

/** re.escape: the characters re treats specially get a backslash (`_special_chars_map`). */
export function reEscape(s: string): string {
  return s.replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, (ch) => `\\${ch}`);
}
