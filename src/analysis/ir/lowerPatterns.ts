// Lowers `match` statements (PEP 634) into the IR's MatchCase / Pattern
// nodes. Kept apart from lower.ts because tree-sitter's pattern grammar has
// its own shapes: a negative number is a "-" token beside the number (in
// union and mapping patterns too), `(p)` is a tuple_pattern without a comma,
// and `kw=p as n` parses as an as_pattern around the keyword_pattern. The
// constants are registered as CPython's compiler does: literal patterns are
// co_consts; a mapping pattern's all-literal keys become one folded tuple.
import type { LiteNode as SyntaxNode } from '../parse/liteTree';
import { foldBinary, foldUnary } from './constants';
import type { ConstValue, Expr, MatchCase, Pattern, PatternBody, Stmt, StmtBody } from './irTypes';

/** What pattern lowering needs from the Lowering pass (lower.ts). */
export interface PatternHost {
  expr(n: SyntaxNode | null | undefined): Expr;
  target(n: SyntaxNode): Expr;
  block(n: SyntaxNode | null): Stmt[];
  mk(n: SyntaxNode, body: StmtBody): Stmt;
  unsupported(n: SyntaxNode, what: string): Stmt;
  tupleOf(n: SyntaxNode, elts: Expr[]): Expr;
  foldedConst(n: SyntaxNode, value: ConstValue, parts: Expr[]): Expr;
  /** Constants loaded then built into a tuple: the flow-graph pass folds them into one tuple constant. */
  foldConstTuple(n: SyntaxNode, parts: Expr[]): Expr;
  addConst(value: ConstValue, n: SyntaxNode, literal?: boolean): Expr;
  /** Registers an object holding a line (the lowering cache moves such objects when an edit moves the statement). */
  place<T extends object>(o: T): T;
}

/** The host of the match statement being lowered (for `at`, which registers what it stamps). */
let placing: PatternHost | undefined;

/** A pattern shape this lowering does not know: the whole statement becomes unsupported. */
class UnknownPattern extends Error {}

export function lowerMatch(h: PatternHost, n: SyntaxNode): Stmt {
  const outer = placing;
  placing = h;
  try {
    const subjects = n.childrenForFieldName('subject');
    const tupleSubject = subjects.length > 1 || n.children.some((c) => c.type === ',');
    const exprs = subjects.map((s) => h.expr(s));
    const subject = tupleSubject ? h.tupleOf(n, exprs) : exprs[0] ?? h.expr(null);
    const cases: MatchCase[] = [];
    for (const c of n.childForFieldName('body')?.childrenForFieldName('alternative') ?? []) {
      if (c.type !== 'case_clause') throw new UnknownPattern();
      const pats = c.children.filter((x) => x.type === 'case_pattern');
      // `case a, b:` is an open sequence pattern.
      const pattern = pats.length > 1 || c.children.some((x) => x.type === ',')
        ? at(c, { p: 'seq', items: pats.map((x) => pattern1(h, x)) })
        : pattern1(h, pats[0]);
      const g = c.childForFieldName('guard');
      const guard = g ? h.expr(g.namedChildren.find((x) => x.type !== 'comment')) : undefined;
      cases.push(h.place({ pattern, guard, body: h.block(c.childForFieldName('consequence')), line: c.startPosition.row + 1 }));
    }
    return h.mk(n, { k: 'match', subject, cases });
  } catch (e) {
    if (!(e instanceof UnknownPattern)) throw e;
    return h.unsupported(n, 'match');
  } finally {
    placing = outer;
  }
}

function pattern1(h: PatternHost, n: SyntaxNode | undefined): Pattern {
  if (!n) throw new UnknownPattern();
  const items = patternsIn(h, n.children);
  if (items.length !== 1) throw new UnknownPattern();
  return items[0];
}

/** The patterns among sibling nodes, each "-" joined to the number after it. */
function patternsIn(h: PatternHost, nodes: SyntaxNode[]): Pattern[] {
  const out: Pattern[] = [];
  let neg = false;
  for (const c of nodes) {
    if (c.type === '-') { neg = true; continue; }
    if (c.type === '_') { out.push(at(c, { p: 'capture' })); continue; }
    if (!c.isNamed || c.type === 'comment') continue;
    out.push(pattern(h, c, neg));
    neg = false;
  }
  return out;
}

function pattern(h: PatternHost, n: SyntaxNode, neg: boolean): Pattern {
  switch (n.type) {
    case 'case_pattern': return pattern1(h, n);
    case 'dotted_name': {
      const ids = n.namedChildren.filter((c) => c.type === 'identifier');
      if (ids.length === 1) return at(n, { p: 'capture', target: h.target(ids[0]) });
      return at(n, { p: 'value', value: valueExpr(h, n, false), op: '==' });
    }
    case 'true': case 'false': case 'none':
      return at(n, { p: 'value', value: h.expr(n), op: 'is' });
    case 'integer': case 'float': case 'string': case 'concatenated_string': case 'complex_pattern':
      return at(n, { p: 'value', value: valueExpr(h, n, neg), op: '==' });
    case 'list_pattern': case 'tuple_pattern': {
      const parts = n.children.filter((c) => c.type === 'case_pattern');
      // `(p)` groups; `(p,)` and `()` are sequences.
      if (n.type === 'tuple_pattern' && parts.length === 1 && !n.children.some((c) => c.type === ',')) return pattern1(h, parts[0]);
      return at(n, { p: 'seq', items: parts.map((c) => pattern1(h, c)) });
    }
    case 'splat_pattern': {
      const id = n.namedChildren.find((c) => c.type === 'identifier');
      return at(n, { p: 'star', target: id ? h.target(id) : undefined });
    }
    case 'union_pattern': return at(n, { p: 'or', alts: patternsIn(h, n.children) });
    case 'as_pattern': {
      const inner = n.children.find((c) => c.type === 'case_pattern');
      const name = n.children.filter((c) => c.type === 'identifier').pop();
      if (!inner || !name) throw new UnknownPattern();
      return at(n, { p: 'as', pattern: pattern1(h, inner), target: h.target(name) });
    }
    case 'class_pattern': return classPattern(h, n);
    case 'dict_pattern': return mappingPattern(h, n);
    default: throw new UnknownPattern();
  }
}

