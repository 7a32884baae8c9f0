// A plain-JS copy of a tree-sitter tree, read in one cursor walk.
//
// Why: every property of web-tree-sitter's `Node` (type, children, a field,
// an end position) is a call into WASM that marshals through a transfer
// buffer and allocates a fresh `Node`. Lowering asks several such questions
// of every node, which cost more than the parse itself. One TreeCursor walk
// asks four (type id, field id, start and end index) and everything else is
// derived here: named-ness is cached per type, rows and columns come from a
// line table, text is a slice of the source, `hasError` is folded bottom-up.
//
// Only the subset of the `Node` interface that lowering uses is provided, with
// the same meaning, so lower.ts reads either kind of node.
import { FIELD_PARENTS } from './fieldParents';
import type { Tree } from './treeSitter';
import { walkCursor } from './rawCursor';

export interface Point {
  row: number;
  column: number;
}

/** What every node of one tree shares. */
export class TreeContext {
  /** Index of the first character of each row (tree-sitter counts rows by '\n' only). */
  lineStarts: number[] = [0];
  constructor(public source: string, readonly types: readonly string[], readonly fields: readonly (string | null)[]) {
    this.retext(source);
  }

  /** The tree now stands for `source` (liteSplice.ts moves the nodes an edit shifted). */
  retext(source: string): void {
    this.source = source;
    const ls = [0];
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) ls.push(i + 1);
    this.lineStarts = ls;
  }

  point(index: number): Point {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - ls[lo] };
  }
}

const NO_CHILDREN: LiteNode[] = [];

export class LiteNode {
  parent: LiteNode | null = null;
  hasError = false;
  private kids: LiteNode[] = NO_CHILDREN;
  private named?: LiteNode[];
  /**
   * A move (moveLazily) not yet applied to the children: their spans are `pendDelta`
   * characters behind and their ctx is not this node's. Applied one level at a time,
   * when the children are asked for: after a splice, the nodes no one reads again (the
   * statements the lowering cache replays) are never walked.
   */
  private pend = false;
  private pendDelta = 0;

  get children(): LiteNode[] {
    if (this.pend) this.flush();
    return this.kids;
  }

  /** Replaces the children (liteSplice.ts), dropping what was derived from the old ones. */
  set children(kids: LiteNode[]) {
    this.kids = kids;
    this.named = undefined;
  }

  /** Applies the pending move to the children, which then owe it to theirs. */
  private flush(): void {
    const d = this.pendDelta;
    this.pend = false;
    this.pendDelta = 0;
    for (const c of this.kids) c.moveLazily(d, this.ctx);
  }

  /** @internal Moves this node `delta` characters into the tree of `ctx`; its descendants follow when read. */
  moveLazily(delta: number, ctx: TreeContext): void {
    this.ctx = ctx;
    if (delta) {
      this.startIndex += delta;
      this.endIndex += delta;
    }
    this.sp = this.ep = undefined;
    if (this.kids.length) {
      this.pend = true;
      this.pendDelta += delta;
    }
  }

  isMissing = false;
  /** @internal Set while the incremental walk skips a reused subtree. */
  reused = false;
  startIndex = 0;
  endIndex = 0;

  constructor(
    /** @internal Shared with the whole tree; replaced when a later tree reuses this subtree. */
    public ctx: TreeContext,
    readonly typeId: number,
    readonly type: string,
    readonly isNamed: boolean,
    /** The field this node fills in its parent (0: none). */
    public fieldId: number,
    /** @internal tree-sitter's id of this node's first child (an address inside its subtree), for reuse by the next incremental copy. */
    public id = 0,
  ) {}

  /** @internal The lowering cache holding this node's IR, and the entry (loweringCache.ts's Slotted). */
  slotCache?: object = undefined;
  slotEntry?: object = undefined;

  /** @internal Cached positions, cleared when the subtree moves. */
  sp?: Point;
  /** @internal */
  ep?: Point;
  get startPosition(): Point { return (this.sp ??= this.ctx.point(this.startIndex)); }
  get endPosition(): Point { return (this.ep ??= this.ctx.point(this.endIndex)); }
  get text(): string { return this.ctx.source.slice(this.startIndex, this.endIndex); }
  get childCount(): number { return this.children.length; }
  child(i: number): LiteNode | null { return this.children[i] ?? null; }

  get namedChildren(): LiteNode[] {
    const kids = this.children; // (applies a pending move, which the cached list shares)
    if (!this.named) this.named = kids.length ? kids.filter((c) => c.isNamed) : NO_CHILDREN;
    return this.named;
  }

