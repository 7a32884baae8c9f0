# copy / deepcopy of object graphs: shallow copies share children, deepcopy
# duplicates them and preserves internal cycles via its memo.
import copy
import gc


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price


class Cart:
    def __init__(self, owner):
        self.owner = owner
        self.items = []

    def add(self, item):
        self.items.append(item)
        return self


gc.collect()
apple = Item("apple pie", 2.75)  # ?rc apple
cart = Cart("bob the buyer").add(apple)  # ?rc cart apple
shallow = copy.copy(cart)  # ?rc shallow cart apple
items = cart.items  # ?rc items
same = shallow.items  # ?rc items same
del same  # ?rc items
deep = copy.deepcopy(cart)  # ?rc deep apple items
ditems = deep.items  # ?rc ditems
dapple = ditems[0]  # ?rc dapple apple
del ditems, dapple
del deep
print(gc.collect())


class TreeNode:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.kids = []
        if parent:
            parent.kids.append(self)


root = TreeNode("root node")  # ?rc root
child = TreeNode("child node", root)  # ?rc root child
clone = copy.deepcopy(root)  # ?rc root clone
ck = clone.kids[0]  # ?rc ck clone
del ck
del clone
print(gc.collect())  # cloned root <-> cloned child

lst = [[1.5, 2.5], [3.5]]  # ?rc lst
inner = lst[0]  # ?rc inner
sl = lst[:]  # ?rc sl inner
dl = copy.deepcopy(lst)  # ?rc dl inner
d0 = dl[0]  # ?rc d0
del sl, dl  # ?rc inner d0


def snapshot(state):
    saved = copy.deepcopy(state)  # ?rc saved state
    return saved


st = {"cart": cart, "n": [1, 2]}  # ?rc st cart
snap = snapshot(st)  # ?rc snap st cart
del snap
del root, child
print(gc.collect())
