# Theme: recursion with a mutable default, *args forwarding and an
# accumulator argument. The default list lives in the function's
# __defaults__ tuple; every recursive frame holds the accumulator.


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)


def collect(node, out=None):
    if out is None:
        out = []
    out.append(node.value)
    for child in node.children:
        collect(child, out)
    return out


def remember(item, seen=[]):
    seen.append(item)
    return seen


def path_to(node, target, path=()):
    path = path + (node,)
    if node.value == target:
        return path
    for child in node.children:
        found = path_to(child, target, path)
        if found:
            return found
    return None


leaf1, leaf2 = Node(1.5), Node(2.5)
mid = Node(3.5, leaf1, leaf2)  # ?rc leaf1 mid
root = Node(4.5, mid, Node(5.5))  # ?rc mid
values = collect(root)  # ?rc values
v0 = values[0]  # ?rc v0
b1 = remember(leaf1)  # ?rc b1 leaf1
b2 = remember(leaf2)  # ?rc b1 b2
defaults = remember.__defaults__  # ?rc defaults b1
trail = path_to(root, 2.5)  # ?rc trail leaf2 mid
t_last = trail[-1]  # ?rc t_last


def forward(*args, **kwargs):
    return collect(*args, **kwargs)


res = forward(mid, out=[])  # ?rc res mid
res2 = forward(leaf1, values)  # ?rc res2 values
del b1, b2, defaults  # ?rc leaf1
remember.__defaults__ = ([],)  # ?rc leaf1 leaf2
