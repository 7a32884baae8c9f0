# Theme: recursion with an accumulator list passed down every frame, and a
# recursive walk over nested lists returning a shared accumulator.


class Leaf:
    pass


lf = Leaf()  # ?rc lf


def collect(depth, acc, obj):
    acc.append(obj)  # ?rc acc obj
    if depth:
        collect(depth - 1, acc, obj)
    return acc


out = collect(2, [], lf)  # ?rc out lf


def flatten(tree, acc=None):
    if acc is None:
        acc = []
    for node in tree:
        if isinstance(node, list):
            flatten(node, acc)
        else:
            acc.append(node)  # ?rc node
    return acc


tree = [lf, [lf, [lf]]]  # ?rc tree lf
flat = flatten(tree)  # ?rc flat lf tree
del tree  # ?rc lf
del out, flat  # ?rc lf
