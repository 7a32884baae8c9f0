# Tokenizer (generator) and recursive-descent calculator.
import sys


class Token:
    def __init__(self, kind: str, text: str):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def tokenize(source: str):
    i = 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(source) and (source[j].isdigit() or source[j] == "."):
                j += 1
            yield Token("num", source[i:j])
            i = j
        else:
            yield Token("op", ch)
            i += 1


class Parser:
    def __init__(self, tokens: list):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self) -> float:
        value = self.term()
        while self.peek() is not None and self.peek().text in "+-":
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self) -> float:
        value = self.factor()
        while self.peek() is not None and self.peek().text in "*/":
            op = self.take().text
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs
        return value

    def factor(self) -> float:
        tok = self.take()
        if tok.text == "(":
            value = self.expr()
            self.take()
            return value
        return float(tok.text)


src = "3.5 * (2 + 4.25) - 10 / 4"  # ?rc src
gen = tokenize(src)  # ?rc gen src
first = next(gen)  # ?rc first gen
rest = list(gen)  # ?rc rest src
tokens = [first] + rest  # ?rc tokens first
p = Parser(tokens)  # ?rc p tokens
result = p.expr()  # ?rc result p tokens
texts = [t.text for t in tokens]  # ?rc texts
joined = " ".join(texts)  # ?rc joined
nums = [t for t in tokens if t.kind == "num"]  # ?rc nums first
last = tokens[-1]  # ?rc last
del rest  # ?rc last tokens
p2 = Parser(list(tokenize("(1.5 + 2.5) * 3")))  # ?rc p2
r2 = p2.expr()  # ?rc r2
print(sys.getrefcount(first))
del p, tokens, nums  # ?rc first last
print(sys.getrefcount(src))
def accumulator():
    total = 0.0
    while True:
        value = yield total
        total += value


acc = accumulator()  # ?rc acc
next(acc)
v1 = 2.5 * 2  # ?rc v1
r3 = acc.send(v1)  # ?rc v1 r3
head, sep, tail = src.partition("*")  # ?rc head tail
parts = src.split()  # ?rc parts
nums2 = list(map(float, ["1.25", "2.75"]))  # ?rc nums2
acc.close()  # ?rc acc v1
