# Theme: a tiny expression parser: a tokenizer generator, a recursive
# descent parser building Node objects with parent links, and evaluation.
import gc
import sys


class Node:
    def __init__(self, op, kids=()):
        self.op = op
        self.kids = list(kids)
        self.parent = None
        for k in self.kids:
            k.parent = self  # ?rc self


def tokens(text):
    for part in text.split():
        yield part


class Parser:
    def __init__(self, text):
        self.toks = list(tokens(text))
        self.pos = 0

    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        left = self.atom()
        while self.pos < len(self.toks):
            op = self.take()
            right = self.atom()
            left = Node(op, (left, right))  # ?rc left right
        return left

    def atom(self):
        return Node(float(self.take()))


def evaluate(node):
    if not node.kids:
        return node.op
    a, b = (evaluate(k) for k in node.kids)
    return a + b if node.op == "+" else a * b


gc.collect()
tree = Parser("1.5 + 2.5 * 4.0").expr()  # ?rc tree
left = tree.kids[0]  # ?rc left tree
value = evaluate(tree)  # ?rc value
print(value)
print(sys.getrefcount(tree))
del left
del tree
print(gc.collect())  # 5 nodes + 5 kids lists
toks = tokens("x y z")  # ?rc toks
first = next(toks)  # ?rc toks
del toks
print(gc.collect())
