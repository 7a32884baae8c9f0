# Theme: a tokenizer and a recursive-descent calculator. Tokens are small
# tuples; the parser builds an AST of nested lists and evaluates it; the
# results are floats computed at run time.
import gc
import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


def tokenize(text):
    tokens = []
    for number, op in TOKEN_RE.findall(text):
        if number:
            tok = ("num", float(number))  # ?rc tok
        else:
            tok = ("op", op)
        tokens.append(tok)  # ?rc tok
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]  # ?rc tok
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            right = self.term()
            node = [op, node, right]  # ?rc node right
        return node

    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            node = [op, node, self.factor()]  # ?rc node
        return node

    def factor(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if value == "(":
            inner = self.expr()
            self.take()
            return inner
        if value == "-":
            return ["neg", self.factor()]
        raise SyntaxError(f"unexpected {value!r}")


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
       "*": lambda a, b: a * b, "/": lambda a, b: a / b}


def evaluate(node):
    if isinstance(node, float):
        return node
    if node[0] == "neg":
        return -evaluate(node[1])
    left, right = evaluate(node[1]), evaluate(node[2])
    result = OPS[node[0]](left, right)  # ?rc result
    return result


toks = tokenize("2.5 * (4 + 3.5) - 7 / 2")  # ?rc toks
print(toks)
first = toks[0]  # ?rc first toks
parser = Parser(toks)  # ?rc parser toks
tree = parser.expr()  # ?rc tree
left = tree[1]  # ?rc left tree
value = evaluate(tree)  # ?rc value
print(tree, "=", value)
del parser  # ?rc toks
del toks  # ?rc first
errors = []
for src in ["1 + ", "(2 * 3", "4 $ 5"]:
    try:
        evaluate(Parser(tokenize(src)).expr())
    except (SyntaxError, IndexError, TypeError) as exc:
        errors.append(exc)  # ?rc errors
last_error = errors[-1]  # ?rc last_error
del errors  # ?rc last_error
results = {src: evaluate(Parser(tokenize(src)).expr()) for src in ("1+2*3", "-(4.5)")}  # ?rc results
print(results)
print(gc.collect())
del last_error
print(gc.collect())  # an exception with a traceback: frames -> locals -> exc?
