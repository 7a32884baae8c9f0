# Theme: a recursive builder makes a nested dict tree where every level shares
# one settings dict and one tag list, and each child points back to its
# parent; pruning a branch leaves a parent/child cycle for the collector.
import gc


def build(depth, shared, tags):
    node = {"depth": depth, "shared": shared, "tags": tags}
    if depth > 0:
        child = build(depth - 1, shared, tags)
        child["parent"] = node
        node["child"] = child
    return node


gc.collect()
settings = {"colour": "dark blue"}  # ?rc settings
tags = ["tag one", "tag two"]  # ?rc tags
tree = build(3, settings, tags)  # ?rc settings tags tree
mid = tree["child"]  # ?rc mid tree
leaf = mid["child"]["child"]  # ?rc leaf mid settings
del tree["child"]  # ?rc mid tree
del mid  # ?rc leaf settings
print(gc.collect())  # nothing: leaf still reaches the pruned branch
del leaf
print(gc.collect())  # the three pruned dicts
del tree  # ?rc settings tags
forest = [build(1, settings, tags) for _ in range(2)]  # ?rc settings forest
roots = {i: t for i, t in enumerate(forest)}  # ?rc settings
del forest  # ?rc roots tags
roots.clear()  # ?rc settings tags
print(gc.collect())  # two parent/child pairs
