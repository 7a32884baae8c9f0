# Theme: a mutable default argument is created once and shared by every
# call; recursion passes the same accumulator down explicitly or through
# **kwargs, while each level's frame holds one more reference to its node.


class Node:
    def __init__(self, *children):
        self.children = list(children)  # ?rc self


def collect(node, acc=[], depth=0):
    acc.append(node)  # ?rc node
    for child in node.children:
        collect(child, acc, depth + 1)
    return acc


def walk(*args, **kwargs):
    node = args[0]  # ?rc args kwargs
    seen = kwargs["seen"]
    seen.append(node)  # ?rc seen
    for c in node.children:
        walk(c, seen=seen)
    return len(seen)


leaf1, leaf2 = Node(), Node()  # ?rc leaf1
mid = Node(leaf2)  # ?rc leaf2 mid
root = Node(leaf1, mid)  # ?rc root leaf1 mid
del mid  # ?rc leaf2
first = collect(root)  # ?rc first leaf1
second = collect(leaf2)  # ?rc first second leaf2
del first, second  # ?rc leaf2
bag = []
n = walk(root, seen=bag)  # ?rc bag leaf2
fresh = collect(leaf1, [])  # ?rc fresh leaf1
