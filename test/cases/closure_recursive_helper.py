# Theme: recursive inner functions. A nested function that calls itself is
# kept in a cell that it closes over: function -> closure tuple -> cell ->
# function, a cycle created on every call of the outer function.
import gc


def make_walker(tree):
    visited = []

    def walk(node):
        visited.append(node[0])
        for child in node[1]:
            walk(child)

    walk(tree)
    return visited


def make_counter():
    count = [0]

    def bump():
        count[0] += 1
        return bump

    return bump


gc.collect()
tree = ("root", [("a", []), ("b", [("c", [])])])
for _ in range(3):
    names = make_walker(tree)  # ?rc names tree
print("three walkers:", gc.collect())  # function, closure tuple, cell per call

b = make_counter()  # ?rc b
b()()()  # ?rc b
del b
print("counter closure:", gc.collect())
