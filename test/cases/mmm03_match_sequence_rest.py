# Theme: sequence patterns with *rest. Matching a list of token objects binds
# items and builds a new list for the starred capture; nested sequence
# patterns reach into inner tuples without copying them.


class Tok:
    def __init__(self, text):
        self.text = text


def parse(tokens):
    match tokens:
        case []:
            return None
        case [Tok(text="push") as op, arg]:
            stack = [arg]  # ?rc op arg stack
            return stack
        case [head, *middle, tail] if len(middle) > 1:
            parts = (head, tail)  # ?rc head tail middle parts
            return middle
        case [only, *rest]:
            return rest


push = Tok("push")  # ?rc push
val = Tok("value token!")  # ?rc val
a, b, c, d = Tok("a"), Tok("b"), Tok("c"), Tok("d")  # ?rc a b c d
seq = [push, val]  # ?rc seq push val
got = parse(seq)  # ?rc got val push
longer = [a, b, c, d]
mid = parse(longer)  # ?rc mid b c a d
tail_only = parse([a])  # ?rc tail_only a
empty = parse([])  # ?rc longer

pairs = [(a, (b, c)), (d, (a, b))]
found = []
for item in pairs:
    match item:
        case (x, (y, z)) if x is d:
            inner = item[1]  # ?rc x y z inner
            found.append(inner)
        case (x, [*ys]):
            found.append(ys)  # ?rc ys
total = found  # ?rc a b c d found
del x, y, z, ys, inner, item  # ?rc a b c d

match (val, [push, val]):
    case (first, [_, *_] as lst):
        bound = lst  # ?rc first lst val push
