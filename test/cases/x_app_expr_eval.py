# Application: an expression evaluator. A tokenizer generator, a recursive
# descent parser building node objects with parent links (cycles), an
# evaluator with an environment dict, and error objects kept in a log.
import gc
import sys


class Node:
    def __init__(self, op, *kids):
        self.op = op
        self.kids = list(kids)
        self.parent = None
        for k in self.kids:
            k.parent = self


class Num(Node):
    def __init__(self, value):
        super().__init__("num")
        self.value = value


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
        while self.pos < len(self.toks) and self.toks[self.pos] in "+*":
            op = self.take()
            right = self.atom()
            left = Node(op, left, right)
        return left

    def atom(self):
        tok = self.take()
        return Num(int(tok))


def evaluate(node, env):
    if node.op == "num":
        return node.value
    a = evaluate(node.kids[0], env)
    b = evaluate(node.kids[1], env)
    env["steps"] += 1
    return a + b if node.op == "+" else a * b


env = {"steps": 0}  # ?rc env
p = Parser("1 + 2 * 3")  # ?rc p
toks = p.toks  # ?rc toks
tree = p.expr()  # ?rc tree
left = tree.kids[0]  # ?rc left tree
result = evaluate(tree, env)  # ?rc result env
print(result, env["steps"])
del left
errors = []
for text in ["4 +", "5 * 6"]:
    try:
        errors.append(Parser(text).expr())
    except IndexError as exc:
        errors.append(exc)  # ?rc exc errors
print(len(errors))
print(sys.getrefcount(tree))
del tree, p
print(gc.collect())
errors.clear()
print(gc.collect())
