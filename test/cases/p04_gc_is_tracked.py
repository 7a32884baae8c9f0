# gc.is_tracked on many kinds of values: atomic tuples are untracked lazily by
# a collection, dicts of atoms start untracked, empty containers are tracked.
import gc

gc.collect()
t_atoms = (1.5 * 2, "not an ident!", 10 ** 20)  # ?rc t_atoms
print(gc.is_tracked(t_atoms))
d_atoms = {"a": 1.5 * 2, "b": 3.5}  # ?rc d_atoms
print(gc.is_tracked(d_atoms))
empty_list = []  # ?rc empty_list
print(gc.is_tracked(empty_list))
empty_dict = {}
print(gc.is_tracked(empty_dict))
d_atoms["c"] = empty_list  # ?rc empty_list d_atoms
print(gc.is_tracked(d_atoms))
t_mixed = (empty_list, 2.5)  # ?rc t_mixed empty_list
print(gc.collect())
print(gc.is_tracked(t_atoms), gc.is_tracked(t_mixed))
print(gc.is_tracked(10 ** 20), gc.is_tracked("str"))
s = set()
print(gc.is_tracked(s))
s.add(t_atoms)  # ?rc t_atoms
empty_list.append(t_mixed)  # ?rc t_mixed -- cycle list <-> tuple
del t_mixed, empty_list  # ?rc d_atoms
d_atoms.clear()  # ?rc d_atoms
print(gc.collect())  # tuple and list