  get namedChildCount(): number { return this.namedChildren.length; }

  /** @internal Brings this node up to date with the moves its ancestors still owe it (a node found other than by descent from the root). */
  settle(): void {
    const chain: LiteNode[] = [];
    for (let p = this.parent; p; p = p.parent) chain.push(p);
    for (let i = chain.length - 1; i >= 0; i--) if (chain[i].pend) chain[i].flush();
  }

  fieldNameForChild(i: number): string | null {
    const c = this.children[i];
    return c && c.fieldId ? this.ctx.fields[c.fieldId] ?? null : null;
  }

  childForFieldName(name: string): LiteNode | null {
    for (const c of this.children) if (c.fieldId && this.ctx.fields[c.fieldId] === name) return c;
    return null;
  }

  childrenForFieldName(name: string): LiteNode[] {
    return this.children.filter((c) => c.fieldId && this.ctx.fields[c.fieldId] === name);
  }

  descendantsOfType(type: string): LiteNode[] {
    const out: LiteNode[] = [];
    const walk = (n: LiteNode): void => {
      for (const c of n.children) {
        if (c.type === type) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }
}

/**
 * Moves a kept subtree into the tree of `ctx`, `delta` characters later
 * (positions are derived again on demand); `inner` sees each inner node.
 * Iterative: deep nesting must not overflow the JS stack.
 */
export function moveSubtree(top: LiteNode, delta: number, ctx: TreeContext, inner?: (n: LiteNode) => void): void {
  top.moveLazily(delta, ctx);
  const todo = [top];
  while (todo.length) {
    const n = todo.pop()!;
    const kids = n.children; // (reading them applies the move n owed them)
    if (kids.length) {
      inner?.(n);
      for (const c of kids) todo.push(c);
    }
  }
}

/**
 * What the next copy of an edited tree may reuse: the previous copy's inner
 * nodes by their first child's tree-sitter node id, and the text they were read from. Valid only
 * while the tree that copy was made from is alive (ids are addresses).
 */
export interface LiteCache {
  source: string;
  byId: Map<number, LiteNode>;
}

/**
 * Where an incremental copy looks for reuse. tree-sitter keeps the subtree
 * (and so the node id) of compound statements and blocks an edit did not
 * touch, but re-creates simple statements around the external scanner's
 * NEWLINE tokens, so asking every node for its id (a WASM call each) would
 * cost more than it finds.
 */
const REUSABLE: ReadonlySet<string> = new Set([
  'function_definition', 'class_definition', 'decorated_definition', 'block', 'if_statement', 'for_statement',
  'while_statement', 'try_statement', 'with_statement', 'match_statement', 'elif_clause', 'else_clause', 'except_clause',
  'finally_clause',
]);

/** Inner nodes whose span is not their children's (a string's text around its escapes, a format spec's text, a match block that starts at its colon): read, not derived. Found by comparing with the Node API over CPython's whole Lib/. */
const OWN_TEXT: ReadonlySet<string> = new Set(['string_content', 'format_specifier', 'block', 'ERROR']);

/** tree-sitter's ERROR symbol (65535, `(TSSymbol)-1`), which `language.types` does not list. */
const ERROR_SYMBOL = 65535;

/**
 * Copies `tree` into LiteNodes; `source` must be the text the tree was parsed from.
 *
 * Calls into WASM are the cost, so each node asks only what cannot be
 * derived: its type id; its field id only under a type that has fields
 * (FIELD_PARENTS) or an ERROR; its start and end only when it is a leaf: a
 * tree-sitter node spans exactly its children, so an inner node takes its
 * first child's start and its last child's end on the way up.
 */
export function liteTree(tree: Tree, source: string): LiteNode {
  return liteTreeIncremental(tree, source, undefined).root;
}

/**
 * As liteTree, reusing the LiteNodes of `prev` for every subtree tree-sitter
 * reused from the previous tree (same node id, same type, same text); those
 * are moved, not read again. `prev`'s tree must still be alive: ids are
 * subtree addresses, and only a live tree keeps them from being recycled.
 * The returned cache is for the next edit; pass `null` for a first copy that
 * should produce one (ids cost a call per node, so plain copies skip them).
 */
export function liteTreeIncremental(tree: Tree, source: string, prev: LiteCache | null | undefined): { root: LiteNode; cache: LiteCache } {
  const keepIds = prev !== undefined;
  const language = tree.language;
  const types = language.types;
  const ctx = new TreeContext(source, types, language.fields);
  const kinds = new Map<number, number>(); // typeId → bit 1: named, bit 2: has fields
  const kindOf = (typeId: number): number => {
    let v = kinds.get(typeId);
    if (v === undefined) {
      const name = types[typeId] ?? 'ERROR';
      v = (typeId === ERROR_SYMBOL || language.nodeTypeIsNamed(typeId) ? 1 : 0) | (typeId === ERROR_SYMBOL || FIELD_PARENTS.has(name) ? 2 : 0);
      kinds.set(typeId, v);
    }
    return v;
  };
  const byId = new Map<number, LiteNode>();
  /** Moves a reused subtree into this tree: new text, shifted spans, registered for the next copy. */
  const adopt = (top: LiteNode, delta: number): void => moveSubtree(top, delta, ctx, (n) => { if (n.id) byId.set(n.id, n); });
  // Read before the walk: the walk's cursor keeps its state where rootNode would marshal.
  const rootStart = tree.rootNode.startIndex;
  const rootEnd = tree.rootNode.endIndex;
  const cursor = walkCursor(tree);
  try {
    /** The node under the cursor, read anew. */
    const fresh = (parent: LiteNode | null, typeId: number, fieldId: number, id: number): LiteNode => {
      const n = new LiteNode(ctx, typeId, types[typeId] ?? 'ERROR', (kindOf(typeId) & 1) === 1, fieldId, id);
      n.parent = parent;
      if (typeId === ERROR_SYMBOL) n.hasError = true;
      if (OWN_TEXT.has(n.type)) {
        n.startIndex = cursor.startIndex;
        n.endIndex = cursor.endIndex;
      }
      return n;
    };
    /** The node under the cursor: the previous copy's when tree-sitter kept its subtree, else read anew. */
    const make = (parent: LiteNode | null): LiteNode => {
      const typeId = cursor.nodeTypeId;
      const fieldId = parent && kindOf(parent.typeId) & 2 ? cursor.currentFieldId : 0;
      if (!keepIds || !parent || !REUSABLE.has(types[typeId])) return fresh(parent, typeId, fieldId, 0);
      // A node's id is the address of its slot in its parent's children array, which
      // a rebuilt parent moves; the children array of a reused subtree stays, so the
      // first child's id names the subtree.
      let id = 0;
      if (cursor.gotoFirstChild()) {
        id = cursor.nodeId;
        cursor.gotoParent();
      }
      const old = id ? prev?.byId.get(id) : undefined;
      old?.settle();
      if (old && old.typeId === typeId) {
        const start = cursor.startIndex;
        const end = cursor.endIndex;
        if (end - start === old.endIndex - old.startIndex && source.slice(start, end) === prev!.source.slice(old.startIndex, old.endIndex)) {
          old.parent = parent;
          old.fieldId = fieldId;
          old.reused = true;
          adopt(old, start - old.startIndex);
          return old;
        }
      }
      return fresh(parent, typeId, fieldId, id);
    };
    const leaf = (n: LiteNode): void => {
      n.startIndex = cursor.startIndex;
      n.endIndex = cursor.endIndex;
      if (n.startIndex === n.endIndex && cursor.nodeIsMissing) {
        n.isMissing = true;
        n.hasError = true;
      }
    };
    const root = make(null);
    // Iterative pre-order walk: deep nesting must not overflow the JS stack.
    const stack: LiteNode[] = [root];
    let node = root;
    for (;;) {
      if (node.reused) {
        node.reused = false;
      } else if (cursor.gotoFirstChild()) {
        const c = make(node);
        node.children = [c];
        stack.push(c);
        node = c;
        continue;
      } else {
        leaf(node);
      }
      // Climb until a sibling exists, closing each inner node's span and error flag.
      for (;;) {
        const done = stack.pop()!;
        if (done.children.length && done.id) byId.set(done.id, done);
        if (done.children.length && !OWN_TEXT.has(done.type)) {
          done.startIndex = done.children[0].startIndex;
          done.endIndex = done.children[done.children.length - 1].endIndex;
        }
        const parent = stack[stack.length - 1];
        if (!parent) {
          // The root alone spans the file's leading and trailing whitespace too.
          root.startIndex = rootStart;
          root.endIndex = rootEnd;
          return { root, cache: { source, byId } };
        }
        if (done.hasError) parent.hasError = true;
        if (cursor.gotoNextSibling()) {
          const s = make(parent);
          parent.children.push(s);
          stack.push(s);
          node = s;
          break;
        }
        cursor.gotoParent();
      }
    }
  } finally {
    cursor.delete();
  }
}
