# Flattening a nested menu structure with a recursive generator that uses
# `yield from`: each level of nesting is one suspended generator frame that
# holds its own sub-list and the iterator over it.
import gc


class MenuItem:
    def __init__(self, label):
        self.label = label


def flatten(node):
    if isinstance(node, MenuItem):
        yield node
        return
    for child in node:
        yield from flatten(child)


file_open = MenuItem("Open...")
file_save = MenuItem("Save as...")
edit_undo = MenuItem("Undo!")
recent = [file_save]  # ?rc recent file_save
file_menu = [file_open, recent]  # ?rc file_menu recent
menu = [file_menu, [edit_undo]]  # ?rc menu file_menu
walker = flatten(menu)  # ?rc menu walker
item = next(walker)  # ?rc item file_open file_menu menu
item = next(walker)  # ?rc item file_save recent file_menu
item = next(walker)  # ?rc item edit_undo recent file_menu
del item  # ?rc file_save edit_undo
try:
    next(walker)
except StopIteration:
    pass
after = menu  # ?rc menu file_menu recent edit_undo


def count_labels(tree):
    labels = []
    for leaf in flatten(tree):
        labels.append(leaf.label)  # ?rc leaf tree
    return labels


names = count_labels(menu)  # ?rc names menu
partial = flatten(menu)
next(partial)
next(partial)  # ?rc recent file_menu
del partial  # ?rc recent file_menu menu
print(gc.collect())
lst = [MenuItem("loop!")]
lst.append(lst)  # ?rc lst
stuck = flatten([lst[0]])
next(stuck)  # ?rc stuck
print(gc.collect())  # ?rc stuck


def layers(items):
    yield from items  # delegating to a plain list: a list iterator
    yield from reversed(items)


lay = layers(menu)  # ?rc menu
top = next(lay)  # ?rc top file_menu menu
del lay  # ?rc menu file_menu
