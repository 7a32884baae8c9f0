# Theme: a recursive validator raises deep inside; the traceback has one
# entry per recursion level and each finished frame keeps its node alive.
# Walking tb_next collects the frames; frame.clear() drops their locals
# while the frame objects themselves stay (each still knows its caller).
import sys


class Node:
    def __init__(self, name, children):
        self.name = name
        self.children = children


class InvalidNode(Exception):
    pass


def validate(node, depth):
    if not node.children and depth > 1:
        raise InvalidNode(node.name)
    for child in node.children:
        validate(child, depth + 1)


leaf = Node("leaf node", [])  # ?rc leaf
mid = Node("middle node", [leaf])  # ?rc mid leaf
top = Node("top node", [mid])  # ?rc top
try:
    validate(top, 0)
except InvalidNode:
    exc_type, exc, tb = sys.exc_info()  # ?rc exc tb leaf mid top
frames = []
t = tb
while t is not None:
    frames.append(t.tb_frame)
    t = t.tb_next
depth = len(frames)
f_top = frames[1]  # ?rc f_top top
f_leaf = frames[-1]  # ?rc f_leaf leaf
del exc, tb, exc_type  # ?rc leaf mid top f_top f_leaf
for f in frames[1:]:
    f.clear()
del f  # ?rc leaf top f_top
frames.clear()  # ?rc f_top f_leaf
del f_leaf  # ?rc f_top
