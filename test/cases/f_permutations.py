# Application: backtracking that builds lists: permutations, subsets and
# N-queens; partial solutions are copied into result lists.
import gc
import sys


class Token:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Token(%s)" % self.name


def permutations(items):
    out = []
    used = [False] * len(items)
    path = []

    def backtrack():
        if len(path) == len(items):
            snap = path[:]  # ?rc snap
            out.append(snap)
            return
        for i, it in enumerate(items):
            if used[i]:
                continue
            used[i] = True
            path.append(it)
            backtrack()
            path.pop()
            used[i] = False

    backtrack()
    return out


def subsets(items, start=0, acc=None):
    if acc is None:
        acc = [[]]
    for i in range(start, len(items)):
        prev = acc[-1]
        acc.append(prev + [items[i]])  # ?rc acc
        subsets(items, i + 1, acc)
    return acc


def queens(n, row=0, cols=(), found=None):
    if found is None:
        found = []
    if row == n:
        found.append(cols)  # ?rc cols
        return found
    for c in range(n):
        if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
            queens(n, row + 1, cols + (c,), found)
    return found


a, b, c = Token("a"), Token("b"), Token("c")  # ?rc a b c
perms = permutations([a, b, c])  # ?rc perms a b
count = len(perms)  # ?rc count
first = perms[0]  # ?rc first a
subs = subsets([a, b])  # ?rc subs a b
sols = queens(5)  # ?rc sols
one = sols[0]  # ?rc one
print(sys.getrefcount(a), len(sols))
del perms  # ?rc a first
del first  # ?rc a b
subs.clear()  # ?rc a b
print(gc.collect())
