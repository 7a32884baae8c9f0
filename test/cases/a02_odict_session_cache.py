# Theme: a session cache built on OrderedDict that was supposed to be
# bounded. Each session points back at the cache that owns it, so evicted
# sessions are fine but a dropped cache becomes a cycle with its sessions.
import gc
import sys
from collections import OrderedDict


class Session:
    def __init__(self, user, store):
        self.user = user
        self.store = store
        self.payload = [user] * 3


class SessionStore:
    def __init__(self, limit):
        self.limit = limit
        self.sessions = OrderedDict()

    def open(self, user):
        s = self.sessions.get(user)
        if s is None:
            s = Session(user, self)
            self.sessions[user] = s
        else:
            self.sessions.move_to_end(user)
        if len(self.sessions) > self.limit:
            self.sessions.popitem(last=False)
        return s


gc.collect()
store = SessionStore(limit=2)  # ?rc store
alice = store.open("user alice")  # ?rc alice store
bob = store.open("user bob")  # ?rc bob store
again = store.open("user alice")  # ?rc alice again
carol = store.open("user carol")  # ?rc bob carol -- bob was the oldest
print(len(store.sessions), sys.getrefcount(store))
del bob
print(gc.collect())  # bob still points at store, but nothing points at bob
table = store.sessions  # ?rc table
del again, carol
del store, table  # ?rc alice -- alice.store keeps the store alive
print(gc.collect())
old_store = alice.store  # ?rc old_store alice
print(sys.getrefcount(old_store))
del old_store
del alice
print(gc.collect())  # store, OrderedDict, alice, carol and their payload lists
