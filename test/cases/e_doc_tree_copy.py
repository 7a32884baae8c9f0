# Theme: a document outline as a tree with parent back-links, copied with
# copy.copy and copy.deepcopy (memo keeps the cycles), plus pprint output.
import copy
import gc
import pprint
import sys


class Node:
    def __init__(self, title, parent=None):
        self.title = title
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


root = Node("Document root")  # ?rc root
intro = Node("Introduction", root)  # ?rc intro root
body = Node("Main body text", root)  # ?rc body
sub = Node("A subsection", body)  # ?rc sub body
kids = root.children  # ?rc kids
shallow = copy.copy(root)  # ?rc shallow kids root
same_kids = shallow.children  # ?rc same_kids
deep = copy.deepcopy(root)  # ?rc deep root
deep_kids = deep.children  # ?rc deep_kids
deep_intro = deep_kids[0]  # ?rc deep_intro
back = deep_intro.parent  # ?rc back deep
title = deep_intro.title  # ?rc title
memo = {}  # ?rc memo
part = copy.deepcopy(body, memo)  # ?rc part memo body
again = copy.deepcopy(body, memo)  # ?rc again part
outline = {"title": root.title, "kids": [c.title for c in kids]}  # ?rc outline
nested = [outline, [outline, {"deep": (1.5, 2.5)}]]  # ?rc nested outline
text = pprint.pformat(nested, width=40)  # ?rc text
cloned = copy.deepcopy(nested)  # ?rc cloned outline
c_out = cloned[0]  # ?rc c_out
c_again = cloned[1][0]  # ?rc c_again c_out
print(sys.getrefcount(root), sys.getrefcount(body))
del memo  # ?rc part body
del part, again
print(gc.collect())
del deep, deep_kids, deep_intro, back
print(gc.collect())
del shallow, same_kids  # ?rc root kids
del root, intro, body, sub, kids
print(gc.collect())
print(text, title)
