# Theme: dict and set lookups by keys that are equal but not identical: frozensets of the same
# members, 1 and 1.0 and True, tuples holding them
edges = {frozenset({"a", "b"}): [1.5], frozenset({"b", "c"}): [2.5]}  # ?rc edges
ab = frozenset(["b", "a"])  # ?rc ab
weight = edges[ab]  # ?rc weight ab
other = edges.get(frozenset(("c", "b")))  # ?rc other
seen = {frozenset({1, 2})}  # ?rc seen
known = {2, 1} in seen  # ?rc known
by_num = {1: "one", (1, 2.0): "pair"}  # ?rc by_num
one = by_num[1.0]  # ?rc one
pair = by_num[(True, 2)]  # ?rc pair
edges.pop(frozenset({"c", "b"}))  # ?rc edges
left = len(edges)  # ?rc left
