# Theme: WeakValueDictionary as a session registry: setdefault/pop/items
# hand out strong references, valuerefs() hands out the KeyedRefs.
import weakref


class User:
    def __init__(self, name):
        self.name = name


live = weakref.WeakValueDictionary()
u1 = User("ann smith")  # ?rc u1
got = live.setdefault("ann", u1)  # ?rc u1 got
u2 = User("bob jones")
live["bob"] = u2  # ?rc u2
refs = live.valuerefs()  # ?rc refs
kr = refs[0]  # ?rc kr u1
pairs = list(live.items())  # ?rc u1 u2 pairs
del pairs  # ?rc u1
popped = live.pop("bob")  # ?rc u2 popped
del popped, u2
print(len(live))
copy_map = dict(live)  # ?rc u1 copy_map
del got, u1  # ?rc kr
print(len(live), kr() is None)
copy_map.clear()  # ?rc kr
