# Theme: an interpreter for a tiny stack language: words map to closures,
# lambdas and bound methods in a dictionary, user definitions (: name ... ;)
# are stored as token lists and expanded recursively.
import gc
import operator
import sys


class Machine:
    def __init__(self):
        self.stack = []
        self.words = {
            "+": self.binary(operator.add),
            "*": self.binary(operator.mul),
            "dup": lambda: self.stack.append(self.stack[-1]),
            "swap": self.swap,
            "drop": self.stack.pop,
        }
        self.defs = {}

    def binary(self, fn):
        def op():
            b = self.stack.pop()
            a = self.stack.pop()
            self.stack.append(fn(a, b))
        return op

    def swap(self):
        self.stack[-2:] = self.stack[-1:-3:-1]

    def run(self, source):
        tokens = iter(source.split())
        for tok in tokens:
            if tok == ":":
                name = next(tokens)
                body = []
                for t in tokens:
                    if t == ";":
                        break
                    body.append(t)
                self.defs[name] = body
            else:
                self.execute(tok)
        return self.stack

    def execute(self, tok):
        if tok in self.defs:
            for t in self.defs[tok]:
                self.execute(t)
        elif tok in self.words:
            self.words[tok]()
        else:
            self.stack.append(float(tok))


vm = Machine()  # ?rc vm
stack = vm.run("2.5 3.5 + dup *")  # ?rc stack
top = stack[-1]  # ?rc top
vm.run(": square dup * ; 1.5 square")  # ?rc top
body = vm.defs["square"]  # ?rc body
sq = stack[-1]  # ?rc sq
vm.run("swap")  # ?rc sq top
drop = vm.words["drop"]  # ?rc drop stack
popped = drop()  # ?rc popped top
print(stack, sys.getrefcount(vm))
del vm  # ?rc stack drop body
print(gc.collect())  # machine, dicts, closures, cells, bound method
