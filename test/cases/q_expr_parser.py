# Application: a recursive-descent expression parser producing an AST of
# node classes, then an evaluator walking it with an environment dict.
import gc
import sys


class Num:
    def __init__(self, value):
        self.value = value


class Var:
    def __init__(self, name):
        self.name = name


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Parser:
    def __init__(self, text):
        self.tokens = text.replace("(", " ( ").replace(")", " ) ").split()
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            right = self.term()
            node = BinOp(op, node, right)  # ?rc node right
        return node

    def term(self):
        node = self.atom()
        while self.peek() in ("*", "/"):
            op = self.take()
            node = BinOp(op, node, self.atom())
        return node

    def atom(self):
        tok = self.take()
        if tok == "(":
            inner = self.expr()
            self.take()
            return inner
        if tok.isdigit():
            return Num(float(tok))
        return Var(tok)


def evaluate(node, env):
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        return env[node.name]
    a = evaluate(node.left, env)
    b = evaluate(node.right, env)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[node.op]


p = Parser("2 * (x + 3) - y / 4")  # ?rc p
toks = p.tokens  # ?rc toks p
tree = p.expr()  # ?rc tree p
left = tree.left  # ?rc left tree
env = {"x": 1.5 * 2, "y": 10 ** 3}  # ?rc env
result = evaluate(tree, env)  # ?rc result env tree
print(result, sys.getrefcount(tree))
y = env["y"]  # ?rc y
del env  # ?rc y
del p  # ?rc toks
nodes = [tree, left, tree.right]  # ?rc nodes tree left
del tree  # ?rc left nodes
nodes.clear()  # ?rc left
print(gc.collect())
