# Theme: visitor over a small AST with dispatch by method name
# (getattr(self, "visit_" + class name)), plus a transformer that folds
# constant additions and returns new nodes, dropping the old subtree.
import gc


class Const:
    def __init__(self, value):
        self.value = value


class Add:
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Var:
    def __init__(self, name):
        self.name = name


class Visitor:
    def visit(self, node):
        meth = getattr(self, "visit_" + type(node).__name__)
        return meth(node)


class Folder(Visitor):
    def visit_Const(self, node):
        return node

    visit_Var = visit_Const

    def visit_Add(self, node):
        left, right = self.visit(node.left), self.visit(node.right)
        if isinstance(left, Const) and isinstance(right, Const):
            return Const(left.value + right.value)
        return Add(left, right)


class Namer(Visitor):
    def __init__(self):
        self.seen = []

    def visit_Const(self, node):
        self.seen.append(node)

    visit_Var = visit_Const

    def visit_Add(self, node):
        self.visit(node.left)
        self.visit(node.right)


x = Var("x")  # ?rc x
c1, c2 = Const(1.5), Const(2.5)  # ?rc c1 c2
tree = Add(x, Add(c1, c2))  # ?rc tree x
folded = Folder().visit(tree)  # ?rc folded tree x c1
new_const = folded.right  # ?rc new_const
total = new_const.value  # ?rc total
namer = Namer()
namer.visit(tree)  # ?rc x c1
namer.visit(folded)  # ?rc x new_const
del tree  # ?rc c1 c2 x
seen = namer.seen  # ?rc seen
del namer  # ?rc seen c1
seen.clear()  # ?rc c1 x folded
print(gc.collect())
