# Recursion with a memo dict and an accumulator list passed down: each active
# frame holds its arguments; results are cached and shared afterwards.
import sys


class Node:
    def __init__(self, val, kids=()):
        self.val = val
        self.kids = list(kids)


def depth(node, memo):
    if node in memo:
        return memo[node]
    d = 1 + max((depth(k, memo) for k in node.kids), default=0)
    memo[node] = d
    return d


def collect(node, acc):
    acc.append(node)  # ?rc acc
    for k in node.kids:
        collect(k, acc)
    return acc


leaf1, leaf2 = Node(1), Node(2)  # ?rc leaf1 leaf2
mid = Node(3, [leaf1, leaf2])  # ?rc mid leaf1
root = Node(4, [mid, leaf2])  # ?rc root leaf2
memo = {}
h = depth(root, memo)  # ?rc h memo leaf2
out = collect(root, [])  # ?rc out leaf2 mid
print(sys.getrefcount(leaf2))
memo.clear()  # ?rc leaf2 mid
out2 = collect(mid, out)  # ?rc out leaf1
