/**
 * Whether a def's or lambda's body is made only of statements and expressions whose constants lowering
 * registers exactly as the compiler puts them in co_consts (3.11-3.13): then the code object's
 * co_consts is (None, *the registered constants) and two such functions (or lambdas: None first too) registering the same one
 * constant have equal co_consts tuples, which the compiler's constant cache merges file-wide
 * (merge_const_one in _PyCode_New's caller), so that constant has one code holder, not two.
 *
 * A whitelist, on purpose: everything else may add constants lowering does not register or
 * drop ones it does (measured over every function of test/cases, 3.11-3.13: f-string text and specs,
 * `'%s' % x` rewritten to an f-string, `while True` losing True, `**kw` calls' empty tuple,
 * a bare `...` statement, an import's 0 and name tuple, `()`, a generator expression's co_consts not
 * starting with None). Docstrings are left out by the caller (co_consts[0] is the docstring).
 */
import type { LiteNode as SyntaxNode } from '../parse/liteTree';

const PLAIN_STATEMENTS = new Set([
  'expression_statement', 'return_statement', 'pass_statement', 'raise_statement', 'if_statement',
  'else_clause', 'elif_clause', 'for_statement', 'block', 'comment',
]);

const PLAIN_EXPRESSIONS = new Set([
  'identifier', 'attribute', 'call', 'argument_list', 'integer', 'float', 'true', 'false', 'none',
  'comparison_operator', 'boolean_operator', 'not_operator', 'binary_operator', 'unary_operator',
  'parenthesized_expression', 'tuple', 'pattern_list', 'expression_list', 'subscript', 'assignment',
  'augmented_assignment',
]);

const LITERALS = new Set(['string', 'integer', 'float', 'true', 'false', 'none', 'concatenated_string']);

function literal(n: SyntaxNode | null): boolean {
  while (n?.type === 'parenthesized_expression') n = n.namedChildren[0];
  return !!n && (LITERALS.has(n.type) || (n.type === 'unary_operator' && literal(n.childForFieldName('argument'))));
}

/**
 * A plain string literal (one constant), or an f-string of interpolations only, each with no
 * format spec and no `=` (`f"{x}{y!r}"`: FORMAT_VALUE / BUILD_STRING, no constant at all).
 */
function plainString(n: SyntaxNode): boolean {
  const parts = n.namedChildren.filter((c) => c?.type !== 'string_start' && c?.type !== 'string_end');
  if (/^[a-zA-Z]*[tT]/.test(n.text)) return false;
  if (!/^[a-zA-Z]*[fF]/.test(n.text)) return parts.every((c) => c?.type === 'string_content');
  return parts.length > 0 && parts.every((c) => c?.type === 'interpolation'
    && c.children.every((x) => !!x && (x.type === '{' || x.type === '}' || x.type === 'type_conversion' || x === c.childForFieldName('expression')))
    && plain(c.childForFieldName('expression')!));
}

function plain(n: SyntaxNode): boolean {
  const t = n.type;
  if (t === 'string') return plainString(n);
  if (t === 'expression_statement') {
    // (a bare constant statement is dropped by the compiler)
    const e = n.namedChildren[0];
    if (!e || literal(e) || n.namedChildren.length !== 1) return false;
  } else if (t === 'if_statement' || t === 'elif_clause') {
    // (a constant test is folded away with its constant)
    if (literal(n.childForFieldName('condition'))) return false;
  } else if (t === 'conditional_expression') {
    if (literal(n.namedChildren.filter((c) => c?.type !== 'comment')[1] ?? null)) return false;
  } else if (t === 'binary_operator') {
    // (two constants fold into one; `'...' % x` becomes an f-string, 3.12+)
    const l = n.childForFieldName('left'), r = n.childForFieldName('right');
    if (literal(l) && literal(r)) return false;
    if (l && literal(l) && (l.type === 'string' || l.type === 'concatenated_string')) return false;
  } else if (t === 'assignment') {
    if (n.childForFieldName('type')) return false;
  } else if (t === 'tuple') {
    // (`()` is in co_consts, but as the shared empty tuple lowering registers no constant for it)
    if (!n.namedChildren.length) return false;
  } else if (t === 'subscript') {
    if (n.childrenForFieldName('subscript').length !== 1) return false;
  } else if (t === 'for_statement') {
    if (n.children.some((c) => c?.type === 'async')) return false;
  } else if (!PLAIN_STATEMENTS.has(t) && !PLAIN_EXPRESSIONS.has(t)) return false;
  for (const c of n.namedChildren) if (c && !plain(c)) return false;
  return true;
}

/** A lambda's body: one plain expression (its value is returned, so a constant alone counts). */
export function plainConstExpr(body: SyntaxNode | null): boolean {
  return !!body && plain(body);
}

/** The body of a def (its `block`): every statement plain as above. */
export function plainConstBody(body: SyntaxNode | null): boolean {
  return !!body && body.namedChildren.length > 0 && body.namedChildren.every((c) => !!c && plain(c));
}
