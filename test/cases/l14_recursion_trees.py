# Course exercise: recursion. Memoised Fibonacci with a dict and with
# functools.lru_cache, a binary tree insert/walk and a directory-like nested
# dict walk that collects paths.
import functools
import gc

memo = {}  # ?rc memo


def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    return value


@functools.lru_cache(maxsize=None)
def fib_cached(n):
    return n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root


def inorder(node, out):
    if node is not None:
        inorder(node.left, out)
        out.append(node.key)  # ?rc out
        inorder(node.right, out)


def walk(tree, prefix, paths):
    for name, sub in tree.items():
        path = prefix + "/" + name  # ?rc path
        if isinstance(sub, dict):
            walk(sub, path, paths)
        else:
            paths.append((path, sub))


big = fib(90)  # ?rc big memo
also = memo[90]  # ?rc also big
cached = fib_cached(90)  # ?rc cached
info = fib_cached.cache_info()  # ?rc info
root = None
for k in [50.5, 30.5, 70.5, 20.5, 40.5]:
    root = insert(root, k)  # ?rc root
keys = []  # ?rc keys
inorder(root, keys)  # ?rc keys
left = root.left  # ?rc left
smallest = left.left.key  # ?rc smallest
fs = {"src": {"main.py": 120, "util": {"io.py": 40}}, "README text": 7}  # ?rc fs
paths = []
walk(fs, "", paths)  # ?rc paths fs
deep = paths[1]  # ?rc deep
left.parent = root
del root  # ?rc left
del left
print(gc.collect())
fib_cached.cache_clear()  # ?rc cached
memo.clear()  # ?rc big also
print(big, cached, info, keys, smallest, deep)
