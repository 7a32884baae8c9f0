# Where the order or the number of item reprs is not known (a set's hash order, pprint
# measuring widths, a list filled by code not followed) the counts stay open, never wrong.
import pprint
import json
kept = []


class Keep:
    def __repr__(self):
        kept.append(self)
        return 'Keep()'


a = Keep()
b = Keep()
s = {a, b}
r = repr(s)  # ?rc a b
k0 = len(kept)
kept.clear()  # ?rc a b
r = pprint.pformat([a, {'k': b}])  # ?rc a b
kept.clear()  # ?rc a b
lst = json.loads('[1, 2]')
lst.append(a)
r = repr(lst)  # ?rc a
kept.clear()  # ?rc a
