# A tokenizer written as a generator and a recursive-descent evaluator for
# arithmetic expressions; tokens are small slotted objects.


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tok = Token("num", src[i:j])  # ?rc tok
            i = j
        elif ch in "+-*/()":
            tok = Token("op", ch)
            i += 1
        else:
            i += 1
            continue
        yield tok


class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)  # ?rc tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()  # ?rc tok
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() is not None and self.peek().text in "+-":
            op = self.take()
            rhs = self.term()  # ?rc op
            value = value + rhs if op.text == "+" else value - rhs
        return value

    def term(self):
        tok = self.take()
        if tok.text == "(":
            value = self.expr()
            self.take()
            return value
        return int(tok.text)


source = "12 + (300 - 45) + 7000"  # ?rc source
gen = tokenize(source)  # ?rc source gen
first = next(gen)  # ?rc first
parser = Parser([first, *gen])  # ?rc gen parser
toks = parser.tokens  # ?rc toks first
result = parser.expr()  # ?rc result
del gen  # ?rc source
last = toks[-1]  # ?rc last
text = last.text  # ?rc text
nums = [t for t in toks if t.kind == "num"]  # ?rc nums last
del parser  # ?rc toks
del toks  # ?rc last first
