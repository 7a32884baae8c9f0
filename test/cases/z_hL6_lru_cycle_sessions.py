# Theme: a session store built on an OrderedDict subclass with a size
# bound; each session refers back to the store (a cycle), evicted sessions
# go with popitem(last=False), and gc.collect() finds the store once the
# last name is gone.
import gc
from collections import OrderedDict


class SessionStore(OrderedDict):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.evicted = 0

    def touch(self, sid):
        self.move_to_end(sid)
        return self[sid]

    def add(self, session):
        self[session.sid] = session
        while len(self) > self.limit:
            sid, old = self.popitem(last=False)  # ?rc old
            old.store = None
            self.evicted += 1


class Session:
    def __init__(self, store, sid):
        self.store = store
        self.sid = sid
        self.data = {"visits": [1.5]}


store = SessionStore(2)  # ?rc store
s1 = Session(store, "sid-0001 (alice)")  # ?rc s1 store
store.add(s1)  # ?rc s1 store
s2 = Session(store, "sid-0002 (bob)")
store.add(s2)  # ?rc s2 store
again = store.touch(s1.sid)  # ?rc again s1
s3 = Session(store, "sid-0003 (carol)")
store.add(s3)  # ?rc s2 s3 store
print(list(store), store.evicted)
first = next(iter(store))  # ?rc first
newest = list(store)[-1]  # ?rc newest
del again, first, newest
print(gc.collect())
del s1, s3
print(gc.collect())  # ?rc store s2
del store
print(gc.collect())  # ?rc s2
