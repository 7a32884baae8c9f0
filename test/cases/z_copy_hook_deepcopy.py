# A class with its own __copy__ (built with Cls.__new__(Cls), object.__new__
# found through the class) is still deep-copied the plain way: deepcopy never
# looks up __copy__, and pickle looks up neither hook.
import copy
import gc
import pickle


class Leaf:
    def __init__(self, tags):
        self.tags = tags

    def __copy__(self):
        twin = Leaf.__new__(Leaf)  # ?rc twin
        twin.tags = self.tags
        return twin


class Branch:
    def __init__(self, *leaves):
        self.leaves = list(leaves)
        self.parent = None


tags = ["a", "b"]
l1 = Leaf(tags)  # ?rc l1 tags
root = Branch(l1, Leaf(tags))  # ?rc root l1 tags
l1.owner = root
shallow = copy.copy(l1)  # ?rc shallow l1 tags
deep = copy.deepcopy(root)  # ?rc deep root l1 tags
dl = deep.leaves[0]  # ?rc dl
same = deep.leaves[0].tags is deep.leaves[1].tags
blob = pickle.dumps(root)
back = pickle.loads(blob)  # ?rc back root
bare = Branch.__new__(Branch)  # ?rc bare
del deep, dl
print(gc.collect())
del root, l1, shallow
print(gc.collect())
