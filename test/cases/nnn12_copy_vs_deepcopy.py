# copy.copy versus copy.deepcopy on nested containers and instances, and
# what the memo dict of deepcopy keeps. Also gc.get_referents /
# gc.get_referrers results held in a name.
import copy
import gc
import sys


class Leaf:
    pass


class Branch:
    def __init__(self, leaf):
        self.leaf = leaf
        self.more = [leaf, leaf]


leaf = Leaf()
tree = [leaf, [leaf], {"where": leaf}]  # ?rc leaf
shallow = copy.copy(tree)  # ?rc leaf
inner = tree[1]
deep = copy.deepcopy(tree)  # ?rc leaf inner
dleaf = deep[0]
del dleaf
br = Branch(leaf)  # ?rc leaf
br2 = copy.copy(br)  # ?rc leaf br
more = br.more
br3 = copy.deepcopy(br)  # ?rc leaf more
memo = {}
br4 = copy.deepcopy(br, memo)  # ?rc br4
print(sys.getrefcount(br4))
memo.clear()  # ?rc br4
print(sys.getrefcount(br4))
tp = (leaf, 1.5 * 2)
tp2 = copy.copy(tp)  # ?rc tp tp2
tp3 = copy.deepcopy(tp)  # ?rc tp3 leaf
refs = gc.get_referents(tree)  # ?rc inner refs
del refs
holder = [br]
who = gc.get_referrers(br)  # ?rc holder
del who  # ?rc holder
del shallow, deep, br2, br3, br4, tp2, tp3  # ?rc leaf inner
print(gc.collect())
