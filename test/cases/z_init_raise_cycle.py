# Theme: an __init__ that raises after making a cycle: the instance is garbage the collector finds.
import gc


class Node:
    def __init__(self, fail):
        self.me = self
        if fail:
            raise ValueError("no")


try:
    Node(True)
except ValueError:
    pass
n = gc.collect()  # the half-built node is a self-cycle: 1
print(n)
