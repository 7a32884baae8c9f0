// Lowering reused across edits of one document, one top-level statement at a time.
//
// Why: after an edit, every top-level statement whose text did not change
// lowers to the same IR, only moved by the lines the edit added or removed.
// Replaying a cached statement costs a walk of the objects that hold its
// lines (recorded while it was lowered, so the shift is one flat loop) and of
// its constant-table operations; lowering it again costs a walk of its syntax.
//
// What a top-level statement does to the module-wide lowering state, and so
// what an entry must replay: the code objects it creates (ids are handed out
// in order), the constant table (first position, holders, literal flag; per
// code object its co_consts, use counts, folded defaults and first constant:
// CPython merges constants across the whole file), the module scope's name
// references and child scopes (resolved again with the rest). Statements with
// problems (syntax errors, unsupported constructs) are never cached: the
// problem list is capped, so their replay would depend on what came before.
import type { CodeIR, ConstValue, NameScope, Pos, Stmt } from './irTypes';

/** One operation on the constant table, as lowering did it; `owner` null: the module's own code (new in every lowering). */
/**
 * Who made a constant: the tokenizer (true: a literal in the source), the AST optimizer
 * ('folded': `b"ab" + b"cd"`, a tuple of constants), or only the compiler (false). An `add`'s
 * `arena` counts the parser-arena references folds that gave back this very object added beyond
 * its origin's (`"ab" * 1`, `+7.25`, `(a, b)[0]`: lower.ts foldGivesOperand / foldSubscript).
 */
export type ConstOrigin = boolean | 'folded';

export type ConstOp =
  | { op: 'use' | 'drop' | 'fold' | 'first'; key: string; owner: CodeIR | null; comp?: CodeIR }
  | { op: 'add'; key: string; value: ConstValue; pos: Pos; literal: ConstOrigin; arena?: number; itemArena?: number[]; owner: CodeIR | null; comp?: CodeIR; compiled?: true };

/** An object of the IR that holds a line: a statement, an expression, a constant's first position, a code object, a handler. */
export interface Placed {
  line: number;
  endLine?: number;
}

/** A scope as lowering keeps it (lower.ts's ScopeInfo), seen from here only by what replay touches. */
export interface CachedScope {
  code: CodeIR;
  parent?: CachedScope;
  refs: { name: string; expr: { scope: NameScope; hidesClass?: boolean } }[];
  children: CachedScope[];
}

/** A code object's name sets that lowering starts and resolution completes. */
export interface NameSets {
  cellVars: string[];
  freeVars: string[];
  locals: string[];
  globalsUsed: string[];
}

/** A lowered top-level statement and its effects on the module-wide state. */
export interface CachedStatement {
  /** statementKey's key. */
  key: string;
  /** The lowering that last took it (LoweringCache's generation); false once dropped. */
  taken?: number;
  alive?: boolean;
  /** The line the statement started on when its IR was last stamped, and its column (never moved). */
  line: number;
  col: number;
  stmts: Stmt[];
  /** The first code id it used and how many (code ids are consecutive per statement). */
  firstCodeId: number;
  codeIds: number;
  /** The codes it appended to the module's list, in order. */
  pushedCodes: CodeIR[];
  ops: ConstOp[];
  /** Name references and child scopes it added to the module scope. */
  refs: CachedScope['refs'];
  children: CachedScope[];
  /** Per scope under `children` (scopesUnder's order), its code's name sets as lowering left them, before resolution. */
  names: NameSets[];
  /** Every object holding one of its lines, each once. */
  placed: Placed[];
}

export function nameSetsOf(c: CodeIR): NameSets {
  return { cellVars: [...c.cellVars], freeVars: [...c.freeVars], locals: [...c.locals], globalsUsed: [...c.globalsUsed] };
}

/**
 * The cache of one document. Every lowering takes each entry at most once
 * (identical statements get distinct IR); an entry no lowering took for a
 * while is dropped.
 *
 * Why persistent maps rather than a fresh map per lowering: on a typing
 * path of a few milliseconds, two maps of a thousand entries made anew per
 * edit live exactly one edit, long enough to be promoted to V8's old
 * generation, whose collections then show as the slow edits.
 */
/**
 * The entry a node was last lowered to, kept on the node itself (LiteNode declares both
 * fields): a node the splice or the incremental copy kept is the same statement, at most
 * moved by whole lines, so it is found without reading its text. On the node rather than in
 * a WeakMap: a thousand ephemeron entries cost each collection, and each lookup a hash.
 * A node lowered by the document's other cache (the shaped one, while a syntax error
 * lasts) names that cache, and is then found by its key.
 */
export interface Slotted {
  slotCache?: object;
  slotEntry?: object;
}

