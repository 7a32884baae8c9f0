// Whether a text is one of the identifiers of a program's source. CPython 3.13's parser interns
// every NAME token it reads immortal (_PyPegen_new_identifier), while the compiler interns other
// identifier-like string constants mortal: a constant equal to one of the program's identifiers is
// that same immortal object ('foo' after `foo = 1`, even when the name sits in dead code or in the
// middle of a dotted import path), one equal to no identifier is not. Measured on 3.12 (where every
// interned string is immortal anyway) and 3.13.
import type { LiteNode } from '../parse/liteTree';

const IDENTIFIER_CHAR = /[\p{L}\p{N}_]/u;

/**
 * A test for texts that are identifiers somewhere in `root`, answered per text on demand: each
 * occurrence of the text in the source, as a whole word, is looked up in the tree (a descent by
 * position). Cheaper than collecting every identifier: results ask about a handful of strings,
 * and a walk of the whole tree cost an eighth of the parse on the standard library.
 */
export function sourceNameTest(root: LiteNode): (text: string) => boolean {
  const memo = new Map<string, boolean>();
  const source = root.ctx.source;
  return (text) => {
    let r = memo.get(text);
    if (r === undefined) memo.set(text, (r = occursAsIdentifier(root, source, text)));
    return r;
  };
}

function occursAsIdentifier(root: LiteNode, source: string, text: string): boolean {
  if (!text) return false;
  for (let i = source.indexOf(text); i >= 0; i = source.indexOf(text, i + 1)) {
    const before = i > 0 ? source[i - 1] : '';
    const after = source[i + text.length] ?? '';
    if ((before && IDENTIFIER_CHAR.test(before)) || (after && IDENTIFIER_CHAR.test(after))) continue;
    const n = nodeAt(root, i, i + text.length);
    if (n && n.type === 'identifier') return true;
  }
  return false;
}

/** The deepest node spanning exactly [start, end), if any (children are in source order). Iterative. */
function nodeAt(root: LiteNode, start: number, end: number): LiteNode | undefined {
  let n: LiteNode = root;
  for (;;) {
    if (n.startIndex === start && n.endIndex === end && n.type === 'identifier') return n;
    const kids = n.children;
    let lo = 0;
    let hi = kids.length - 1;
    let next: LiteNode | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = kids[mid];
      if (c.endIndex <= start) lo = mid + 1;
      else if (c.startIndex > start) hi = mid - 1;
      else { next = c; break; }
    }
    if (!next || next.endIndex < end) return n.startIndex === start && n.endIndex === end ? n : undefined;
    n = next;
  }
}
