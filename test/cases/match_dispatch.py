# An interpreter-style dispatcher: commands parsed into tuples, dataclass
# nodes matched positionally (also through a subclass), results accumulated
# across many calls of the same function.
from dataclasses import dataclass


@dataclass
class Num:
    value: object


@dataclass
class Add:
    left: object
    right: object


class Sub(Add):
    pass


def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Sub(l, r):
            return evaluate(l, env) - evaluate(r, env)
        case Add(left=l, right=r):
            return evaluate(l, env) + evaluate(r, env)
        case str(name):
            return env[name]
    raise ValueError(node)


x = 1.5 * 2
env = {"x": x}  # ?rc env x
tree = Add(Num(x), Sub(Num(2.5), "x"))  # ?rc tree x
result = evaluate(tree, env)  # ?rc result x env tree

log = []
commands = [("push", [1.5]), ("push", [2.5]), ("pop",), ("dup", 3)]
stack = []
for cmd in commands:
    match cmd:
        case ("push", item):
            stack.append(item)  # ?rc item stack
        case ("pop",):
            top = stack.pop()  # ?rc top
            log.append(top)
        case (op, *args):
            log.append((op, args))  # ?rc args
print(len(stack), len(log))
held = stack[0]  # ?rc held stack log
