# Tokenizer and recursive-descent calculator with variables and an AST of node objects.
import gc


class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left  # ?rc left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        return a / b


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        else:
            tokens.append(Token("op", ch))
            i += 1
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens  # ?rc tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def expr(self):
        node = self.term()
        while self.peek() is not None and self.peek().text in "+-":
            op = self.tokens[self.pos].text
            self.pos += 1
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek() is not None and self.peek().text in "*/":
            op = self.tokens[self.pos].text
            self.pos += 1
            node = BinOp(op, node, self.atom())
        return node

    def atom(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok.kind == "num":
            return Num(float(tok.text))
        if tok.kind == "name":
            return Var(tok.text)
        inner = self.expr()
        self.pos += 1  # ?rc inner
        return inner


src = "(rate + 2.5) * 4 - width / 2"  # ?rc src
tokens = tokenize(src)  # ?rc tokens
parser = Parser(tokens)  # ?rc parser tokens
tree = parser.expr()  # ?rc tree
env = {"rate": 1.25, "width": 10.0}  # ?rc env
result = tree.eval(env)  # ?rc result
left = tree.left  # ?rc left tree
del parser  # ?rc tokens
first = tokens[0]  # ?rc first
tokens.clear()  # ?rc first
del first
trees = [Parser(tokenize(s)).expr() for s in ["1 + 2 * 3", "x * x", "(a - b) / c"]]  # ?rc trees
values = [t.eval({"x": 3.0, "a": 9.0, "b": 1.0, "c": 2.0}) for t in trees]  # ?rc values
print(result, values)
del tree  # ?rc left
n = gc.collect()
left.left.self_ref = left  # ?rc left
del left
n = gc.collect()
del trees, values
n = gc.collect()
