// An edit confined to one top-level region, re-parsed alone and spliced into
// the previous lite tree, instead of tree-sitter's incremental reparse of the
// whole file and a copy of its result.
//
// Why: tree-sitter-python re-creates every top-level simple statement on an
// incremental reparse (their NEWLINE tokens come from the external scanner),
// so an edit in a 2,000-line module costs most of a full parse plus a full
// copy. A module's statements at column 0 are independent as far as the
// grammar goes: the lexer's state between two of them is the empty indent and
// bracket stacks, the state a fresh parse starts in. So when
//   - the old tree had no error,
//   - the edit lies inside one region (from a column-0 top-level node to the
//     next one; text between them belongs to the region before),
//   - the region's new text ends with a line break that no backslash
//     continues, after no trailing comma or operator (tree-sitter-python can
//     join the next line to such a line), and the node after it is not a comment (a comment at column
//     0 can fall into a block the new text opens),
//   - and the new text parses alone without error,
// the full parse would build exactly those nodes there, and everything after
// the region is the old nodes moved by the edit's length. Anything else is
// left to the incremental reparse (the caller's slow path). The test
// test/analysis/liteSplice.test.ts checks the result node for node against
// a full parse after thousands of random edits.
import { LiteCache, LiteNode, liteTree } from './liteTree';
import type { Tree } from './treeSitter';

export interface SpliceEdit {
  /** Offsets in the old text. */
  start: number;
  end: number;
  text: string;
}

/** Regions larger than this share of the file are left to tree-sitter's reparse, which keeps their untouched blocks. */
const MAX_REGION_SHARE = 0.25;
/** ...unless they are this short anyway. */
const SMALL_REGION = 4000;

/**
 * Splices `edit` into `root` (the lite tree of `oldText`, without errors),
 * in place, and returns it; null when the edit is not one this can take
 * (then `root` is untouched). `cache` (the reuse cache of the incremental
 * copy) forgets the nodes replaced and follows the new text.
 */
export function spliceTopLevel(root: LiteNode, oldText: string, newText: string, edit: SpliceEdit, parseAlone: (text: string) => Tree | null, cache?: LiteCache): LiteNode | null {
  if (root.hasError || edit.start < 0 || edit.end < edit.start || edit.end > oldText.length) return null;
  const kids = root.children;
  const atColumn0 = (n: LiteNode): boolean => n.startIndex === 0 || oldText.charCodeAt(n.startIndex - 1) === 10;
  // The region: from the last column-0 child starting at or before the edit to the next column-0 child.
  let first = 0;
  let next = kids.length;
  for (let lo = 0, hi = kids.length - 1; lo <= hi;) {
    // Binary search: the last child that starts at or before the edit.
    const mid = (lo + hi) >> 1;
    if (kids[mid].startIndex <= edit.start) { first = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (kids.length && kids[first].startIndex > edit.start) first = 0;
  while (first > 0 && !atColumn0(kids[first])) first--;
  for (next = first + 1; next < kids.length && !atColumn0(kids[next]); next++);
  const regStart = first === 0 ? 0 : kids[first].startIndex;
  const last = next >= kids.length;
  const regEnd = last ? oldText.length : kids[next].startIndex;
  if (edit.start < regStart || (last ? edit.end > regEnd : edit.start >= regEnd || edit.end > regEnd)) return null;
  if (regEnd - regStart > Math.max(SMALL_REGION, MAX_REGION_SHARE * oldText.length)) return null;
  if (!last && kids[next].type === 'comment') return null;
  const delta = edit.text.length - (edit.end - edit.start);
  const region = last ? newText.slice(regStart) : newText.slice(regStart, regEnd + delta);
  if (!last && (!region.endsWith('\n') || /\\\r?\n$/.test(region))) return null;
  // A last line ending in a comma or an operator: in context, tree-sitter-python may read the next
  // line as its continuation (`a.b, ⏎ c = d()` becomes one assignment), which the region alone cannot.
  if (!last && /[,=+\-*/%&|^<>@.~][ \t\f\r\n]*$/.test(region)) return null;
  if (regStart > 0 && !startsAtColumn0(region)) return null;

  const tree = parseAlone(region);
  if (!tree) return null;
  let alone: LiteNode;
  try {
    if (tree.rootNode.hasError) return null;
    alone = liteTree(tree, region);
  } finally {
    tree.delete();
  }

  // The edit is taken: from here on `root` changes.
  const ctx = root.ctx;
  ctx.retext(newText);
  const removed = kids.slice(first, next);
  const fresh = alone.children;
  for (const n of fresh) {
    n.parent = root;
    n.moveLazily(regStart, ctx);
  }
  // Lazily: the statements after the region are mostly replayed from the lowering cache, which
  // reads their top node only.
  const after = kids.slice(next);
  for (const n of after) n.moveLazily(delta, ctx);
  root.children = [...kids.slice(0, first), ...fresh, ...after];
  // The root spans the file's leading and trailing whitespace, which the region holds when it is first or last.
  if (first === 0) root.startIndex = regStart + alone.startIndex;
  root.endIndex = last ? regStart + alone.endIndex : root.endIndex + delta;
  root.sp = root.ep = undefined;
  if (cache) {
    forget(removed, cache);
    cache.source = newText;
  }
  return root;
}

/**
 * Whether the region's first line of code starts at column 0, with only blank
 * lines and column-0 comments before it. A header just before the region may
 * end in tree-sitter's empty block (`class C:` and a line break parse without
 * error), and an indented line after it would join that block, not start
 * the region.
 */
function startsAtColumn0(region: string): boolean {
  for (let i = 0; i < region.length;) {
    const eol = region.indexOf('\n', i);
    const line = region.slice(i, eol < 0 ? region.length : eol);
    if (/^[ \t\f\r]*$/.test(line)) {
      if (eol < 0) return true;
      i = eol + 1;
      continue;
    }
    const c = line.charCodeAt(0);
    if (c === 35 /* # */) {
      if (eol < 0) return true;
      i = eol + 1;
      continue;
    }
    return c !== 32 && c !== 9 && c !== 12 && c !== 92 /* \ */;
  }
  return true;
}

/** Drops replaced subtrees from the reuse cache: their ids must not bring them back. */
function forget(nodes: LiteNode[], cache: LiteCache): void {
  const todo = [...nodes];
  while (todo.length) {
    const n = todo.pop()!;
    if (n.id && cache.byId.get(n.id) === n) cache.byId.delete(n.id);
    for (const c of n.children) todo.push(c);
  }
}
