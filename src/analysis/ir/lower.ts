// Lowers tree-sitter's concrete syntax tree into the IR (irTypes.ts): one pass
// that builds statements and expressions, folds constants as CPython's AST
// optimizer does, and records per code object its co_consts and the names it
// binds and uses; then a second pass resolves every name to local / cell /
// free / global as CPython's symtable does. ERROR and MISSING nodes and
// constructs the interpreter does not model become `unknown` nodes plus a
// problem entry: lowering never throws on user code.
import type { Tree } from '../parse/treeSitter';
import { LiteNode, LiteNode as SyntaxNode, liteTree } from '../parse/liteTree';
import { constKey, constTruth, decodeEscapes, unifyNewlines, foldBinary, foldGivesOperand, foldSubscript, foldUnary, parseIntLiteral } from './constants';
import { CachedScope, CachedStatement, ConstOp, ConstOrigin, LoweringCache, moveTo, nameSetsOf, Placed, scopesUnder, statementKey, statementShape } from './loweringCache';
import { lowerMatch, PatternHost } from './lowerPatterns';
import { plainConstBody, plainConstExpr } from './plainConsts';
import { staticAttributes } from './staticAttributes';
import {
  Arg, ClassIR, CodeIR, Comprehension, ConstValue, DictItem, Expr, ExprBody, FPiece, FunctionIR, Handler, ModuleIR,
  NameScope, Param, Pos, Stmt, StmtBody,
} from './irTypes';

/** Deeper syntax than this is lowered as unknown instead of recursing on (a stack-safety bound). */
export const MAX_NESTING = 200;

interface ScopeInfo {
  code: CodeIR;
  kind: 'module' | 'function' | 'class' | 'comp';
  /** A generator expression's function: a comprehension for `:=` (PEP 572), though it runs in its own frame. */
  genexp?: boolean;
  parent?: ScopeInfo;
  assigned: Set<string>;
  globalDecl: Set<string>;
  nonlocalDecl: Set<string>;
  /** Name loads/stores to patch once scopes are resolved. */
  refs: { name: string; expr: { scope: NameScope; hidesClass?: boolean } }[];
  children: ScopeInfo[];
}

/**
 * Lowers a tree: either tree-sitter's own or its lite copy (liteTree.ts), which is what the engine passes.
 * With `cache` (one per document), top-level statements whose text an edit did not change are reused.
 */
export function lowerModule(tree: Tree | LiteNode, source: string, cache?: LoweringCache, firstCodeId = 0): ModuleIR {
  return new Lowering(cache, firstCodeId).module(tree instanceof LiteNode ? tree : liteTree(tree, source));
}

/** A top-level statement's cache key (read only when its node is not found in the cache). */
function keyOfNode(n: SyntaxNode, column: number): string {
  return statementKey(n.type, column, n.text);
}

/** The key in a shaped cache (a file with a syntax error): the text's key and its tree's shape. */
function shapedKeyOfNode(n: SyntaxNode, column: number): string {
  return `${keyOfNode(n, column)}\u0000${statementShape(n)}`;
}

/** While a top-level statement is lowered for the cache: every object that receives a line (at, pos, code objects). */
let placed: Placed[] | null = null;

/** The expression every cached module-level name reference stands for (see topLevel). */
const MODULE_REF: { scope: NameScope; hidesClass?: boolean } = { scope: 'global' };

class Lowering implements PatternHost {
  private nextCodeId = 0;
  private depth = 0;
  private scope!: ScopeInfo;
  private readonly constants: ModuleIR['constants'] = new Map();
  private readonly problems: ModuleIR['problems'] = [];
  private readonly codes: CodeIR[] = [];
  /** Set while a top-level statement is lowered for the cache: its constant-table operations. */
  private log: ConstOp[] | undefined;
  /** `from __future__ import annotations`: annotations are strings, never evaluated. */
  private lazyAnnotations = false;
  /**
   * Inside a generic def or class (PEP 695 `def f[T]`): annotations are evaluated in an
   * annotation scope that binds T, which is not modelled, so they are not evaluated here.
   */
  private typeParamDepth = 0;

  /** firstCodeId: where code ids start (text run by exec() is lowered apart: its ids must not meet the file's). */
  constructor(private readonly cache?: LoweringCache, firstCodeId = 0) {
    this.nextCodeId = firstCodeId;
  }

  module(root: SyntaxNode): ModuleIR {
    const mod: ModuleIR = {
      ...this.newCode('<module>', '<module>', 1),
      body: [],
      constants: this.constants,
      problems: this.problems,
      codes: this.codes,
    };
    this.codes.push(mod);
    this.scope = this.newScope(mod, 'module');
    this.lazyAnnotations = root.namedChildren.some((c) => c?.type === 'future_import_statement' && /\bannotations\b/.test(c.text));
    if (this.cache) {
      this.cache.begin(this.lazyAnnotations ? 'lazy-annotations' : '');
      mod.body = this.block(root, (c) => this.topLevel(c), this.cache.recordsCleared);
    } else mod.body = this.block(root);
    mod.doc = docstringOf(mod.body);
    this.resolve(this.scope);
    // co_freevars is sorted by name: the closure tuple's order (f.__closure__[i]).
    for (const code of this.codes) if (code.freeVars.size > 1) code.freeVars = new Set([...code.freeVars].sort());
    for (const code of this.codes) code.foldedAway = undefined; // (a reused code object's is from its last lowering)
    for (const [code, counts] of this.foldCounts) {
      const uses = this.constUses.get(code);
      const away = [...counts].filter(([key, k]) => (uses?.get(key) ?? 0) <= k && code.firstConst !== key).map(([key]) => key);
      if (away.length) code.foldedAway = away;
    }
    this.noteCodeSlack();
    this.noteNameTupleSlack();
    return mod;
  }

  /**
   * An attribute name the current scope's code puts in its co_names (LOAD_ATTR / STORE_ATTR / DELETE_ATTR).
   * Only a function's or comprehension's: the module's code object is made anew by every lowering
   * while a cached statement's replay does not revisit its expressions (and neither the module's
   * nor a class body's co_names is compared: noteNameTupleSlack).
   */
  private noteAttrName(name: string): void {
    if (this.scope.kind === 'function' || this.scope.kind === 'comp') (this.scope.code.attrNames ??= new Set()).add(name);
  }

  /**
   * A code object's name tuples go through the compiler's constant cache too (makecode /
   * _PyAssemble_MakeCodeObject: co_names and localsplusnames are merged like constants, 3.11-3.13),
   * and 3.13's class body loads `__static_attributes__` as a constant tuple the class keeps. So a
   * constant tuple of strs equal to one of them is that one object, held once more by the code
   * object (twice by the class: its body's co_consts and its dict). Measured (3.11-3.13):
   * `fields = ("mx", "my")` with `def __init__(self, mx, my): self.mx = mx; self.my = my` (co_names
   * ('mx', 'my')) counts one more, two on 3.13. Which of them was registered first (and so whether
   * the literal keeps the parser's reference) is taken from the lines where the code objects are
   * finished; co_names' order (the bytecode's) is not followed: an equal set may or may not be the
   * same tuple, which opens the count (Interpreter.makeConstants).
   * co_names is taken as the function's global names and its own attribute names (imports inside
   * a function and names a 3.12+ inlined comprehension adds are not).
   */
  private noteNameTupleSlack(): void {
    const ident = /^[A-Za-z_][A-Za-z0-9_]*$/;
    const wanted = new Map<string, string[]>();
    for (const [key, c] of this.constants) {
      if (c.value.t !== 'tuple' || !c.value.v.length) continue;
      const items = c.value.v.map((x) => (x.t === 'str' && typeof x.v === 'string' && ident.test(x.v) ? x.v : undefined));
      if (items.every((x): x is string => x !== undefined) && new Set(items).size === items.length) wanted.set(key, items);
    }
    if (!wanted.size) return;
    const sameSet = (a: ReadonlySet<string>, b: readonly string[]): boolean => a.size === b.length && b.every((x) => a.has(x));
    // (a union's size lies between its largest part's and the parts' sum: most codes are passed over
    // without building a set, this runs on every edit)
    const sizes = new Set([...wanted.values()].map((v) => v.length));
    const mayBe = (parts: number[]): boolean => {
      const hi = parts.reduce((a, b) => a + b, 0);
      const lo = Math.max(0, ...parts);
      for (const n of sizes) if (n >= lo && n <= hi) return true;
      return false;
    };
    // (each with the line its code object is finished on; no line known: taken as after every constant)
    const sets: { names: ReadonlySet<string>; end: number }[] = [];
    const statics: { names: string[]; end: number }[] = [];
    for (const code of this.codes) {
      const end = code.endLine ?? Infinity;
      if ('params' in code) {
        const f = code as FunctionIR;
        if (mayBe([code.globalsUsed.size, code.attrNames?.size ?? 0])) sets.push({ names: new Set([...code.globalsUsed, ...(code.attrNames ?? [])]), end });
        if (mayBe([f.params.length, code.locals.size, code.cellVars.size, code.freeVars.size])) {
          sets.push({ names: new Set([...f.params.map((p) => p.name), ...code.locals, ...code.cellVars, ...code.freeVars]), end });
        }
      } else if ('bases' in code) {
        const names = staticAttributes(code as ClassIR);
        if (names?.length) statics.push({ names, end });
      }
    }
    for (const [key, items] of wanted) {
      const c = this.constants.get(key)!;
      // (finished on a line before the constant's first occurrence: its tuple met the cache first)
      const before = (end: number): boolean => end < c.pos.line;
      const names = sets.filter((s) => sameSet(s.names, items));
      const same = statics.filter((s) => s.names.length === items.length && s.names.every((x, i) => x === items[i]));
      if (!names.length && !same.length) continue;
      const nb = names.filter((s) => before(s.end)).length;
      const sb = same.filter((s) => before(s.end)).length;
      c.nameTuples = { namesBefore: nb, namesAfter: names.length - nb, staticBefore: sb, staticAfter: same.length - sb };
    }
  }

  place<T extends object>(o: T): T {
    placed?.push(o as unknown as Placed);
    return o;
  }

