# Arithmetic tokenizer with a master regex (finditer, lastgroup) and a recursive-descent evaluator.
import re
from typing import NamedTuple
import gc

SPEC = [("NUM", r"\d+(?:\.\d*)?"), ("OP", r"[+\-*/()]"), ("WS", r"\s+")]
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in SPEC))  # ?rc MASTER


class Tok(NamedTuple):
    kind: str
    text: str
    pos: int


def tokenize(src):
    toks = []
    for mo in MASTER.finditer(src):
        kind = mo.lastgroup
        if kind == "WS":
            continue
        t = Tok(kind, mo.group(), mo.start())  # ?rc t mo
        toks.append(t)
    return toks


class Parser:
    def __init__(self, toks):
        self.toks = toks  # ?rc toks
        self.i = 0

    def peek(self):
        return self.toks[self.i].text if self.i < len(self.toks) else None

    def take(self):
        t = self.toks[self.i]  # ?rc t
        self.i += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take().text
            v = v + self.term() if op == "+" else v - self.term()
        return v

    def term(self):
        v = self.atom()
        while self.peek() in ("*", "/"):
            op = self.take().text
            v = v * self.atom() if op == "*" else v / self.atom()
        return v

    def atom(self):
        t = self.take()
        if t.text == "(":
            v = self.expr()
            self.take()
            return v
        return float(t.text)


source = "3.5 * (2 + 40) - 7 / 2"  # ?rc source
toks = tokenize(source)  # ?rc toks
t0 = toks[0]  # ?rc t0
txt = t0.text  # ?rc txt
parser = Parser(toks)  # ?rc parser toks
value = parser.expr()  # ?rc value
it = MASTER.finditer(source)  # ?rc it source MASTER
m1 = next(it)  # ?rc m1 source
del it  # ?rc source
del parser  # ?rc toks
kinds = [t.kind for t in toks]  # ?rc kinds
del toks  # ?rc t0
n = gc.collect()
print(value, kinds, n)
