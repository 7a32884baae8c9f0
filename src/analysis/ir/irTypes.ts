// The IR the interpreter runs: Python statements and expressions lowered from
// tree-sitter's concrete syntax tree into plain data, with scopes resolved and
// literal constants folded the way CPython's compiler folds them. Data only:
// no tree-sitter nodes survive lowering, so the tree can be deleted at once.

export interface Pos {
  /** 1-based line. */
  line: number;
  /** 0-based column. */
  col: number;
  /** Where the node ends (for fixes that rewrite it); absent on synthesised nodes. */
  endLine?: number;
  endCol?: number;
}

/** A literal constant after folding, as CPython's compiler would store it in co_consts. */
export type ConstValue =
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  /** `v` is the imaginary part (a literal `4j` has a real part of +0.0; folding makes others). */
  | { t: 'complex'; re: number; v: number }
  | { t: 'str'; v: string }
  /** `fresh`: an empty bytes a fold made (`b"ab" * 0`, bytes_repeat allocates it), not the cached b''. */
  | { t: 'bytes'; v: string; fresh?: true }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'ellipsis' }
  | { t: 'tuple'; v: ConstValue[] }
  /** Only from folding a set display of constants that is iterated or searched (`x in {1.5, 2.5}`). */
  | { t: 'frozenset'; v: ConstValue[] };

export type Expr = Pos & ExprBody;
export type ExprBody =
  /** A name load; `scope` says where the name lives (resolved at lowering). */
  | { k: 'name'; id: string; scope: NameScope; hidesClass?: boolean }
  /** A literal (or folded) constant; `key` identifies the merged co_consts object. */
  /**
   * `origin` / `arena`: who made the object (lowering's ConstOrigin) and the parser-arena references
   * beyond that origin's own that folds returning this same object added (`+(+7.25)`: 2).
   */
  | { k: 'const'; value: ConstValue; key: string; origin?: boolean | 'folded'; arena?: number }
  | { k: 'list' | 'tuple' | 'set'; elts: Expr[] }
  | { k: 'dict'; items: DictItem[] }
  /** `*x` inside a display or a call. */
  | { k: 'star'; value: Expr }
  | { k: 'binop'; op: string; left: Expr; right: Expr }
  | { k: 'unary'; op: string; operand: Expr }
  | { k: 'boolop'; op: 'and' | 'or'; values: Expr[] }
  | { k: 'compare'; ops: string[]; operands: Expr[] }
  /**
   * constPos: the positional arguments are a tuple constant (a `**` call of constant positionals).
   * siteKey: the call site's own key where its position is not (text run by exec(): execText.ts).
   */
  | { k: 'call'; func: Expr; args: Arg[]; constPos?: true; siteKey?: string }
  | { k: 'attr'; obj: Expr; name: string }
  | { k: 'subscript'; obj: Expr; index: Expr }
  | { k: 'slice'; lower?: Expr; upper?: Expr; step?: Expr }
  | { k: 'ifexp'; test: Expr; body: Expr; orelse: Expr }
  | { k: 'lambda'; fn: FunctionIR }
  /**
   * `code`: an inlined (list / set / dict) comprehension's own code object; its
   * cellVars are the loop names an inner lambda or generator expression captures.
   */
  | { k: 'comp'; kind: 'list' | 'set' | 'dict' | 'gen'; elt: Expr; value?: Expr; generators: Comprehension[]; fn?: FunctionIR; code?: CodeIR }
  | { k: 'yield'; value?: Expr }
  | { k: 'yieldfrom'; value: Expr }
  | { k: 'await'; value: Expr }
  | { k: 'walrus'; target: Expr; value: Expr }
  /** `whole`: the f-string is one `{x}` (or `{x!s}`) and nothing else: an exact str x comes back itself. */
  | { k: 'fstring'; parts: Expr[]; whole?: boolean; spec?: string; pieces?: FPiece[] }
  /** Syntax the interpreter does not model: evaluates to an unknown object. */
  | { k: 'unknown'; text: string; children: Expr[] };

/**
 * An f-string's text in order: literal text, or interpolation `i` of `parts` with its
 * conversion and a literal format spec (`dynamic`: a spec with replacement fields).
 */
export type FPiece = string | { i: number; conv?: string; spec?: string; dynamic?: boolean };

export type NameScope = 'local' | 'global' | 'cell' | 'free' | 'classbody' | 'comp';

export type DictItem = { key: Expr; value: Expr } | { splat: Expr };

