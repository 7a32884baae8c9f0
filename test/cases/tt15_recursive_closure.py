# Theme: nested functions that call themselves recursively through their
# enclosing scope: the function is in a cell that its own closure refers
# to, a cycle that outlives every call of the outer function.
import gc


def make_walker(tree):
    def walk(node, depth):
        total = depth * 1.5
        for child in node.get("kids", []):
            total += walk(child, depth + 1)
        return total
    return walk(tree, 0)


def make_counter(start):
    def step(n):
        return start if n == 0 else step(n - 1) + 1.0
    return step  # returned: the cycle is still reachable


gc.collect()
tree = {"kids": [{"kids": []}, {"kids": [{"kids": []}]}]}  # ?rc tree
score = make_walker(tree)  # ?rc tree score
print(gc.collect())  # walk, its cell, its closure tuple (tree stays with us)
score2 = make_walker(tree)  # ?rc tree
print(gc.collect())
base = 10.5 * 2  # ?rc base
step = make_counter(base)  # ?rc base step
cl = step.__closure__  # ?rc cl step
val = step(3)  # ?rc val base
del cl  # ?rc step
print(gc.collect())  # nothing: step is named
del step  # ?rc base
print(gc.collect())  # step, its 2 cells, closure tuple