  /** A top-level statement through the document's cache: replayed when its text is unchanged, else lowered and stored. */
  private topLevel(n: SyntaxNode): Stmt[] | undefined {
    const cache = this.cache!;
    if (n.hasError) return this.stmt(n);
    const start = n.startPosition;
    const line = start.row + 1;
    const keyOf = cache.shaped ? shapedKeyOfNode : keyOfNode;
    const hit = cache.take(n, start.column, keyOf);
    if (hit) {
      this.replay(hit, line);
      cache.put(n, hit);
      return hit.stmts;
    }
    const key = keyOf(n, start.column);
    const scope = this.scope;
    const before = { codeId: this.nextCodeId, codes: this.codes.length, problems: this.problems.length, refs: scope.refs.length, children: scope.children.length };
    const ops: ConstOp[] = (this.log = []);
    const where: Placed[] = (placed = []);
    let stmts: Stmt[] | undefined;
    try {
      stmts = this.stmt(n);
    } finally {
      this.log = undefined;
      placed = null;
    }
    cache.lowered++;
    if (stmts && this.problems.length === before.problems) {
      const children = scope.children.slice(before.children) as CachedScope[];
      cache.put(n, {
        key, line, col: start.column, stmts, ops, firstCodeId: before.codeId, codeIds: this.nextCodeId - before.codeId,
        // Module-level references always resolve to 'global' and stay so: the entry keeps light copies
        // for the next resolutions (which only add the names to the module's globalsUsed), so a replay
        // does not touch the IR's own expressions.
        pushedCodes: this.codes.slice(before.codes), refs: scope.refs.slice(before.refs).map((r) => ({ name: r.name, expr: MODULE_REF })), children,
        names: scopesUnder(children).map((c) => nameSetsOf(c.code)), placed: [...new Set(where)],
      });
    }
    return stmts;
  }

  /**
   * Puts a cached statement into this lowering as if it had just been lowered
   * at `line`: same code ids, same constant table, same scopes to resolve.
   */
  private replay(e: CachedStatement, line: number): void {
    moveTo(e, line);
    if (e.children.length) {
      const scopes = scopesUnder(e.children);
      const base = this.nextCodeId;
      for (let i = 0; i < scopes.length; i++) {
        const s = scopes[i];
        const c = s.code;
        c.id = c.id - e.firstCodeId + base;
        // Back to what lowering left: the constant replay and resolution fill them again, in a fresh lowering's order.
        const names = e.names[i];
        c.consts.clear();
        c.cellVars = new Set(names.cellVars);
        c.freeVars = new Set(names.freeVars);
        c.locals = new Set(names.locals);
        c.globalsUsed = new Set(names.globalsUsed);
        for (const r of s.refs) r.expr.scope = 'global';
      }
      e.firstCodeId = base;
      for (const c of e.children) {
        c.parent = this.scope as CachedScope;
        this.scope.children.push(c as unknown as ScopeInfo);
      }
    }
    this.nextCodeId += e.codeIds;
    for (const c of e.pushedCodes) this.codes.push(c);
    for (const op of e.ops) this.constOp(op);
    const refs = this.scope.refs;
    for (const r of e.refs) refs.push(r);
    // (records the module block's pass cleared last time were put back by LoweringCache.begin)
  }

  // ---- code objects and scopes ----

  private newCode(name: string, qualname: string, line: number): CodeIR {
    const code: CodeIR = {
      id: this.nextCodeId++, name, qualname, line, consts: new Set(), cellVars: new Set(), freeVars: new Set(),
      locals: new Set(), globalsUsed: new Set(),
    };
    return code;
  }

  private newScope(code: CodeIR, kind: ScopeInfo['kind']): ScopeInfo {
    placed?.push(code); // (here, not in newCode: callers spread newCode's object into their own)
    const s: ScopeInfo = { code, kind, parent: this.scope, assigned: new Set(), globalDecl: new Set(), nonlocalDecl: new Set(), refs: [], children: [] };
    this.scope?.children.push(s);
    // (the new code object is a constant of the code it is made in: ≤3.11 a comprehension's own,
    // 3.12+ the code that inlines the comprehension)
    // (not noted on the module's code, which a cached statement's replay does not revisit: never compared)
    if (this.scope && this.scope.kind !== 'module') {
      this.scope.code.hasNestedCode = true;
      let o: ScopeInfo = this.scope;
      while (o.kind === 'comp' && o.parent) o = o.parent;
      if (kind !== 'comp' && o.kind !== 'module') o.code.hasInlinedNestedCode = true;
    }
    return s;
  }

  private qualname(name: string): string {
    let s: ScopeInfo | undefined = this.scope;
    while (s && s.kind === 'comp') s = s.parent;
    if (!s || s.kind === 'module') return name;
    return s.kind === 'function' ? `${s.code.qualname}.<locals>.${name}` : `${s.code.qualname}.${name}`;
  }

  /** The code object whose co_consts receive this scope's constants (comprehensions are inlined, PEP 709). */
  private constOwner(): CodeIR {
    let s: ScopeInfo = this.scope;
    while (s.kind === 'comp' && s.parent) s = s.parent;
    return s.code;
  }

  addConst(value: ConstValue, n: SyntaxNode, literal: ConstOrigin = true, compiled = false, arena = 0, itemArena?: number[]): Expr {
    const key = constKey(value);
    this.constOp({ op: 'add', key, value, pos: pos(n), literal, ...(arena ? { arena } : {}), ...(itemArena ? { itemArena } : {}), owner: this.constOwnerRef(), comp: this.compCode(), ...(compiled ? { compiled: true as const } : {}) });
    return at(n, { k: 'const', value, key, origin: literal, ...(arena ? { arena } : {}) });
  }

  /** The comprehension whose code object holds this scope's constants where comprehensions are not inlined (≤3.11). */
  private compCode(): CodeIR | undefined {
    return this.scope.kind === 'comp' ? this.scope.code : undefined;
  }

  /** The owner as a constant-table operation names it: the module as null, so a cached statement replays into the next lowering's module. */
  private constOwnerRef(): CodeIR | null {
    const c = this.constOwner();
    return c === this.codes[0] ? null : c;
  }

  /** `firstConst ??= key` on the constant owner, as an operation a cached statement replays. */
  private firstConst(key: string): void {
    this.constOp({ op: 'first', key, owner: this.constOwnerRef() });
  }

  /**
   * Every change of the constant table goes through here, so that a cached
   * top-level statement can replay its changes in order (loweringCache.ts).
   */
  private constOp(o: ConstOp): void {
    this.log?.push(o);
    const key = o.key;
    const owner = o.owner ?? this.codes[0];
    if (o.op === 'use' || o.op === 'drop') this.ownCodeOp(o, o.comp ?? owner);
    switch (o.op) {
      case 'first':
        owner.firstConst ??= key;
        return;
      case 'fold': {
        let counts = this.foldCounts.get(owner);
        if (!counts) this.foldCounts.set(owner, (counts = new Map()));
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return;
      }
      case 'add': {
        const entry = this.constants.get(key);
        if (!entry) this.constants.set(key, { value: o.value, pos: o.pos, holders: 0, literal: o.literal, ...(o.arena ? { arena: o.arena } : {}), ...(o.itemArena ? { itemArena: o.itemArena } : {}), ...(o.compiled ? { compiledFirst: true } : {}) });
        // The compiler's constant cache (merge_consts_recursive over the whole module) keeps the object
        // registered first: a tuple the compiler built while compiling (a dict display's key tuple, call
        // keyword names, a list / set display's items) stays the one every later equal literal loads, and
        // the parser's arena object of that literal is then no one's constant (measured 3.11-3.13:
        // `d = {"a": 1, "b": 2}; t = ("a", "b")` gives t co_consts + t only). Tuples the flow-graph pass
        // folds come at assembly, after the code object's own literals, so those literals stay first.
        // (a fold that gave back its input's object, the entry that input made inside the folded node:
        // the same object, first, with the fold's arena references; after an equal constant made
        // elsewhere, the fold's object is only one more separate literal)
        else if (o.arena && within(entry.pos, o.pos)) {
          entry.arena = Math.max(entry.arena ?? 0, o.arena);
          entry.literal = o.literal;
        } else if (!entry.compiledFirst && (o.literal === true || (o.literal && !entry.literal))) entry.literal = o.literal;
        owner.firstConst ??= key;
        if (!owner.consts.has(key)) {
          owner.consts.add(key);
          this.constants.get(key)!.holders++;
        }
        this.ownCodeOp(o, o.comp ?? owner);
        return;
      }
    }
    let uses = this.constUses.get(owner);
    if (!uses) this.constUses.set(owner, (uses = new Map<string, number>()));
    if (o.op === 'use') {
      uses.set(key, (uses.get(key) ?? 0) + 1);
      return;
    }
    // drop: only if this occurrence was the one that added it to this code object;
    // other uses of the same value in the same code object keep it.
    const left = (uses.get(key) ?? 1) - 1;
    uses.set(key, left);
    if (left <= 0 && owner.consts.has(key)) {
      owner.consts.delete(key);
      const c = this.constants.get(key)!;
      c.holders--;
      if (c.holders <= 0) this.constants.delete(key);
    }
  }

  /** Per code object with comprehensions as code objects of their own: the constants it holds, and how often each was used. */
  private readonly ownCodeConsts = new Map<CodeIR, Set<string>>();
  private readonly ownCodeUses = new Map<CodeIR, Map<string, number>>();
  private readonly compCodes = new Set<CodeIR>();

  /**
   * makecode merges each co_consts tuple into the file's constant cache (merge_const_one): two
   * functions, lambdas, generator expressions or (≤3.11) comprehensions using the same constants,
   * with no code object among them, may share one tuple, so each such group counts as one holder
   * or as many. The constants lowering registers fix which tuples can be equal (different sets:
   * different tuples), not whether they are (co_consts[0], the order, names tuples it does not
   * register): the difference is slack, an interval, not a guess. Both views: comprehensions as
   * code objects of their own (`ownCodeSlack`) and inlined (`codeSlack`, without the constants
   * 3.12+'s flow-graph pass leaves unused: foldedAway).
   */
  private noteCodeSlack(): void {
    const note = (codes: Iterable<CodeIR>, keysOf: (c: CodeIR) => Iterable<string> | undefined, nested: (c: CodeIR) => boolean, field: 'ownCodeSlack' | 'codeSlack'): void => {
      const groups = new Map<string, number>();
      // (of those, the defs whose co_consts is surely (None, that one constant): plainConsts.ts)
      const sure = new Map<string, number>();
      for (const c of codes) {
        const keys = keysOf(c);
        if (!keys || nested(c)) continue;
        // A def or lambda without a docstring has None as co_consts[0], a generator expression
        // returns None: None is in the tuple whether or not lowering registered a use of it
        // (measured 3.11-3.13: `def f(x): return 2.5` and `def g(x): return None if x else 2.5`
        // are both (None, 2.5), one tuple).
        const all = [...keys];
        const list = all.filter((key) => key !== 'none');
        const withNone = !c.doc && !this.compCodes.has(c);
        const k = [...list, ...(withNone || list.length < all.length ? ['none'] : [])].sort().join('\u0000');
        if (k) groups.set(k, (groups.get(k) ?? 0) + 1);
        if (list.length === 1 && withNone && (c as FunctionIR).plainConsts) sure.set(k, (sure.get(k) ?? 0) + 1);
      }
      for (const [k, n] of groups) {
        if (n < 2) continue;
        // Equal co_consts tuples are one tuple (measured 3.11-3.13: `def a(): return "x y"` and
        // `def b(): return "x y"` leave the string one code holder): m sure ones are one holder,
        // the others may or may not be that tuple.
        const m = sure.get(k) ?? 0;
        const merged = m >= 2 ? m - 1 : 0;
        for (const key of k.split('\u0000')) {
          const entry = this.constants.get(key);
          if (!entry) continue;
          if (n - 1 - merged) entry[field] = (entry[field] ?? 0) + n - 1 - merged;
          if (merged) entry[field === 'codeSlack' ? 'codeMerged' : 'ownCodeMerged'] = merged;
        }
      }
    };
    // (not the module's, which holds a code object whenever there are others; not a class body's, whose qualname is its own)
    const fns = this.codes.filter((c) => c !== this.codes[0] && 'params' in c);
    note([...fns, ...this.compCodes], (c) => this.ownCodeConsts.get(c), (c) => !!c.hasNestedCode, 'ownCodeSlack');
    note(fns, (c) => [...c.consts].filter((k) => !c.foldedAway?.includes(k)), (c) => !!c.hasInlinedNestedCode, 'codeSlack');
  }

