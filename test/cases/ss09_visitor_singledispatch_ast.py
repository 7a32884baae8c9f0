# Theme: visitor over the standard ast module. An ast.NodeVisitor subclass
# collects Name nodes into a list; a second pass with singledispatch counts
# node kinds; the parsed tree keeps every node alive until it is deleted.
import ast
import functools
import gc


class NameCollector(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node)
        self.generic_visit(node)


@functools.singledispatch
def describe(node, out):
    out.append(type(node))


@describe.register
def _(node: ast.Constant, out):
    out.append(node)


tree = ast.parse("total = price * 1.25 + fee - price")  # ?rc tree
body = tree.body  # ?rc body
assign = body[0]  # ?rc assign
col = NameCollector()
col.visit(tree)  # ?rc assign
names = col.names  # ?rc names
first = names[0]  # ?rc first
last = names[-1]  # ?rc last first
out = []
for node in ast.walk(assign.value):
    describe(node, out)  # ?rc node
consts = [o for o in out if isinstance(o, ast.Constant)]  # ?rc consts
c = consts[0]  # ?rc c
del node  # ?rc c
del col  # ?rc names first
del tree, body  # ?rc assign first c
del assign, out, consts  # ?rc c first
print(gc.collect())
