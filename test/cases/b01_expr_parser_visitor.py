# Theme: a recursive-descent parser for arithmetic that builds an AST of small
# classes, evaluated by a visitor whose dispatch table holds bound methods.
import gc
import sys

LEVELS = (("+", "-"), ("*", "/"))


class Num:
    def __init__(self, value):
        self.value = value


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Parser:
    def __init__(self, text):
        self.tokens = text.replace("(", "( ").replace(")", " )").split()[::-1]

    def expr(self, level=0):
        if level == len(LEVELS):
            return self.factor()
        node = self.expr(level + 1)
        while self.tokens and self.tokens[-1] in LEVELS[level]:
            node = BinOp(self.tokens.pop(), node, self.expr(level + 1))
        return node

    def factor(self):
        tok = self.tokens.pop()
        if tok == "(":
            node = self.expr()
            self.tokens.pop()
            return node
        return Num(float(tok))


class Evaluator:
    def __init__(self):
        self.dispatch = {Num: self.num, BinOp: self.binop}

    def visit(self, node):
        return self.dispatch[type(node)](node)

    def num(self, node):
        return node.value

    def binop(self, node):
        a, b = self.visit(node.left), self.visit(node.right)
        return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[node.op]


parser = Parser("1.5 + 2.5 * (3.5 - 0.5)")  # ?rc parser
toks = parser.tokens  # ?rc toks
first = toks[-1]  # ?rc first
tree = parser.expr()  # ?rc tree first
left = tree.left  # ?rc left tree
value = left.value  # ?rc value
ev = Evaluator()  # ?rc ev
result = ev.visit(tree)  # ?rc result ev
print(result, sys.getrefcount(ev))
del parser, toks  # ?rc first tree
del tree  # ?rc left value
del ev
print(gc.collect())  # evaluator, dispatch dict, two bound methods