  /**
   * constOp's add / use / drop counted again with each comprehension as its own code object
   * (`ownCodeHolders`): before 3.12 a list comprehension's constants are in its own code's
   * co_consts, one more holder when the enclosing code uses the same value too.
   */
  private ownCodeOp(o: ConstOp, code: CodeIR): void {
    const key = o.key;
    let consts = this.ownCodeConsts.get(code);
    if (!consts) this.ownCodeConsts.set(code, (consts = new Set()));
    let uses = this.ownCodeUses.get(code);
    if (!uses) this.ownCodeUses.set(code, (uses = new Map()));
    if (o.comp) this.compCodes.add(code);
    if (o.op === 'use') { uses.set(key, (uses.get(key) ?? 0) + 1); return; }
    if (o.op === 'add') {
      if (consts.has(key)) return;
      consts.add(key);
      const entry = this.constants.get(key);
      if (entry) entry.ownCodeHolders = (entry.ownCodeHolders ?? 0) + 1;
      return;
    }
    const left = (uses.get(key) ?? 1) - 1;
    uses.set(key, left);
    if (left <= 0 && consts.has(key)) {
      consts.delete(key);
      const entry = this.constants.get(key);
      if (entry) entry.ownCodeHolders = (entry.ownCodeHolders ?? 1) - 1;
    }
  }

  private problem(n: SyntaxNode, code: string, message: string): void {
    if (this.problems.length >= 200) return;
    this.problems.push({ line: n.startPosition.row + 1, col: n.startPosition.column, endLine: n.endPosition.row + 1, endCol: n.endPosition.column, code, message });
  }

  // ---- statements ----

  /** `cleared`: where to note the records this block's own pass clears (the module's, for the lowering cache to put back). */
  block(n: SyntaxNode | null, lowerOne: (c: SyntaxNode) => Stmt[] | undefined = (c) => this.stmt(c), cleared?: Stmt[]): Stmt[] {
    if (!n) return [];
    const out: Stmt[] = [];
    for (const c of n.namedChildren) {
      if (!c || c.type === 'comment') continue;
      const s = lowerOne(c);
      if (s) out.push(...s);
    }
    // Several simple statements on one line: only the last one is recorded.
    for (let i = 0; i + 1 < out.length; i++) {
      if (out[i + 1].line === out[i].endLine && isSimple(out[i]) && isSimple(out[i + 1]) && out[i].record) {
        out[i].record = false;
        cleared?.push(out[i]);
      }
    }
    return out;
  }

  mk(n: SyntaxNode, body: StmtBody): Stmt {
    const s = at(n, body) as Stmt;
    s.record = true;
    return s;
  }

  private stmt(n: SyntaxNode): Stmt[] | undefined {
    if (this.depth > MAX_NESTING) return [this.mk(n, { k: 'unknown', text: 'nesting too deep', reason: 'too-deep' })];
    this.depth++;
    try {
      return this.stmtInner(n);
    } finally {
      this.depth--;
    }
  }

  private stmtInner(n: SyntaxNode): Stmt[] | undefined {
    if (n.type === 'ERROR' || n.isMissing) {
      this.problem(n, 'syntax-error', 'Syntax error: this part is skipped and what it would change is unknown.');
      return [this.mk(n, { k: 'unknown', text: n.text.slice(0, 80), reason: 'syntax-error' })];
    }
    if (n.hasError && !isCompound(n.type)) {
      this.problem(n, 'syntax-error', 'Syntax error in this statement: it is skipped.');
      return [this.mk(n, { k: 'unknown', text: n.text.slice(0, 80), reason: 'syntax-error' })];
    }
    switch (n.type) {
      case 'expression_statement': return [this.exprStatement(n)];
      case 'pass_statement': return [this.mk(n, { k: 'pass' })];
      case 'break_statement': return [this.mk(n, { k: 'break' })];
      case 'continue_statement': return [this.mk(n, { k: 'continue' })];
      case 'return_statement': {
        const v = n.namedChildren[0];
        return [this.mk(n, { k: 'return', value: v ? this.exprList(v) : undefined })];
      }
      case 'delete_statement': {
        const t = n.namedChildren[0];
        const targets = t ? (t.type === 'expression_list' ? t.namedChildren.map((c) => this.target(c!)) : [this.target(t)]) : [];
        return [this.mk(n, { k: 'del', targets })];
      }
      case 'if_statement': return [this.ifStatement(n)];
      case 'while_statement': return [this.mk(n, {
        k: 'while', test: this.expr(n.childForFieldName('condition')), body: this.block(n.childForFieldName('body')),
        orelse: this.block(n.childForFieldName('alternative')?.childForFieldName('body') ?? null),
      })];
      case 'for_statement': {
        const isAsync = n.children.some((c) => c?.type === 'async');
        return [this.mk(n, {
          k: 'for', target: this.target(n.childForFieldName('left')!), iter: this.iterOf(n.childForFieldName('right')!),
          body: this.block(n.childForFieldName('body')),
          orelse: this.block(n.childForFieldName('alternative')?.childForFieldName('body') ?? null),
          ...(isAsync ? { isAsync } : {}),
        })];
      }
      case 'try_statement': return [this.tryStatement(n)];
      case 'with_statement': return [this.withStatement(n)];
      case 'match_statement': return [lowerMatch(this, n)];
      case 'function_definition': return [this.functionDef(n, [])];
      case 'class_definition': return [this.classDef(n, [])];
      case 'decorated_definition': {
        const decorators = n.namedChildren.filter((c) => c?.type === 'decorator').map((d) => this.expr(d!.namedChildren[0]));
        const def = n.childForFieldName('definition');
        if (!def) return [this.unsupported(n, 'decorator')];
        const s = def.type === 'class_definition' ? this.classDef(def, decorators) : this.functionDef(def, decorators);
        s.line = n.startPosition.row + 1;
        return [s];
      }
      case 'import_statement': {
        this.firstConst('other'); // IMPORT_NAME's level 0
        const names = n.namedChildren.filter((c) => c && (c.type === 'dotted_name' || c.type === 'aliased_import')).map((c) => {
          if (c!.type === 'aliased_import') {
            const alias = c!.childForFieldName('alias')!.text;
            this.bind(alias);
            return { module: c!.childForFieldName('name')!.text, asname: alias };
          }
          this.bind(c!.text.split('.')[0]);
          return { module: c!.text };
        });
        return [this.mk(n, { k: 'import', names })];
      }
      case 'import_from_statement': {
        this.firstConst('other');
        const module = n.childForFieldName('module_name')?.text ?? '';
        const names: { name: string; asname?: string }[] = [];
        for (const c of n.childrenForFieldName('name')) {
          if (!c) continue;
          if (c.type === 'aliased_import') {
            const asname = c.childForFieldName('alias')!.text;
            this.bind(asname);
            names.push({ name: c.childForFieldName('name')!.text, asname });
          } else {
            this.bind(c.text);
            names.push({ name: c.text });
          }
        }
        if (n.namedChildren.some((c) => c?.type === 'wildcard_import')) return [this.unsupported(n, 'import *')];
        return [this.mk(n, { k: 'importfrom', module, names })];
      }
      case 'future_import_statement': return [this.mk(n, { k: 'pass' })];
      case 'global_statement':
      case 'nonlocal_statement': {
        const names = n.namedChildren.filter((c) => c?.type === 'identifier').map((c) => c!.text);
        for (const name of names) (n.type === 'global_statement' ? this.scope.globalDecl : this.scope.nonlocalDecl).add(name);
        return [this.mk(n, { k: n.type === 'global_statement' ? 'global' : 'nonlocal', names })];
      }
      case 'raise_statement': {
        const exc = n.namedChildren[0];
        const cause = n.childForFieldName('cause');
        return [this.mk(n, { k: 'raise', exc: exc && exc !== cause ? this.exprList(exc) : undefined, cause: cause ? this.expr(cause) : undefined })];
      }
      case 'assert_statement': {
        const [test, msg] = n.namedChildren;
        return [this.mk(n, { k: 'assert', test: this.expr(test), msg: msg ? this.expr(msg) : undefined })];
      }
      case 'comment': return undefined;
      case 'type_alias_statement': return [this.typeAliasStatement(n)];
      default:
        return [this.unsupported(n, n.type.replace(/_statement$/, '').replace(/_/g, ' '))];
    }
  }

  /**
   * `type X = ...` (PEP 695) binds a lazily evaluated alias the model does not follow
   * (a no-op here). But tree-sitter-python also reads `type(obj).attr = v` and
   * `type(obj).table[k] = v` as an alias: `type` then the "name" `(obj).attr`.
   * Python's grammar wants a NAME after the soft keyword, so a left side that is not
   * one (nor NAME[params]) is that assignment, the parenthesized part being the call's
   * argument, and it is lowered as one.
   */
  private typeAliasStatement(n: SyntaxNode): Stmt {
    const left = n.childForFieldName('left')?.namedChildren[0];
    const right = n.childForFieldName('right')?.namedChildren[0];
    if (!left || !right || left.type === 'identifier' || left.type === 'generic_type') return this.mk(n, { k: 'pass' });
    const target = this.typeCallTarget(left);
    if (!target) return this.unsupported(n, 'assignment to a type() call');
    return this.mk(n, { k: 'assign', targets: [target], value: this.misparsedTypeValue(right) });
  }

