# Theme: copy.deepcopy with the caller's memo dict: what the copy memoized
# stays there (each copy under id(original), the originals in a keep-alive
# list under id(memo), an instance's state dict), and a second deepcopy of an
# original already copied gives that same copy back.
import copy
import gc


class Node:
    def __init__(self, title, parent=None):
        self.title = title
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


root = Node("root")
left = Node("left", root)  # ?rc left root
leaf = Node("leaf", left)  # ?rc leaf
memo = {}  # ?rc memo
part = copy.deepcopy(left, memo)  # ?rc part left memo
again = copy.deepcopy(left, memo)  # ?rc again part
kids = part.children  # ?rc kids
entries = len(memo)
keep = memo[id(memo)]  # ?rc keep left leaf root
pair = ([1, 2], "tag")  # ?rc pair
box = [pair, pair]  # ?rc box pair
box_copy = copy.deepcopy(box, memo)  # ?rc box_copy pair
first = box_copy[0]  # ?rc first
second = box_copy[1]  # ?rc second first
del memo, keep  # ?rc part left leaf
del part, again, kids
found = gc.collect()
print(entries, found, first is second)