export class LoweringCache {
  /** Entries by key; an entry stays listed while it is kept. */
  private readonly byKey = new Map<string, CachedStatement[]>();
  /** The lowering in progress; an entry taken by it carries its number. */
  private generation = 0;
  /** Entries not taken for this many lowerings are dropped (a statement deleted, then typed again, is found meanwhile). */
  private static readonly KEEP = 8;
  /**
   * Top-level statements whose `record` the last lowering's module block cleared (another
   * statement follows on their line): put back before the next lowering, which replays
   * them without touching their IR and clears again what still shares a line.
   */
  readonly recordsCleared: Stmt[] = [];
  /** Statements reused and lowered by the last lowering (for the benchmark and tests). */
  reused = 0;
  lowered = 0;

  /** What every statement's lowering depends on beyond its own text (`from __future__ import annotations`). */
  private flavour = '';

  /**
   * `shaped`: keys also hold the shape of the statement's subtree (statementShape). A file
   * with a syntax error needs it: error recovery can parse one unchanged text into another
   * tree next to the error, and that tree's IR is not the one kept for the text.
   */
  constructor(readonly shaped = false) {}

  /** Starts a lowering; a new flavour makes every kept entry stale. */
  begin(flavour = ''): void {
    if (flavour !== this.flavour) {
      this.flavour = flavour;
      for (const list of this.byKey.values()) for (const e of list) e.alive = false;
      this.byKey.clear(); // (nodes' slots now name dead entries, which take passes over)
    }
    for (const st of this.recordsCleared) st.record = true;
    this.recordsCleared.length = 0;
    this.generation++;
    this.reused = 0;
    this.lowered = 0;
    if (this.generation % LoweringCache.KEEP === 0) this.sweep();
  }

  /** The entry of `node` (when still at `column`), or of a statement with the same key (type, column, text). */
  take(node: object, column: number, key: (node: never, column: number) => string): CachedStatement | undefined {
    const slot = node as Slotted;
    const mine = slot.slotCache === this ? (slot.slotEntry as CachedStatement) : undefined;
    if (mine && mine.col === column && mine.taken !== this.generation && mine.alive) return this.mark(mine);
    const list = this.byKey.get(key(node as never, column));
    if (list) for (const e of list) if (e.taken !== this.generation && e.alive) return this.mark(e);
    return undefined;
  }

  /** `e` (taken or new) now belongs to `node`. */
  put(node: object, e: CachedStatement): void {
    const slot = node as Slotted;
    if (slot.slotCache !== this || slot.slotEntry !== e) {
      slot.slotCache = this;
      slot.slotEntry = e;
    }
    if (e.taken === undefined) {
      e.taken = this.generation;
      e.alive = true;
      const list = this.byKey.get(e.key);
      if (list) list.push(e);
      else this.byKey.set(e.key, [e]);
    }
  }

  private mark(e: CachedStatement): CachedStatement {
    e.taken = this.generation;
    this.reused++;
    return e;
  }

  /** Drops entries no recent lowering took. */
  private sweep(): void {
    const oldest = this.generation - LoweringCache.KEEP;
    for (const [k, list] of this.byKey) {
      const kept = list.filter((e) => (e.taken ?? 0) > oldest);
      for (const e of list) if ((e.taken ?? 0) <= oldest) e.alive = false;
      if (!kept.length) this.byKey.delete(k);
      else if (kept.length !== list.length) this.byKey.set(k, kept);
    }
  }
}

/** The cache key of a top-level statement: its type, start column (statements after `;` do not start at 0) and exact text. */
export function statementKey(type: string, column: number, text: string): string {
  return `${type}\u0000${column}\u0000${text}`;
}

/** Structural view of a subtree for statementShape: what the lite tree and tree-sitter's nodes both offer. */
interface ShapeNode {
  readonly typeId: number;
  readonly children: ArrayLike<ShapeNode | null>;
}

/**
 * Two 32-bit hashes of a subtree's node types and child counts in preorder: with the exact
 * text already in the key, a different tree of that text gives another shape. Iterative
 * (deep nesting); two independent multipliers make an accidental match of both negligible.
 */
export function statementShape(top: ShapeNode): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const todo: ShapeNode[] = [top];
  while (todo.length) {
    const n = todo.pop()!;
    const kids = n.children;
    const v = n.typeId * 4099 + kids.length;
    h1 = Math.imul(h1 ^ v, 0x01000193);
    h2 = Math.imul(h2 + v, 0x5bd1e995) ^ (h2 >>> 15);
    for (let i = kids.length - 1; i >= 0; i--) {
      const c = kids[i];
      if (c) todo.push(c);
    }
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}`;
}

/** Moves a cached statement to start on `line`. */
export function moveTo(e: CachedStatement, line: number): void {
  const d = line - e.line;
  if (d === 0) return;
  for (const o of e.placed) {
    o.line += d;
    if (o.endLine !== undefined) o.endLine += d;
  }
  e.line = line;
}

/** Every scope under `roots`, outermost first (lowering's order). */
export function scopesUnder(roots: CachedScope[]): CachedScope[] {
  const out: CachedScope[] = [];
  const walk = (s: CachedScope): void => { out.push(s); s.children.forEach(walk); };
  roots.forEach(walk);
  return out;
}
