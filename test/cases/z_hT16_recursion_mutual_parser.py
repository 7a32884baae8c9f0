# A recursive-descent parser 400 groups deep: a method and a function call
# each other with keywords, 800 plain frames (within the recursion limit).


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def expr(self, depth=0, *, sink):
        tok = self.toks[self.pos]
        self.pos += 1
        if tok == "(":
            sub = group(self, depth=depth + 1, sink=sink)
            return sub
        sink.append(tok)
        return tok


def group(p, depth, sink):
    inner = p.expr(depth, sink=sink)
    p.pos += 1
    return [inner]


toks = ["("] * 400 + ["x"] + [")"] * 400
sink = []  # ?rc sink
p = Parser(toks)  # ?rc p
tree = p.expr(sink=sink)  # ?rc p sink tree
x = sink[0]  # ?rc x
del tree  # ?rc p
q = Parser(["(", "(", "why not", ")", ")"])  # ?rc q
small = q.expr(sink=sink)  # ?rc q small sink
y = sink[1]  # ?rc y toks
del p, q  # ?rc x y sink
