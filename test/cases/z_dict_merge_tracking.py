# Theme: copies of a settings dict that once held a list are tracked, and collected with a cycle
import gc


class Node:
    def __init__(self, opts):
        self.opts = opts
        self.peer = None


base = {"retries": [3], "mode": "fast"}
base["retries"] = 3
x = Node(dict(base))
y = Node({**base})
z = Node({})
z.opts.update(base)
x.peer = y
y.peer = z
z.peer = x
w = Node({"k": 0})
w.opts.update(base)
w.peer = w
del x, y, z, w
n = gc.collect()  # ?rc base
