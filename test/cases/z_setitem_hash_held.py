# A key's own __hash__ runs while the dict holds it once more when the store goes through
# PyDict_SetItem (a dict display, d[k] = v, dict.fromkeys; dict(pairs) / update(pairs) twice;
# OrderedDict(pairs) once, from the pair's iterator):
# setdefault, a comprehension and set.add hash first. On 3.12+ d[k] = v is specialized from its
# second run (STORE_SUBSCR_DICT steals the stack's references): no extra reference then.
import collections


class Key:
    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        h = self  # ?rc self
        return len(self.tag)

    def __eq__(self, other):
        return self is other


class Once(Key):
    def __hash__(self):
        h = self  # ?rc self
        return 7


def put(d, k):
    d[k] = 1


a = Key("a")
b = Key("bb")
c = Key("ccc")
disp = {a: 1}  # ?rc a
store = {}
store[b] = 2  # ?rc b
pairs = dict([(c, 3)])  # ?rc c
dd = Key("dddd")
od = collections.OrderedDict([(dd, 4)])  # ?rc dd
once = Once("o")
put({}, once)
put({}, once)