  /** The target `(obj).a[k]` read after `type`, as `type(obj).a[k]`: undefined for another shape. */
  private typeCallTarget(n: SyntaxNode): Expr | undefined {
    if (n.type === 'parenthesized_expression') {
      const inner = n.namedChildren.find((c) => c?.type !== 'comment');
      if (!inner || inner.type === 'yield' || inner.type === 'list_splat') return undefined;
      return at(n, { k: 'call' as const, func: at(n, this.nameRef('type', false)) as Expr, args: [{ k: 'pos' as const, value: this.expr(inner) }] });
    }
    if (n.type === 'attribute') {
      const obj = this.typeCallTarget(n.childForFieldName('object')!);
      const name = n.childForFieldName('attribute')!.text;
      this.noteAttrName(name);
      return obj && at(n, { k: 'attr' as const, obj, name });
    }
    if (n.type === 'subscript') {
      const obj = this.typeCallTarget(n.childForFieldName('value')!);
      if (!obj) return undefined;
      const subs = n.childrenForFieldName('subscript').filter((c): c is SyntaxNode => !!c);
      const index = subs.length === 1 ? this.expr(subs[0]) : this.tupleOf(n, subs.map((x) => this.expr(x)));
      return at(n, { k: 'subscript' as const, obj, index });
    }
    return undefined;
  }

  /**
   * The value of such a statement, read as a type: an expression, or `d[k]` read as a
   * generic type (`d` with parameters); another type form is not followed (unknown).
   */
  private misparsedTypeValue(n: SyntaxNode): Expr {
    if (n.type === 'generic_type') {
      const [base, params] = n.namedChildren;
      const args = params?.type === 'type_parameter' ? params.namedChildren.filter((c): c is SyntaxNode => c?.type === 'type').map((c) => c.namedChildren[0]) : [];
      if (base?.type === 'identifier' && args.length && args.every((a) => a && EXPRESSION_LIKE.has(a.type))) {
        const subs = args.map((a) => this.expr(a!));
        return at(n, { k: 'subscript' as const, obj: this.expr(base), index: subs.length === 1 ? subs[0] : this.tupleOf(n, subs) });
      }
    }
    if (!EXPRESSION_LIKE.has(n.type)) return at(n, { k: 'unknown' as const, text: n.text.slice(0, 40), children: [] });
    return this.expr(n);
  }

  unsupported(n: SyntaxNode, what: string): Stmt {
    this.problem(n, 'unsupported-construct', `Refcount Lens does not model \`${what}\` yet: counts of what it touches are unknown from here.`);
    // Names bound inside still exist afterwards; bind them so they resolve.
    for (const id of n.descendantsOfType('identifier')) if (id && id.parent?.type === 'as_pattern_target') this.bind(id.text);
    return this.mk(n, { k: 'unknown', text: n.text.slice(0, 80), reason: 'unsupported' });
  }

  private exprStatement(n: SyntaxNode): Stmt {
    const c = n.namedChildren[0];
    if (!c) return this.mk(n, { k: 'pass' });
    if (c.type === 'assignment') return this.assignment(n, c);
    if (c.type === 'augmented_assignment') {
      const opText = c.childForFieldName('operator')!.text;
      return this.mk(n, { k: 'augassign', target: this.target(c.childForFieldName('left')!), op: opText.slice(0, -1), value: this.exprList(c.childForFieldName('right')!) });
    }
    if (n.namedChildren.length > 1) return this.mk(n, { k: 'expr', value: at(n, { k: 'tuple', elts: n.namedChildren.map((x) => this.expr(x)) }) });
    return this.mk(n, { k: 'expr', value: this.expr(c) });
  }

  private assignment(stmt: SyntaxNode, n: SyntaxNode): Stmt {
    // a = b = value is nested: assignment(left a, right assignment(left b, right value)).
    const targets: Expr[] = [];
    let cur: SyntaxNode = n;
    let annotated = false;
    for (;;) {
      const type = cur.childForFieldName('type');
      if (type) annotated = true;
      const right = cur.childForFieldName('right');
      targets.push(this.target(cur.childForFieldName('left')!));
      if (right && right.type === 'assignment') { cur = right; continue; }
      const value = right ? this.exprList(right) : undefined;
      if (!annotated || targets.length !== 1) {
        // (error recovery can leave a chain whose last link has no value: nothing is assigned)
        if (!value) return this.mk(stmt, { k: 'annassign', target: targets[0] });
        return this.mk(stmt, { k: 'assign', targets, value });
      }
      // A simple name in a module or class body: its annotation is evaluated after the value and
      // stored in __annotations__ (compiler_annassign); elsewhere it is not kept.
      const stored = type && targets[0].k === 'name' && !this.lazyAnnotations && !this.typeParamDepth && (this.scope.kind === 'module' || this.scope.kind === 'class');
      const annotation = stored ? this.expr(type.namedChildren[0] ?? type) : undefined;
      const annHead = this.scope.kind === 'class' && type ? annotationHead(type.text) : undefined;
      return this.mk(stmt, { k: 'annassign', target: targets[0], value, ...(annotation ? { annotation } : {}), ...(annHead ? { annHead } : {}) });
    }
  }

  private ifStatement(n: SyntaxNode): Stmt {
    const test = this.expr(n.childForFieldName('condition'));
    const body = this.block(n.childForFieldName('consequence'));
    const alts = n.childrenForFieldName('alternative').filter((x): x is SyntaxNode => !!x);
    let orelse: Stmt[] = [];
    for (let i = alts.length - 1; i >= 0; i--) {
      const a = alts[i];
      if (a.type === 'else_clause') orelse = this.block(a.childForFieldName('body'));
      else {
        const s = this.mk(a, { k: 'if', test: this.expr(a.childForFieldName('condition')), body: this.block(a.childForFieldName('consequence')), orelse });
        orelse = [s];
      }
    }
    // Lower in source order for scope bookkeeping; the fold above went backwards only over built IR.
    return this.mk(n, { k: 'if', test, body, orelse });
  }