export type Arg =
  | { k: 'pos'; value: Expr }
  | { k: 'star'; value: Expr }
  | { k: 'kw'; name: string; value: Expr }
  | { k: 'dstar'; value: Expr };

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  /** An inner `for y in [expr]` / `(expr,)`: CPython compiles it as the assignment `y = expr`. */
  assignOnly?: boolean;
}

export type Stmt = Pos & StmtBody & {
  endLine: number;
  /** False when another simple statement follows on the same line: only the last one is recorded. */
  record: boolean;
};
export type StmtBody =
  | { k: 'expr'; value: Expr }
  | { k: 'assign'; targets: Expr[]; value: Expr }
  | { k: 'augassign'; target: Expr; op: string; value: Expr }
  /** annotation: evaluated and stored in __annotations__ (a simple name in a module or class body). */
  | { k: 'annassign'; target: Expr; value?: Expr; annotation?: Expr; annHead?: string[] }
  | { k: 'return'; value?: Expr }
  | { k: 'del'; targets: Expr[] }
  | { k: 'pass' | 'break' | 'continue' }
  | { k: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: 'while'; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { k: 'for'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync?: boolean }
  | { k: 'try'; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[] }
  | { k: 'with'; items: { ctx: Expr; target?: Expr }[]; body: Stmt[]; isAsync?: boolean }
  | { k: 'match'; subject: Expr; cases: MatchCase[] }
  | { k: 'def'; fn: FunctionIR; decorators: Expr[] }
  | { k: 'class'; cls: ClassIR; decorators: Expr[] }
  | { k: 'import'; names: { module: string; asname?: string }[] }
  | { k: 'importfrom'; module: string; names: { name: string; asname?: string }[] }
  | { k: 'global' | 'nonlocal'; names: string[] }
  | { k: 'raise'; exc?: Expr; cause?: Expr }
  | { k: 'assert'; test: Expr; msg?: Expr }
  | { k: 'unknown'; text: string; reason: string };

/** One `case PATTERN [if GUARD]:` of a match statement. */
export interface MatchCase {
  pattern: Pattern;
  guard?: Expr;
  body: Stmt[];
  line: number;
}

/**
 * A pattern of a `case`, as CPython's compiler sees it. Capture targets are
 * name targets (resolved like assignment targets); an absent target is `_`.
 */
export type Pattern = Pos & PatternBody;
export type PatternBody =
  /** `name` binds the subject; `_` (no target) matches anything and binds nothing. */
  | { p: 'capture'; target?: Expr }
  /** A literal or dotted value: `subject == value` (`is` for None, True, False). */
  | { p: 'value'; value: Expr; op: '==' | 'is' }
  /** `[a, *rest, b]` / `(a, b)` / `a, b`: at most one `star` item. */
  | { p: 'seq'; items: Pattern[] }
  /** `*name` (a new list of the middle items) or `*_` (no list is built). */
  | { p: 'star'; target?: Expr }
  /** `{key: pattern, ..., **rest}`: keys are literals or dotted values; `rest` a new dict. */
  | { p: 'mapping'; keys: Expr[]; values: Pattern[]; rest?: Expr }
  /** `Cls(p1, p2, attr=p3)`: positionals through `__match_args__`. */
  | { p: 'class'; cls: Expr; args: Pattern[]; kwargs: { name: string; pattern: Pattern }[] }
  | { p: 'or'; alts: Pattern[] }
  | { p: 'as'; pattern: Pattern; target: Expr };

export interface Handler {
  type?: Expr;
  name?: string;
  body: Stmt[];
  line: number;
  /** `except*` (PEP 654): the clause gets the part of an exception group its type matches. */
  star?: true;
}

export interface Param {
  name: string;
  kind: 'pos' | 'kwonly' | 'vararg' | 'kwarg';
  default?: Expr;
  /** A positional parameter before `/` (PEP 570): a keyword of its name does not bind it. */
  posOnly?: true;
}

/** A code object: module, function, lambda, class body or (≤3.11) comprehension. */
export interface CodeIR {
  /** Unique per file; the key of this code object in the interpreter. */
  id: number;
  name: string;
  qualname: string;
  line: number;
  /** Keys of the constants in co_consts (each holds one reference to its object). */
  consts: Set<string>;
  /** Names of this scope that inner functions capture (live in cells). */
  cellVars: Set<string>;
  /**
   * Names captured from enclosing functions. For a comprehension (inlined from 3.12, PEP 709):
   * the enclosing functions' names it uses, its free variables as its own function (≤3.11).
   */
  freeVars: Set<string>;
  /** Names assigned in this scope (locals of a function). */
  locals: Set<string>;
  /** Global names this scope reads or writes (module-level names it uses). */
  globalsUsed: Set<string>;
  /**
   * The docstring (a string constant as the body's first statement): a function keeps it as
   * __doc__ (func_doc), a class body and a module store it as `__doc__` before anything else.
   */
  doc?: Expr;
  /** What co_consts[0] is: a constant's key, or 'other' (a code object, an import's 0, a docstring or None). */
  firstConst?: string;
  /**
   * Constants whose every use here was folded away by the compiler's flow-graph
   * pass (literal defaults become one tuple constant): 3.12+ removes them from
   * co_consts unless they are co_consts[0]; 3.11 keeps them.
   */
  foldedAway?: string[];
  /** A code object is among this one's constants where comprehensions are code objects (≤3.11): any scope made inside. */
  hasNestedCode?: boolean;
  /** The same where comprehensions are inlined (3.12+): a function, lambda, generator expression or class made inside, or inside its comprehensions. */
  hasInlinedNestedCode?: boolean;
  /** Attribute names this scope's own expressions read, store or delete (part of co_names: lower.ts noteNameTupleSlack). */
  attrNames?: Set<string>;
  /** A function's or class's last line: its name tuples meet the constant cache when it is finished (noteNameTupleSlack). */
  endLine?: number;
}

export interface FunctionIR extends CodeIR {
  params: Param[];
  body: Stmt[];
  isGenerator: boolean;
  isAsync: boolean;
  isLambda: boolean;
  /** Uses `super()` or `__class__`: the class gets a `__class__` cell. */
  usesClassCell: boolean;
  /** For lambdas: the single expression. */
  expr?: Expr;
  /** All positional defaults are constants: the tuple constant the compiler folds them into. */
  defaultsConst?: Expr;
  /** A def or lambda whose body registers every constant the compiler puts in its co_consts (plainConsts.ts). */
  plainConsts?: true;
  /** Parameter and return annotations, evaluated when the function is made (none under `from __future__ import annotations`). */
  annotations?: { name: string; value: Expr }[];
  /** For generator expressions: the comprehension it runs. */
  genComp?: Expr & { k: 'comp' };
}

export interface ClassIR extends CodeIR {
  bases: Expr[];
  keywords: { name: string; value: Expr }[];
  body: Stmt[];
  /** Some method uses `super()`/`__class__`. */
  hasClassCell: boolean;
  /** Annotated names of the class body, in order (the fields a @dataclass gets). */
  annotated: { name: string; hasDefault: boolean; annHead?: string[] }[];
}

/**
 * Code objects whose name tuples may be one constant tuple (lower.ts noteNameTupleSlack), by whether
 * they were finished before the constant's first occurrence: `names*`, co_names / localsplusnames of
 * an equal set (may be the tuple: order not followed); `static*`, 3.13 class bodies whose
 * `__static_attributes__` equals it (surely the tuple, held by the body's co_consts and the class).
 */
export interface NameTupleMatches { namesBefore: number; namesAfter: number; staticBefore: number; staticAfter: number }

export interface ModuleIR extends CodeIR {
  body: Stmt[];
  /**
   * Every constant of the file: its value, the code objects holding it, and
   * whether the parser made it (true: a literal, or 'folded' from literals: the script's
   * parser keeps a reference) or only the compiler did (false: a list display's tuple).
   * `ownCodeHolders`: the holders when each list / set / dict comprehension is a code object of
   * its own (≤3.11, before PEP 709 inlined them), whose co_consts holds what it uses;
   * `ownCodeSlack` / `codeSlack` (comprehensions inlined): how many holders may be one tuple
   * (code objects using the same constants may get equal co_consts tuples, which the compiler
   * merges file-wide); `ownCodeMerged` / `codeMerged`: how many holders fewer, because those
   * code objects surely share one tuple (defs and lambdas whose co_consts is surely (None, the
   * constant): plainConsts.ts). `nameTuples`: code objects' name tuples that may be this tuple
   * (lower.ts noteNameTupleSlack).
   */
  constants: Map<string, { value: ConstValue; pos: Pos; holders: number; literal: boolean | 'folded'; arena?: number; itemArena?: number[]; compiledFirst?: true; ownCodeHolders?: number; ownCodeSlack?: number; codeSlack?: number; ownCodeMerged?: number; codeMerged?: number; nameTuples?: NameTupleMatches }>;
  /** Places lowering could not model (syntax errors, unsupported constructs). */
  problems: { line: number; col: number; endLine: number; endCol: number; code: string; message: string }[];
  codes: CodeIR[];
}