/** A literal (folded with its sign, `-1`, `1+2j`) or a dotted value (`Color.RED`). */
function valueExpr(h: PatternHost, n: SyntaxNode, neg: boolean): Expr {
  if (n.type === 'dotted_name') {
    const ids = n.namedChildren.filter((c) => c.type === 'identifier');
    let e = h.expr(ids[0]);
    const { row, column } = n.startPosition;
    for (const id of ids.slice(1)) {
      e = h.place<Expr>({ k: 'attr', obj: e, name: id.text, line: row + 1, col: column, endLine: id.endPosition.row + 1, endCol: id.endPosition.column });
    }
    return e;
  }
  if (n.type === 'complex_pattern') {
    // [-] real (+|-) imag: the AST optimizer folds it into one constant.
    let left: Expr | undefined;
    let op = '';
    let sign = false;
    for (const c of n.children) {
      if (c.type === '-' && !left) { sign = true; continue; }
      if (c.type === '+' || c.type === '-') { op = c.type; continue; }
      if (!c.isNamed) continue;
      const v = signed(h, c, !left && (sign || neg));
      if (!left) { left = v; continue; }
      const f = left.k === 'const' && v.k === 'const' ? foldBinary(op, left.value, v.value) : undefined;
      if (!f) throw new UnknownPattern();
      left = h.foldedConst(n, f, [left, v]);
    }
    if (!left) throw new UnknownPattern();
    return left;
  }
  return signed(h, n, neg);
}

function signed(h: PatternHost, n: SyntaxNode, neg: boolean): Expr {
  const e = h.expr(n);
  if (!neg) return e;
  const f = e.k === 'const' ? foldUnary('-', e.value) : undefined;
  if (!f) throw new UnknownPattern();
  return h.foldedConst(n, f, [e]);
}

function classPattern(h: PatternHost, n: SyntaxNode): Pattern {
  const clsNode = n.namedChildren.find((c) => c.type === 'dotted_name');
  if (!clsNode) throw new UnknownPattern();
  const cls = valueExpr(h, clsNode, false);
  const args: Pattern[] = [];
  const kwargs: { name: string; pattern: Pattern }[] = [];
  for (const c of n.children.filter((x) => x.type === 'case_pattern')) {
    const inner = c.namedChildren.find((x) => x.type !== 'comment');
    // tree-sitter reads `attr=p as name` as `(attr=p) as name`: the `as` belongs to p.
    const asName = inner?.type === 'as_pattern' ? inner.children.filter((x) => x.type === 'identifier').pop() : undefined;
    const kwNode = inner?.type === 'keyword_pattern' ? inner
      : inner?.type === 'as_pattern' ? inner.children.find((x) => x.type === 'case_pattern')?.namedChildren.find((x) => x.type === 'keyword_pattern') : undefined;
    if (!kwNode) { args.push(pattern1(h, c)); continue; }
    const eq = kwNode.children.findIndex((x) => x.type === '=');
    const valuePats = patternsIn(h, kwNode.children.slice(eq + 1));
    if (eq < 1 || valuePats.length !== 1) throw new UnknownPattern();
    let p = valuePats[0];
    if (asName) p = at(inner!, { p: 'as', pattern: p, target: h.target(asName) });
    kwargs.push({ name: kwNode.children[0].text, pattern: p });
  }
  // MATCH_CLASS gets the keyword attribute names as one tuple constant.
  if (kwargs.length) h.addConst({ t: 'tuple', v: kwargs.map((k) => ({ t: 'str', v: k.name })) }, n, /* literal */ false);
  return at(n, { p: 'class', cls, args, kwargs });
}

function mappingPattern(h: PatternHost, n: SyntaxNode): Pattern {
  const keys: Expr[] = [];
  const values: Pattern[] = [];
  let rest: Expr | undefined;
  let neg = false;
  n.children.forEach((c, i) => {
    const field = n.fieldNameForChild(i);
    if (field === 'key') {
      if (c.type === '-') { neg = true; return; }
      keys.push(valueExpr(h, c, neg));
      neg = false;
    } else if (field === 'value') values.push(pattern1(h, c));
    else if (c.type === 'splat_pattern') {
      const id = c.namedChildren.find((x) => x.type === 'identifier');
      if (id) rest = h.target(id);
    }
  });
  if (keys.length !== values.length) throw new UnknownPattern();
  // All-literal keys: LOAD_CONSTs + BUILD_TUPLE, folded by the compiler into one tuple constant.
  if (keys.length && keys.every((k) => k.k === 'const')) h.foldConstTuple(n, keys);
  return at(n, { p: 'mapping', keys, values, rest });
}

function at<T extends PatternBody>(n: SyntaxNode, body: T): T & Pattern {
  const b = body as T & Pattern;
  b.line = n.startPosition.row + 1;
  b.col = n.startPosition.column;
  b.endLine = n.endPosition.row + 1;
  b.endCol = n.endPosition.column;
  placing?.place(b);
  return b;
}
