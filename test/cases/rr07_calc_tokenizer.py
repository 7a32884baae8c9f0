# Theme: a tokenizer + evaluator for arithmetic: tokens are namedtuples
# produced by re.finditer, a recursive-descent parser builds Num/BinOp node
# objects, evaluation returns floats, and bad input raises SyntaxError.
import gc
import re
from collections import namedtuple

Tok = namedtuple("Tok", "kind text")
PATTERN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


def tokenize(src):
    out = []
    for m in PATTERN.finditer(src):
        num, op = m.groups()
        out.append(Tok("num", num) if num else Tok("op", op))
    return out


class Num:
    def __init__(self, value):
        self.value = value


class BinOp:
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self):
        a, b = self.left.eval(), self.right.eval()  # ?rc a b
        return a + b if self.op == "+" else a * b if self.op == "*" else a - b


Num.eval = lambda self: self.value


def parse(toks):
    node = Num(float(toks.pop(0).text))
    while toks:
        op = toks.pop(0)  # ?rc op
        if op.kind != "op" or not toks:
            raise SyntaxError(f"unexpected {op.text!r}")
        rhs = Num(float(toks.pop(0).text))
        node = BinOp(op.text, node, rhs)  # ?rc node rhs
    return node


gc.collect()
toks = tokenize("12.5 + 30 * 2")  # ?rc toks
first = toks[0]  # ?rc first
tree = parse(toks)  # ?rc tree first
result = tree.eval()  # ?rc result
leaf = tree.right  # ?rc leaf
try:
    parse(tokenize("4 +"))
except SyntaxError as exc:
    msg = exc.msg  # ?rc msg
del tree  # ?rc leaf
print(result, msg, gc.collect())  # ?rc first
