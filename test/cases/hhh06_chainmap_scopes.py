# Variable scopes for a tiny expression evaluator built on ChainMap:
# each block pushes new_child(), assignments go to the innermost map.
import gc
from collections import ChainMap


class Value:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Value(%r)" % self.n


builtins_scope = {"pi": Value(3.14159), "e": Value(2.71828)}  # ?rc builtins_scope
pi = builtins_scope["pi"]  # ?rc pi
globals_scope = ChainMap({}, builtins_scope)  # ?rc globals_scope


def run_block(scope, assignments):
    inner = scope.new_child()  # ?rc inner scope
    for name, num in assignments:
        inner[name] = Value(num * 2.0)
    found = inner["pi"]  # ?rc found
    local = inner.maps[0]  # ?rc local
    return inner, local


block, local_map = run_block(globals_scope, [("x", 1), ("y", 2)])  # ?rc block local_map
x = block["x"]  # ?rc x
outer = block.parents  # ?rc outer
shadow = block.new_child({"pi": Value(3.0)})  # ?rc shadow
pi2 = shadow["pi"]  # ?rc pi2 pi
merged = dict(shadow)  # ?rc pi2 x
keys = sorted(shadow)  # ?rc keys
del shadow  # ?rc pi2 local_map
del merged  # ?rc pi2 x
block.maps.pop(0)  # ?rc local_map
del block, outer  # ?rc local_map globals_scope
print(keys, x, pi2, local_map)
print(gc.collect())
