# Theme: a tokenizer and recursive-descent parser for a tiny JSON-like
# language. Tokens are __slots__ objects; the parser builds Node objects
# whose children lists point down and whose parent is a weakref.ref, so
# the finished tree has no strong cycles.
import gc
import re
import weakref

class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

def tokenize(src):
    tokens = []
    for text in re.findall(r"[\[\]{},:]|[^\[\]{},:\s]+", src):
        tok = Token(text if text in "[]{},:" else "atom", text)
        tokens.append(tok)  # ?rc tok
    return tokens

class Node:
    def __init__(self, kind, value=None):
        self.kind = kind
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = weakref.ref(self)
        self.children.append(child)  # ?rc child

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def value(self):
        tok = self.take()  # ?rc tok
        if tok.kind in "[{":
            node = Node("list" if tok.kind == "[" else "dict")
            while self.tokens[self.pos].kind not in "]}":
                child = self.value()
                node.add(child)
                if self.tokens[self.pos].kind in ",:":
                    self.take()
            self.take()
            return node
        return Node("atom", float(tok.text))

tokens = tokenize("[1.5, {2.5: 3.5}, [4.5, 5.5]]")  # ?rc tokens
parser = Parser(tokens)  # ?rc parser
root = parser.value()  # ?rc root
inner = root.children[1]  # ?rc inner
leaf = inner.children[1]  # ?rc leaf
up = leaf.parent  # ?rc up
number = leaf.value  # ?rc number
back = up()  # ?rc back inner
print(number, back.kind, len(root.children))
del back, parser, tokens
print(gc.collect())  # weak parents: no cycles anywhere
del root  # ?rc inner leaf
print(inner.parent() is None, gc.collect())