  private tryStatement(n: SyntaxNode): Stmt {
    const body = this.block(n.childForFieldName('body'));
    const handlers: Handler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'except_clause' || c.type === 'except_group_clause') {
        const blockNode = c.namedChildren.find((x) => x?.type === 'block') ?? null;
        const value = c.childForFieldName('value') ?? c.namedChildren.find((x) => x && x.type !== 'block' && x.type !== 'comment') ?? null;
        let type: Expr | undefined;
        let name: string | undefined;
        if (value && value.type === 'as_pattern') {
          type = this.expr(value.namedChildren[0]);
          const alias = value.childForFieldName('alias');
          name = alias?.namedChildren[0]?.text ?? alias?.text;
          if (name) this.bind(name);
        } else if (value) {
          type = this.expr(value);
          const alias = c.childForFieldName('alias');
          if (alias) { name = alias.text; this.bind(name); }
        }
        const h: Handler = { type, name, body: this.block(blockNode), line: c.startPosition.row + 1 };
        // (this grammar writes `except*` as an except_clause with a `*` token; older ones as except_group_clause)
        if (c.type === 'except_group_clause' || c.children.some((x) => x?.type === '*')) h.star = true;
        placed?.push(h);
        handlers.push(h);
      } else if (c.type === 'else_clause') orelse = this.block(c.childForFieldName('body'));
      else if (c.type === 'finally_clause') finalbody = this.block(c.namedChildren.find((x) => x?.type === 'block') ?? null);
    }
    return this.mk(n, { k: 'try', body, handlers, orelse, finalbody });
  }

  private withStatement(n: SyntaxNode): Stmt {
    const isAsync = n.children.some((c) => c?.type === 'async');
    const clause = n.namedChildren.find((c) => c?.type === 'with_clause');
    const items: { ctx: Expr; target?: Expr }[] = [];
    for (const item of clause?.namedChildren ?? []) {
      if (!item || item.type !== 'with_item') continue;
      const v = item.childForFieldName('value')!;
      if (v.type === 'as_pattern') {
        const alias = v.childForFieldName('alias');
        const t = alias?.namedChildren[0] ?? alias;
        items.push({ ctx: this.expr(v.namedChildren[0]), target: t ? this.target(t) : undefined });
      } else items.push({ ctx: this.expr(v) });
    }
    return this.mk(n, { k: 'with', items, body: this.block(n.childForFieldName('body')), ...(isAsync ? { isAsync } : {}) });
  }

  private params(n: SyntaxNode | null): Param[] {
    const out: Param[] = [];
    let kwonly = false;
    for (const p of n?.namedChildren ?? []) {
      if (!p) continue;
      switch (p.type) {
        case 'identifier': out.push({ name: p.text, kind: kwonly ? 'kwonly' : 'pos' }); break;
        case 'typed_parameter': {
          const inner = p.namedChildren[0]!;
          if (inner.type === 'list_splat_pattern') { out.push({ name: inner.namedChildren[0]!.text, kind: 'vararg' }); kwonly = true; }
          else if (inner.type === 'dictionary_splat_pattern') out.push({ name: inner.namedChildren[0]!.text, kind: 'kwarg' });
          else out.push({ name: inner.text, kind: kwonly ? 'kwonly' : 'pos' });
          break;
        }
        case 'default_parameter':
        case 'typed_default_parameter':
          out.push({ name: p.childForFieldName('name')!.text, kind: kwonly ? 'kwonly' : 'pos', default: this.expr(p.childForFieldName('value')) });
          break;
        case 'list_splat_pattern': out.push({ name: p.namedChildren[0]!.text, kind: 'vararg' }); kwonly = true; break;
        case 'dictionary_splat_pattern': out.push({ name: p.namedChildren[0]!.text, kind: 'kwarg' }); break;
        case 'keyword_separator': kwonly = true; break;
        // (`/`: every positional parameter so far is positional-only)
        case 'positional_separator': for (const q of out) if (q.kind === 'pos') q.posOnly = true; break;
        default: break;
      }
    }
    return out;
  }

  /** Defaults are evaluated in the enclosing scope, before the new scope opens. */
  private functionDef(n: SyntaxNode, decorators: Expr[]): Stmt {
    const name = n.childForFieldName('name')!.text;
    const isAsync = n.children.some((c) => c?.type === 'async');
    const params = this.params(n.childForFieldName('parameters'));
    const folded = this.foldDefaults(n, params);
    const generic = n.childForFieldName('type_parameters') ? 1 : 0;
    this.typeParamDepth += generic;
    const annotations = this.annotations(n);
    this.bind(name);
    const fn = this.functionScope(name, n, params, false, () => this.block(n.childForFieldName('body')));
    this.typeParamDepth -= generic;
    fn.isAsync = isAsync;
    if (!isAsync && plainConstBody(n.childForFieldName('body'))) fn.plainConsts = true;
    if (folded) fn.defaultsConst = folded;
    if (annotations.length) fn.annotations = annotations;
    return this.mk(n, { k: 'def', fn, decorators });
  }

  /** A def's parameter and return annotations, in the enclosing scope, after the defaults (as MAKE_FUNCTION gets them). */
  private annotations(n: SyntaxNode): { name: string; value: Expr }[] {
    if (this.lazyAnnotations || this.typeParamDepth) return [];
    const out: { name: string; value: Expr }[] = [];
    for (const p of n.childForFieldName('parameters')?.namedChildren ?? []) {
      if (!p || (p.type !== 'typed_parameter' && p.type !== 'typed_default_parameter')) continue;
      const type = p.childForFieldName('type');
      const inner = p.type === 'typed_parameter' ? p.namedChildren[0] : p.childForFieldName('name');
      const name = inner?.type === 'list_splat_pattern' || inner?.type === 'dictionary_splat_pattern' ? inner.namedChildren[0]?.text : inner?.text;
      if (type && name) out.push({ name, value: this.expr(type.namedChildren[0] ?? type) });
    }
    const ret = n.childForFieldName('return_type');
    if (ret) out.push({ name: 'return', value: this.expr(ret.type === 'type' ? ret.namedChildren[0] ?? ret : ret) });
    return out;
  }

  /**
   * Positional defaults that are all constants: the compiler's flow-graph pass
   * turns their LOAD_CONSTs and BUILD_TUPLE into one tuple constant. The
   * elements stay in co_consts (3.11) or go unless used otherwise (3.12+).
   */
  private foldDefaults(n: SyntaxNode, params: Param[]): Expr | undefined {
    const defaults = params.filter((p) => p.kind === 'pos' && p.default).map((p) => p.default!);
    if (!defaults.length || !defaults.every((d) => d.k === 'const')) return undefined;
    return this.foldConstTuple(n, defaults);
  }

  /**
   * LOAD_CONSTs followed by BUILD_TUPLE (literal defaults, a mapping pattern's
   * keys): the flow-graph pass folds them into one tuple constant, and the
   * parts' uses count as folded away (see foldedAway).
   */
  foldConstTuple(n: SyntaxNode, parts: Expr[]): Expr {
    const owner = this.constOwnerRef();
    for (const d of parts) this.constOp({ op: 'fold', key: (d as { key: string }).key, owner });
    const value = { t: 'tuple', v: parts.map((d) => (d as { value: ConstValue }).value) } as ConstValue;
    return this.addConst(value, n, /* literal */ false);
  }

  /** Per code object, how many uses of each constant a flow-graph fold absorbed. */
  private readonly foldCounts = new Map<CodeIR, Map<string, number>>();

  private functionScope(name: string, n: SyntaxNode, params: Param[], isLambda: boolean, body: () => Stmt[] | Expr): FunctionIR {
    // The new code object is a constant of the enclosing code (after its defaults).
    this.firstConst('other');
    const fn: FunctionIR = {
      ...this.newCode(name, this.qualname(name), n.startPosition.row + 1),
      params, body: [], isGenerator: false, isAsync: false, isLambda, usesClassCell: false, endLine: n.endPosition.row + 1,
    };
    fn.firstConst = 'other'; // its docstring or None
    this.codes.push(fn);
    const outer = this.scope;
    this.scope = this.newScope(fn, 'function');
    for (const p of params) this.scope.assigned.add(p.name);
    const b = body();
    if (Array.isArray(b)) { fn.body = b; fn.doc = docstringOf(b); }
    else fn.expr = b;
    // (isGenerator and usesClassCell were set while the body was lowered: markYield, nameRef.)
    // A method using super() or __class__ closes over the class's __class__ cell.
    if (fn.usesClassCell && outer.kind === 'class') fn.freeVars.add('__class__');
    this.scope = outer;
    return fn;
  }

  /** A `yield` makes the enclosing function (not a comprehension) a generator. */
  private markYield(): void {
    let sc: ScopeInfo | undefined = this.scope;
    while (sc && sc.kind === 'comp') sc = sc.parent;
    if (sc && sc.kind === 'function') (sc.code as FunctionIR).isGenerator = true;
  }

  /** `super` / `__class__` in a method: the method and its class need the __class__ cell. */
  private markClassCell(): void {
    let sc: ScopeInfo | undefined = this.scope;
    while (sc && sc.kind === 'comp') sc = sc.parent;
    if (!sc || sc.kind !== 'function') return;
    (sc.code as FunctionIR).usesClassCell = true;
    let p = sc.parent;
    while (p && p.kind !== 'class') p = p.parent;
    if (p) (p.code as ClassIR).hasClassCell = true;
  }

  private classDef(n: SyntaxNode, decorators: Expr[]): Stmt {
    const name = n.childForFieldName('name')!.text;
    const bases: Expr[] = [];
    const keywords: { name: string; value: Expr }[] = [];
    for (const a of n.childForFieldName('superclasses')?.namedChildren ?? []) {
      if (!a) continue;
      if (a.type === 'keyword_argument') keywords.push({ name: a.childForFieldName('name')!.text, value: this.expr(a.childForFieldName('value')) });
      else bases.push(this.expr(a));
    }
    this.bind(name);
    this.firstConst('other');
    const cls: ClassIR = { ...this.newCode(name, this.qualname(name), n.startPosition.row + 1), bases, keywords, body: [], hasClassCell: false, annotated: [], endLine: n.endPosition.row + 1 };
    cls.firstConst = 'other'; // its qualname
    this.codes.push(cls);
    const outer = this.scope;
    this.scope = this.newScope(cls, 'class');
    const generic = n.childForFieldName('type_parameters') ? 1 : 0;
    this.typeParamDepth += generic;
    cls.body = this.block(n.childForFieldName('body'));
    cls.doc = docstringOf(cls.body);
    this.typeParamDepth -= generic;
    for (const st of cls.body) {
      if (st.k === 'annassign' && st.target.k === 'name') cls.annotated.push(st.annHead ? { name: st.target.id, hasDefault: !!st.value, annHead: st.annHead } : { name: st.target.id, hasDefault: !!st.value });
    }
    this.scope = outer;
    return this.mk(n, { k: 'class', cls, decorators });
  }

  // ---- expressions ----

  /** An expression or a bare comma list (`return a, b`) as a tuple. */
  /**
   * What a `for` loop, a comprehension or a final `in` iterates: CPython's AST
   * optimizer (fold_iter) makes a list display a tuple display (one tuple constant
   * when every item is one) and a set display of constants one frozenset constant;
   * a display with a starred item stays as it is.
   */
  private iterOf(n: SyntaxNode): Expr {
    let m = n;
    while (m.type === 'parenthesized_expression') {
      const inner = m.namedChildren.find((c) => c?.type !== 'comment');
      if (!inner) break;
      m = inner;
    }
    if ((m.type !== 'list' && m.type !== 'set') || m.namedChildren.some((c) => c?.type === 'list_splat')) return this.exprList(n);
    if (this.depth > MAX_NESTING) return this.expr(m);
    const elts = m.namedChildren.filter((c) => c?.type !== 'comment').map((c) => this.expr(c));
    if (m.type === 'list') {
      const t = this.tupleOf(m, elts);
      return 'line' in t ? t : at(m, t);
    }
    if (elts.length && elts.every((e) => e.k === 'const')) {
      return this.foldedConst(m, { t: 'frozenset', v: elts.map((e) => (e as { value: ConstValue }).value) }, elts);
    }
    return at(m, { k: 'set', elts });
  }

  private exprList(n: SyntaxNode): Expr {
    if (n.type === 'expression_list' || n.type === 'pattern_list') return this.tupleOf(n, n.namedChildren.map((c) => this.expr(c)));
    return this.expr(n);
  }

  tupleOf(n: SyntaxNode, elts: Expr[]): Expr {
    // A tuple display of constants is folded into one constant (CPython's AST optimizer).
    if (elts.length > 0 && elts.every((e) => e.k === 'const')) {
      return this.foldedConst(n, { t: 'tuple', v: elts.map((e) => (e as { value: ConstValue }).value) }, elts);
    }
    return at(n, { k: 'tuple', elts });
  }

  /** Replaces sub-constants by one folded constant: the parts leave co_consts. */
  /**
   * `same`: the fold gives back this input's own object (its origin stays, one more arena
   * reference: the folded node's); `arenaPlus` more for an item a folded subscript took out of a
   * constant tuple (the tuple, left in the arena, holds it too).
   */
  foldedConst(n: SyntaxNode, value: ConstValue, parts: Expr[], same?: Expr, arenaPlus = 1): Expr {
    for (const p of parts) this.dropConst(p);
    // The result is a use like a literal's: a later fold that absorbs an equal value must not drop this one.
    // (a tuple display's items keep the arena references folds gave them: `(+1.5, 2)`)
    const arenas = value.t === 'tuple' && !same ? parts.map((p) => (p.k === 'const' ? p.arena ?? 0 : 0)) : [];
    if (!same) return this.constant(value, n, 'folded', 0, arenas.some((a) => a > 0) ? arenas : undefined);
    const origin = same.k === 'const' ? same.origin ?? true : 'folded';
    const arena = (same.k === 'const' ? same.arena ?? 0 : 0) + arenaPlus;
    return this.constant(value, n, origin, arena);
  }

  /**
   * A dict display's runs of pairs as compile.c's compiler_dict cuts them (at each `**`, and
   * after 17 pairs: elements * 2 > STACK_USE_GUIDELINE): a run of 2 to 15 pairs whose keys are
   * all constants (compiler_subdict: not `big`, n * 2 > 30) is BUILD_CONST_KEY_MAP over one
   * tuple of the keys, which sits in co_consts and holds them; the keys themselves do not.
   */
  private constKeyTuples(items: DictItem[], n: SyntaxNode): void {
    const run = (begin: number, end: number): void => {
      const keys = items.slice(begin, end).map((it) => ('key' in it ? it.key : undefined));
      if (keys.length < 2 || keys.length * 2 > 30 || !keys.every((k) => k?.k === 'const')) return;
      for (const k of keys) this.dropConst(k!);
      this.addConst({ t: 'tuple', v: keys.map((k) => (k as { value: ConstValue }).value) }, n, /* literal */ false, /* compiled */ true);
    };
    let elements = 0;
    for (let i = 0; i < items.length; i++) {
      if ('splat' in items[i]) {
        if (elements) run(i - elements, i);
        elements = 0;
      } else if (elements * 2 > 30) {
        run(i - elements, i + 1);
        elements = 0;
      } else elements++;
    }
    if (elements) run(items.length - elements, items.length);
  }

  /** `obj[index]`; a load of a constant by a constant is folded when the lookup succeeds (fold_subscr). */
  private subscript(n: SyntaxNode, load: boolean): ExprBody | Expr {
    const subs = n.childrenForFieldName('subscript').filter((c): c is SyntaxNode => !!c);
    const index = subs.length === 1 ? this.expr(subs[0]) : this.tupleOf(n, subs.map((s) => this.expr(s)));
    const obj = this.expr(n.childForFieldName('value'));
    const item = load && obj.k === 'const' && index.k === 'const' ? foldSubscript(obj.value, index.value) : undefined;
    // (a tuple's item is the literal's object, held by the tuple too: two more than its origin's)
    if (item) return this.foldedConst(n, item.value, [obj, index], item.origin === 'item' ? at(n, { k: 'const' as const, value: item.value, key: constKey(item.value), origin: true }) : undefined, 2);
    return { k: 'subscript', obj, index };
  }

  private dropConst(e: Expr): void {
    if (e.k === 'const') this.constOp({ op: 'drop', key: e.key, owner: this.constOwnerRef(), comp: this.compCode() });
  }

  /** Per code object, how many times each constant was used (what a drop or a fold leaves). */
  private readonly constUses = new Map<CodeIR, Map<string, number>>();

  private constant(value: ConstValue, n: SyntaxNode, origin: ConstOrigin = true, arena = 0, itemArena?: number[]): Expr {
    this.constOp({ op: 'use', key: constKey(value), owner: this.constOwnerRef(), comp: this.compCode() });
    return this.addConst(value, n, origin, false, arena, itemArena);
  }

  expr(n: SyntaxNode | null | undefined): Expr {
    if (!n) return { line: 0, col: 0, k: 'unknown', text: '', children: [] };
    if (this.depth > MAX_NESTING) return at(n, { k: 'unknown', text: 'nesting too deep', children: [] });
    this.depth++;
    try {
      // Mutate in place: name nodes are registered for scope patching by identity.
      const r = this.exprInner(n);
      if (!('line' in r)) at(n, r);
      // tree-sitter reads `[*rows[0]]` as `(*rows)[0]`: the star belongs to the whole expression.
      const head = r.k === 'attr' || r.k === 'subscript' ? r.obj : r.k === 'call' ? r.func : undefined;
      if (head && head.k === 'star') {
        if (r.k === 'call') r.func = head.value;
        else (r as { obj: Expr }).obj = head.value;
        return at(n, { k: 'star', value: r as Expr });
      }
      return r as Expr;
    } finally {
      this.depth--;
    }
  }

  private exprInner(n: SyntaxNode): ExprBody | Expr {
    switch (n.type) {
      case 'identifier': return this.nameRef(n.text, false);
      case 'integer': {
        const txt = n.text;
        if (/[jJ]$/.test(txt)) return this.constant({ t: 'complex', re: 0, v: Number(txt.slice(0, -1).replace(/_/g, '')) }, n);
        const v = parseIntLiteral(txt);
        return v === undefined ? this.opaque(n) : this.constant({ t: 'int', v }, n);
      }
      case 'float': {
        const txt = n.text.replace(/_/g, '');
        if (/[jJ]$/.test(txt)) return this.constant({ t: 'complex', re: 0, v: Number(txt.slice(0, -1)) }, n);
        return this.constant({ t: 'float', v: Number(txt) }, n);
      }
      case 'true': return this.constant({ t: 'bool', v: true }, n);
      case 'false': return this.constant({ t: 'bool', v: false }, n);
      case 'none': return this.constant({ t: 'none' }, n);
      case 'ellipsis': return this.constant({ t: 'ellipsis' }, n);
      case 'string': return this.stringLiteral(n);
      case 'concatenated_string': {
        const parts = n.namedChildren.map((c) => this.stringLiteral(c!));
        if (parts.every((p) => p.k === 'const')) {
          const vals = parts.map((p) => (p as { value: ConstValue }).value as { t: 'str' | 'bytes'; v: string });
          const value: ConstValue = { t: vals[0].t, v: vals.map((v) => v.v).join('') } as ConstValue;
          return this.foldedConst(n, value, parts as Expr[]);
        }
        return { k: 'fstring', parts: parts as Expr[] };
      }
      case 'parenthesized_expression': {
        const inner = n.namedChildren.find((c) => c?.type !== 'comment');
        return inner ? this.expr(inner) : this.opaque(n);
      }
      case 'tuple': case 'expression_list': case 'pattern_list':
        return this.tupleOf(n, n.namedChildren.filter((c) => c?.type !== 'comment').map((c) => this.expr(c)));
      case 'list': {
        const elts = n.namedChildren.filter((c) => c?.type !== 'comment').map((c) => this.expr(c));
        if (elts.length > 2 && elts.every((e) => e.k === 'const')) {
          // CPython compiles a list display of three or more constants as an empty
          // list extended by one constant tuple (compile.c, starunpack_helper):
          // that tuple sits in co_consts and holds the items; the items do not.
          const tuple: ConstValue = { t: 'tuple', v: elts.map((e) => (e as { value: ConstValue }).value) };
          for (const e of elts) this.dropConst(e);
          this.addConst(tuple, n, /* literal */ false, /* compiled */ true);
        }
        return { k: 'list', elts };
      }
      case 'set': {
        const elts = n.namedChildren.filter((c) => c?.type !== 'comment').map((c) => this.expr(c));
        if (elts.length > 2 && elts.every((e) => e.k === 'const')) {
          // The same for a set display (starunpack_helper): an empty set updated from one
          // frozenset constant (PyFrozenSet_New of the items, merged as constants), which holds
          // each distinct item; the items themselves are not in co_consts.
          const fs: ConstValue = { t: 'frozenset', v: elts.map((e) => (e as { value: ConstValue }).value) };
          for (const e of elts) this.dropConst(e);
          this.addConst(fs, n, /* literal */ false, /* compiled */ true);
        }
        return { k: 'set', elts };
      }
      case 'dictionary': {
        const items: DictItem[] = [];
        for (const c of n.namedChildren) {
          if (!c || c.type === 'comment') continue;
          if (c.type === 'pair') items.push({ key: this.expr(c.childForFieldName('key')), value: this.expr(c.childForFieldName('value')) });
          else if (c.type === 'dictionary_splat') items.push({ splat: this.expr(c.namedChildren[0]) });
        }
        this.constKeyTuples(items, n);
        return { k: 'dict', items };
      }
      case 'list_splat': case 'list_splat_pattern': return { k: 'star', value: this.expr(n.namedChildren[0]) };
      case 'binary_operator': {
        const left = this.expr(n.childForFieldName('left'));
        const right = this.expr(n.childForFieldName('right'));
        const op = n.childForFieldName('operator')!.text;
        // (`()` is a constant to the optimizer too: fold_tuple makes the empty display one)
        const value = (e: Expr): ConstValue | undefined => (e.k === 'const' ? e.value : e.k === 'tuple' && e.elts.length === 0 ? { t: 'tuple', v: [] } : undefined);
        const [lv, rv] = [value(left), value(right)];
        if (lv && rv && (left.k === 'const' || right.k === 'const')) {
          const f = foldBinary(op, lv, rv);
          const kept = foldGivesOperand(op, lv, rv);
          if (f) return this.foldedConst(n, f, [left, right], kept === 'left' ? left : kept === 'right' ? right : undefined);
        }
        return { k: 'binop', op, left, right };
      }
      case 'unary_operator': {
        const operand = this.expr(n.childForFieldName('argument'));
        const op = n.childForFieldName('operator')!.text;
        if (operand.k === 'const') {
          const f = foldUnary(op, operand.value);
          // (`+x` of a float, complex or int is x itself: float_pos, complex_pos, long_long)
          if (f) return this.foldedConst(n, f, [operand], op === '+' ? operand : undefined);
        }
        return { k: 'unary', op, operand };
      }
      case 'not_operator': {
        // (ast_opt.c folds `not` of a constant into True / False: the operand leaves co_consts)
        const operand = this.expr(n.childForFieldName('argument'));
        const t = operand.k === 'const' ? constTruth(operand.value) : undefined;
        if (t !== undefined) return this.foldedConst(n, { t: 'bool', v: !t }, [operand]);
        return { k: 'unary', op: 'not', operand };
      }
      case 'boolean_operator': {
        const op = n.childForFieldName('operator')!.text as 'and' | 'or';
        return { k: 'boolop', op, values: [this.expr(n.childForFieldName('left')), this.expr(n.childForFieldName('right'))] };
      }
      case 'comparison_operator': {
        const ops: string[] = [];
        for (let i = 0; i < n.childCount; i++) {
          if (n.fieldNameForChild(i) === 'operators') {
            const t = n.child(i)!.text;
            // `not in` and `is not` come as two tokens.
            if ((t === 'in' && ops[ops.length - 1] === 'not') || (t === 'not' && ops[ops.length - 1] === 'is')) ops[ops.length - 1] += ` ${t}`;
            else ops.push(t);
          }
        }
        // The AST optimizer folds the last operand of a final `in` / `not in` as an iterable (fold_iter).
        const nodes = n.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
        const lastIn = ops[ops.length - 1] === 'in' || ops[ops.length - 1] === 'not in';
        const operands = nodes.map((c, i) => (lastIn && i === nodes.length - 1 ? this.iterOf(c) : this.expr(c)));
        return { k: 'compare', ops, operands };
      }
      case 'call': return this.call(n);
      case 'attribute': {
        const name = n.childForFieldName('attribute')!.text;
        this.noteAttrName(name);
        return { k: 'attr', obj: this.expr(n.childForFieldName('object')), name };
      }
      case 'subscript': return this.subscript(n, true);
      case 'slice': {
        const parts: (Expr | undefined)[] = [undefined, undefined, undefined];
        let i = 0;
        for (let j = 0; j < n.childCount; j++) {
          const c = n.child(j)!;
          if (c.type === ':') i++;
          else if (c.isNamed && c.type !== 'comment') parts[i] = this.expr(c);
        }
        return { k: 'slice', lower: parts[0], upper: parts[1], step: parts[2] };
      }
      case 'conditional_expression': {
        const [body, test, orelse] = n.namedChildren.filter((c) => c?.type !== 'comment');
        return { k: 'ifexp', test: this.expr(test), body: this.expr(body), orelse: this.expr(orelse) };
      }
      case 'lambda': {
        const params = this.params(n.childForFieldName('parameters'));
        const folded = this.foldDefaults(n, params);
        const fn = this.functionScope('<lambda>', n, params, true, () => this.expr(n.childForFieldName('body')));
        if (folded) fn.defaultsConst = folded;
        if (plainConstExpr(n.childForFieldName('body'))) fn.plainConsts = true;
        return { k: 'lambda', fn };
      }
      case 'list_comprehension': case 'set_comprehension': case 'dictionary_comprehension': case 'generator_expression':
        return this.comprehension(n);
      case 'yield': {
        this.markYield();
        const isFrom = n.children.some((c) => c?.type === 'from');
        const v = n.namedChildren.find((c) => c?.type !== 'comment');
        if (isFrom) return { k: 'yieldfrom', value: this.expr(v) };
        return { k: 'yield', value: v ? this.exprList(v) : undefined };
      }
      case 'await': return { k: 'await', value: this.expr(n.namedChildren[0]) };
      case 'named_expression': {
        const name = n.childForFieldName('name')!;
        const value = this.expr(n.childForFieldName('value'));
        // The walrus binds in the enclosing function even inside a comprehension.
        return { k: 'walrus', target: at(name, this.nameRef(name.text, true, /* skipComp */ true)) as Expr, value };
      }
      case 'keyword_argument': return this.expr(n.childForFieldName('value'));
      case 'type': return this.expr(n.namedChildren[0]);
      // Annotations: the grammar's type forms are ordinary expressions at run time.
      case 'generic_type': {
        const params = n.namedChildren.find((c) => c?.type === 'type_parameter')?.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment') ?? [];
        const index = params.length === 1 ? this.expr(params[0]) : this.tupleOf(n, params.map((p) => this.expr(p)));
        return { k: 'subscript', obj: this.expr(n.namedChildren[0]), index };
      }
      case 'union_type': return { k: 'binop', op: '|', left: this.expr(n.namedChildren[0]), right: this.expr(n.namedChildren[1]) };
      case 'member_type': return { k: 'attr', obj: this.expr(n.namedChildren[0]), name: n.namedChildren[1]?.text ?? '' };
      default:
        return this.opaque(n);
    }
  }

  /** Syntax we do not model: its sub-expressions still run (for their effects), the value is unknown. */
  private opaque(n: SyntaxNode): ExprBody {
    if (n.type === 'ERROR' || n.isMissing) this.problem(n, 'syntax-error', 'Syntax error: this expression is unknown.');
    const children = n.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment' && /identifier|call|attribute|subscript/.test(c.type)).map((c) => this.expr(c));
    return { k: 'unknown', text: n.text.slice(0, 60), children };
  }

  private stringLiteral(n: SyntaxNode): Expr {
    if (n.type !== 'string') return this.expr(n);
    const start = n.children.find((c) => c?.type === 'string_start')?.text ?? '"';
    const prefix = start.replace(/['"]/g, '').toLowerCase();
    const isBytes = prefix.includes('b');
    const isRaw = prefix.includes('r');
    if (prefix.includes('f') || prefix.includes('t')) {
      const parts: Expr[] = [];
      for (const c of n.namedChildren) if (c?.type === 'interpolation') parts.push(this.expr(c.childForFieldName('expression')));
      // f"{x}" and f"{x!s}": one FORMAT_VALUE with no spec, which returns an exact str unchanged.
      const pieces = n.namedChildren.filter((c) => c && c.type !== 'string_start' && c.type !== 'string_end');
      const only = pieces.length === 1 && pieces[0]!.type === 'interpolation' ? pieces[0]! : undefined;
      const whole = !!only && !prefix.includes('t') && only.children.every((c) => c!.type !== '=' && (c!.type !== 'format_specifier' || c!.text.replace(/^:/, '') === '') && (c!.type !== 'type_conversion' || c!.text === '!s'));
      // f"{x:10}": one FORMAT_VALUE with a literal spec (str.__format__ may give x back).
      const specNode = only?.children.find((c) => c!.type === 'format_specifier');
      const spec = !whole && only && !prefix.includes('t') && specNode && !specNode.namedChildren.length
        && only.children.every((c) => c!.type !== '=' && c!.type !== 'type_conversion') ? specNode.text.replace(/^:/, '') : undefined;
      const fs = pieces.some((c) => c!.type === 'interpolation' && c!.children.some((x) => x!.type === '=')) || prefix.includes('t')
        ? undefined : this.fstringPieces(pieces as SyntaxNode[], isRaw);
      // No interpolation: the parser makes the text one str constant, as for a plain literal.
      if (fs && fs.every((p) => typeof p === 'string')) return this.constant({ t: 'str', v: fs.join('') }, n);
      return at(n, spec !== undefined ? { k: 'fstring', parts, spec, pieces: fs } : { k: 'fstring', parts, whole, pieces: fs });
    }
    let text = '';
    for (const c of n.namedChildren) {
      if (!c) continue;
      // (CPython's tokenizer reads a CRLF or CR line end as "\n", inside literals too)
      if (c.type === 'string_content' || c.type === 'escape_sequence') text += isRaw ? unifyNewlines(c.text) : decodeEscapes(unifyNewlines(c.text), isBytes);
    }
    return this.constant(isBytes ? { t: 'bytes', v: text } : { t: 'str', v: text }, n);
  }

  /** The literal text and interpolations of an f-string in order ('{{' / '}}' are one brace). */
  private fstringPieces(children: SyntaxNode[], isRaw: boolean): FPiece[] {
    const out: FPiece[] = [];
    let i = 0;
    const decode = (t: string): string => t.split(/(\{\{|\}\})/).map((seg) => (seg === '{{' ? '{' : seg === '}}' ? '}' : isRaw ? seg : decodeEscapes(seg, false))).join('');
    for (const c of children) {
      if (c.type === 'interpolation') {
        const conv = c.children.find((x) => x!.type === 'type_conversion')?.text.replace(/^!/, '');
        const specNode = c.children.find((x) => x!.type === 'format_specifier');
        out.push({ i: i++, conv, spec: specNode?.text.replace(/^:/, ''), dynamic: !!specNode?.namedChildren.length || undefined });
      } else if (c.type === 'string_content' || c.type === 'escape_sequence') out.push(decode(unifyNewlines(c.text)));
    }
    return out;
  }

  private call(n: SyntaxNode): ExprBody {
    const func = this.expr(n.childForFieldName('function'));
    const argsNode = n.childForFieldName('arguments');
    const args: Arg[] = [];
    if (argsNode?.type === 'generator_expression') args.push({ k: 'pos', value: this.expr(argsNode) });
    else {
      for (const a of argsNode?.namedChildren ?? []) {
        if (!a || a.type === 'comment') continue;
        if (a.type === 'keyword_argument') args.push({ k: 'kw', name: a.childForFieldName('name')!.text, value: this.expr(a.childForFieldName('value')) });
        else if (a.type === 'list_splat') args.push({ k: 'star', value: this.expr(a.namedChildren[0]) });
        else if (a.type === 'dictionary_splat') args.push({ k: 'dstar', value: this.expr(a.namedChildren[0]) });
        else args.push({ k: 'pos', value: this.expr(a) });
      }
    }
    this.keywordNameTuples(n, args);
    return this.foldCallPositionals(n, args) ? { k: 'call', func, args, constPos: true } : { k: 'call', func, args };
  }

  /**
   * The tuples of keyword names a call's compilation adds to co_consts (compile.c, compiler_call_helper):
   * a plain call's KW_NAMES (3.13: CALL_KW's LOAD_CONST) tuple of every keyword's name; with `*` / `**`
   * (or past STACK_USE_GUIDELINE) each run of two to fifteen keywords between `**`s is a
   * BUILD_CONST_KEY_MAP key tuple (compiler_subkwargs). They hold only identifier strs; what they change
   * is which object a later equal tuple literal loads (the compiler's constant cache keeps the first).
   */
  private keywordNameTuples(n: SyntaxNode, args: Arg[]): void {
    const add = (names: string[]): void => { this.addConst({ t: 'tuple', v: names.map((v) => ({ t: 'str', v })) }, n, /* literal */ false, /* compiled */ true); };
    const kws = args.filter((a) => a.k === 'kw').length;
    const positional = args.filter((a) => a.k === 'pos').length;
    if (!kws) return;
    if (!args.some((a) => a.k === 'star' || a.k === 'dstar') && positional + kws * 2 <= 30) {
      add(args.flatMap((a) => (a.k === 'kw' ? [a.name] : [])));
      return;
    }
    let run: string[] = [];
    const flush = (): void => { if (run.length > 1 && run.length * 2 <= 30) add(run); run = []; };
    for (const a of args) {
      if (a.k === 'kw') run.push(a.name);
      else if (a.k === 'dstar') flush();
    }
    flush();
  }

  /**
   * A call through CALL_FUNCTION_EX (`f("a", 1.5, **kw)`) builds its positional
   * tuple like a tuple display (compile.c, starunpack_helper): three or more
   * constants become one tuple constant at once (the items never reach
   * co_consts), one or two are LOAD_CONSTs + BUILD_TUPLE that the flow-graph
   * pass folds (the items stay in 3.11's co_consts, not in 3.12+'s). Either way
   * that tuple constant holds the items for as long as the code object lives.
   */
  private foldCallPositionals(n: SyntaxNode, args: Arg[]): boolean {
    if (!args.some((a) => a.k === 'dstar') || args.some((a) => a.k === 'star')) return false;
    const pos = args.filter((a) => a.k === 'pos').map((a) => a.value);
    if (!pos.length || !pos.every((e) => e.k === 'const')) return false;
    if (pos.length > 2) {
      for (const e of pos) this.dropConst(e);
      this.addConst({ t: 'tuple', v: pos.map((e) => (e as { value: ConstValue }).value) }, n, /* literal */ false, /* compiled */ true);
    } else this.foldConstTuple(n, pos);
    return true;
  }

  private comprehension(n: SyntaxNode): ExprBody {
    const kind: 'list' | 'set' | 'dict' | 'gen' = n.type === 'list_comprehension' ? 'list' : n.type === 'set_comprehension' ? 'set' : n.type === 'dictionary_comprehension' ? 'dict' : 'gen';
    const clauses = n.namedChildren.filter((c): c is SyntaxNode => !!c && (c.type === 'for_in_clause' || c.type === 'if_clause'));
    // The first iterable is evaluated in the enclosing scope.
    const firstIter = clauses[0]?.type === 'for_in_clause' ? this.iterOf(clauses[0].childForFieldName('right')!) : undefined;
    const outer = this.scope;
    let fn: FunctionIR | undefined;
    if (kind === 'gen') {
      this.firstConst('other');
      fn = { ...this.newCode('<genexpr>', this.qualname('<genexpr>'), n.startPosition.row + 1), params: [{ name: '.0', kind: 'pos' }], body: [], isGenerator: true, isAsync: false, isLambda: false, usesClassCell: false, endLine: n.endPosition.row + 1 };
      this.codes.push(fn);
      this.scope = this.newScope(fn, 'function');
      this.scope.genexp = true;
      this.scope.assigned.add('.0');
    } else {
      this.scope = this.newScope(this.newCode(`<${kind}comp>`, this.qualname(`<${kind}comp>`), n.startPosition.row + 1), 'comp');
    }
    const generators: Comprehension[] = [];
    clauses.forEach((c, i) => {
      if (c.type === 'for_in_clause') {
        const iter = i === 0 && firstIter ? firstIter : this.iterOf(c.childForFieldName('right')!);
        const gen: Comprehension = { target: this.target(c.childForFieldName('left')!), iter, ifs: [] };
        // The compiler's fast path for a temporary in an inner loop: `for y in [f(x)]` is `y = f(x)`.
        if (generators.length && (iter.k === 'list' || iter.k === 'tuple') && iter.elts.length === 1 && iter.elts[0].k !== 'star') gen.assignOnly = true;
        generators.push(gen);
      } else if (generators.length) generators[generators.length - 1].ifs.push(this.expr(c.namedChildren[0]));
    });
    const body = n.childForFieldName('body');
    let elt: Expr;
    let value: Expr | undefined;
    if (kind === 'dict' && body?.type === 'pair') {
      elt = this.expr(body.childForFieldName('key'));
      value = this.expr(body.childForFieldName('value'));
    } else elt = this.expr(body);
    const code = fn ? undefined : this.scope.code;
    this.scope = outer;
    const comp = { k: 'comp' as const, kind, elt, value, generators, fn, code };
    if (fn) fn.genComp = comp as Expr & { k: 'comp' };
    return comp;
  }

  /** An assignment target: names are bound in the current scope. */
  target(n: SyntaxNode): Expr {
    switch (n.type) {
      case 'identifier': return at(n, this.nameRef(n.text, true)) as Expr;
      case 'pattern_list': case 'tuple_pattern': case 'expression_list': case 'tuple': {
        // (`(x) = v`, `for (x) in ...`: the grammar makes a one-item tuple pattern of a
        // parenthesised name; without a comma CPython binds the name itself)
        const items = n.namedChildren.filter((c) => c?.type !== 'comment');
        if (n.type !== 'pattern_list' && n.type !== 'expression_list' && items.length === 1 && !n.children.some((c) => c?.type === ','))
          return this.target(items[0]!);
        return at(n, { k: 'tuple', elts: items.map((c) => this.target(c!)) });
      }
      case 'list_pattern': case 'list':
        return at(n, { k: 'list', elts: n.namedChildren.filter((c) => c?.type !== 'comment').map((c) => this.target(c!)) });
      case 'list_splat_pattern': case 'list_splat':
        return at(n, { k: 'star', value: this.target(n.namedChildren[0]!) });
      case 'parenthesized_expression': return this.target(n.namedChildren[0]!);
      // (a store / del target is no load: fold_subscr leaves it)
      case 'subscript': return at(n, this.subscript(n, false));
      case 'attribute': return this.expr(n);
      default: return this.expr(n);
    }
  }

  private bind(name: string): void {
    this.scope.assigned.add(name);
  }

  private nameRef(name: string, store: boolean, skipComp = false): ExprBody {
    if (name === 'super' || name === '__class__') this.markClassCell();
    let s = this.scope;
    // (a walrus binds in the scope around every comprehension; past a generator expression's own
    // frame the store is resolved from where it runs: a global, or a free variable of that scope's cell)
    let passedGen = false;
    if (skipComp) while ((s.kind === 'comp' || s.genexp) && s.parent) { passedGen ||= !!s.genexp; s = s.parent; }
    if (store) s.assigned.add(name);
    const body = { k: 'name' as const, id: name, scope: 'global' as NameScope };
    (passedGen ? this.scope : s).refs.push({ name, expr: body });
    return body;
  }

  // ---- scope resolution (CPython's symtable, simplified) ----

  private resolve(root: ScopeInfo): void {
    const all: ScopeInfo[] = [];
    const collect = (s: ScopeInfo): void => { all.push(s); s.children.forEach(collect); };
    collect(root);
    for (const s of all) {
      if (s.kind === 'function') for (const n of s.assigned) if (!s.globalDecl.has(n) && !s.nonlocalDecl.has(n)) s.code.locals.add(n);
    }
    for (const s of all) {
      if (s.kind === 'module') {
        // (scopeOf's first case, inlined: a module has thousands of references on the typing path)
        const used = s.code.globalsUsed;
        for (const r of s.refs) {
          r.expr.scope = 'global';
          used.add(r.name);
        }
      } else for (const r of s.refs) r.expr.scope = this.scopeOf(s, r.name);
    }
    // A load inside a comprehension of a class body does not see the class's names (PEP 709 keeps
    // that for inlined ones): the class frame's LOAD_NAME lookup is skipped for it.
    for (const s of all) {
      if (s.kind !== 'comp') continue;
      let p: ScopeInfo | undefined = s;
      while (p && p.kind === 'comp') p = p.parent;
      for (const r of s.refs) r.expr.hidesClass = p?.kind === 'class' && r.expr.scope === 'global' ? true : undefined;
    }
    // A local that some inner scope captured lives in a cell: patch loads resolved before that was known.
    for (const s of all) {
      let owner: ScopeInfo | undefined = s;
      while (owner && owner.kind === 'comp') owner = owner.parent;
      for (const r of s.refs) if (r.expr.scope === 'local' && owner?.code.cellVars.has(r.name)) r.expr.scope = 'cell';
      for (const r of s.refs) if (r.expr.scope === 'comp' && this.compBinder(s, r.name)?.code.cellVars.has(r.name)) r.expr.scope = 'cell';
    }
  }

  /** The innermost comprehension (from `s` outwards through inlined ones) whose loop binds `name`. */
  private compBinder(s: ScopeInfo, name: string): ScopeInfo | undefined {
    for (let p: ScopeInfo | undefined = s; p && p.kind === 'comp'; p = p.parent) if (p.assigned.has(name)) return p;
    return undefined;
  }

  private isLocalIn(s: ScopeInfo, name: string): boolean {
    if (s.kind === 'function') return s.code.locals.has(name);
    if (s.kind === 'comp') return s.assigned.has(name);
    return false;
  }

  private scopeOf(s: ScopeInfo, name: string): NameScope {
    if (s.kind === 'module') { s.code.globalsUsed.add(name); return 'global'; }
    if (s.globalDecl.has(name)) { this.markGlobal(s, name); return 'global'; }
    if (s.kind === 'class' && s.assigned.has(name)) return 'classbody';
    if (s.kind === 'comp') {
      // Inlined comprehensions (PEP 709) see the enclosing scope's names directly. As their own
      // functions (≤3.11) the comprehensions passed on the way have the name as a free variable.
      let p: ScopeInfo = s;
      const passed: ScopeInfo[] = [];
      while (p.kind === 'comp') {
        if (p.assigned.has(name)) { for (const q of passed) q.code.freeVars.add(name); return 'comp'; }
        passed.push(p);
        if (!p.parent) break;
        p = p.parent;
      }
      if (p.kind !== 'class') {
        const r = this.scopeOf(p, name);
        if (r === 'local' || r === 'cell' || r === 'free') for (const q of passed) q.code.freeVars.add(name);
        return r;
      }
    }
    if (s.kind === 'function' && s.code.locals.has(name)) return s.code.cellVars.has(name) ? 'cell' : 'local';
    // A method's implicit __class__ cell (its class body made it; see markClassCell).
    if (name === '__class__' && s.kind === 'function' && s.code.freeVars.has(name)) return 'free';
    // Free: search the enclosing functions (class bodies are skipped, as in CPython).
    let p = s.parent;
    const path: ScopeInfo[] = [];
    while (p) {
      if (p.kind !== 'class' && p.kind !== 'module' && this.isLocalIn(p, name)) {
        // A comprehension's loop name captured by an inner function is a cell of the comprehension
        // (3.11: its own function; 3.12+: a hidden cell local of the inlining frame), one per run.
        p.code.cellVars.add(name);
        // Every function between here and there passes the cell through.
        // (a comprehension too, as its own function ≤3.11)
        for (const q of [s, ...path]) if (q.kind === 'function' || q.kind === 'class' || q.kind === 'comp') q.code.freeVars.add(name);
        // Fix up loads of this name in the owner that were resolved as plain locals.
        for (const r of p.refs) if (r.name === name && r.expr.scope === 'local') r.expr.scope = 'cell';
        return 'free';
      }
      if (p.kind === 'function' && p.nonlocalDecl.has(name)) { /* keep searching outward */ }
      path.push(p);
      p = p.parent;
    }
    this.markGlobal(s, name);
    return 'global';
  }

  private markGlobal(s: ScopeInfo, name: string): void {
    let p: ScopeInfo | undefined = s;
    while (p) { p.code.globalsUsed.add(name); p = p.parent; }
  }
}

/**
 * Stamps `body` with n's span and returns it. Assigning in place, rather than
 * spreading `{ ...pos(n), ...body }`, keeps lowering off V8's slow generic
 * object-spread path (it showed as a fifth of lowering's time).
 */
/** Node types a misparsed type alias's value may be that are plain expressions (see typeAliasStatement). */
const EXPRESSION_LIKE = new Set(['identifier', 'attribute', 'subscript', 'call', 'binary_operator', 'unary_operator', 'boolean_operator',
  'comparison_operator', 'not_operator', 'conditional_expression', 'integer', 'float', 'string', 'concatenated_string', 'true', 'false',
  'none', 'list', 'tuple', 'dictionary', 'set', 'list_comprehension', 'dictionary_comprehension', 'set_comprehension',
  'generator_expression', 'parenthesized_expression', 'lambda', 'await']);

function at<T extends object>(n: SyntaxNode, body: T): T & { line: number; col: number; endLine: number; endCol: number } {
  const s = n.startPosition;
  const e = n.endPosition;
  const b = body as T & { line: number; col: number; endLine: number; endCol: number };
  b.line = s.row + 1;
  b.col = s.column;
  b.endLine = e.row + 1;
  b.endCol = e.column;
  placed?.push(b);
  return b;
}

/** Whether position `p` starts inside the span of `outer` (a node's start and end). */
function within(p: Pos, outer: Pos): boolean {
  if (outer.endLine === undefined || outer.endCol === undefined) return false;
  const after = p.line > outer.line || (p.line === outer.line && p.col >= outer.col);
  const before = p.line < outer.endLine || (p.line === outer.endLine && p.col < outer.endCol);
  return after && before;
}

function pos(n: SyntaxNode): { line: number; col: number; endLine: number; endCol: number } {
  const s = n.startPosition;
  const e = n.endPosition;
  const p = { line: s.row + 1, col: s.column, endLine: e.row + 1, endCol: e.column };
  placed?.push(p);
  return p;
}

function isCompound(t: string): boolean {
  return /^(if|for|while|try|with|function_definition|class_definition|decorated_definition|match)/.test(t);
}

function isSimple(s: Stmt): boolean {
  return !['if', 'while', 'for', 'try', 'with', 'match', 'def', 'class'].includes(s.k);
}

/** A body's docstring: its first statement when that is a plain string constant (not an f-string, not bytes). */
function docstringOf(body: Stmt[]): Expr | undefined {
  const first = body[0];
  return first?.k === 'expr' && first.value.k === 'const' && first.value.value.t === 'str' ? first.value : undefined;
}

/**
 * The name an annotation's text starts with, as dataclasses reads a string annotation
 * (_MODULE_IDENTIFIER_RE: an optional `module.` then a name): `['InitVar']`,
 * `['dataclasses', 'InitVar']`. @dataclass resolves it in the module namespace to tell InitVar,
 * ClassVar and KW_ONLY pseudo-fields from fields (the evaluated annotation object itself is not
 * followed for `InitVar[list]`).
 */
function annotationHead(text: string): string[] | undefined {
  const m = /^\s*(?:[rRbBuU]?["']{1,3})?\s*(?:(\w+)\s*\.)?\s*(\w+)/.exec(text);
  if (!m) return undefined;
  return m[1] ? [m[1], m[2]] : [m[2]];
}
