# Subset, superset and disjointness tests of sets whose members have their own __eq__: `a <= b`,
# `a == b` and issubset(set) look each member of a up in b (held once more, b's member held by
# the lookup) until one is missing; issubset(list) is set_intersection with the list on 3.12+
# (each item hashed and looked up, stopping once all are found; 3.11 makes a set of the list);
# issuperset(list) / isdisjoint(list) look the list's items up in the receiver, held by the walk.
class Perm:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name.split(":")[0])

    def __eq__(self, other):
        mine = self  # ?rc self
        theirs = other  # ?rc other
        return self.name == other.name


read = Perm("doc:read")
write = Perm("doc:write")
granted = {read, write, Perm("user:list")}
needed = {Perm("doc:read")}
ok = needed <= granted  # ?rc read
may_edit = needed.issubset([Perm("doc:write"), Perm("doc:read")])  # ?rc write
covers = granted.issuperset([read, Perm("doc:write")])  # ?rc read
clash = {Perm("admin:all")}.isdisjoint(granted)  # ?rc granted
same = needed == {read}  # ?rc needed
print(ok, may_edit, covers, clash, same)  # ?rc read
