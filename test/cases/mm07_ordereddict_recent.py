# Theme: a bounded "recently seen" table of sessions built on OrderedDict:
# move_to_end on hits, popitem(last=False) to evict, and a snapshot list of
# the items. Evicted values survive only while a name still holds them.
from collections import OrderedDict


class Session:
    def __init__(self, user, ip):
        self.user = user
        self.ip = ip
        self.hits = 0


LIMIT = 3
recent = OrderedDict()  # ?rc recent
events = ["u1 10.0.0.1", "u2 10.0.0.2", "u1 10.0.0.1", "u3 10.0.0.9",
          "u4 10.0.0.7", "u2 10.0.0.2"]
evicted = []
for line in events:
    user, ip = line.split()
    sess = recent.get(user)
    if sess is None:
        sess = Session(user, ip)
        recent[user] = sess
        if len(recent) > LIMIT:
            old_key, old = recent.popitem(last=False)
            evicted.append(old)  # ?rc old
    else:
        recent.move_to_end(user)
    sess.hits += 1  # ?rc sess
del old, sess
first_gone = evicted[0]  # ?rc first_gone evicted
u3 = recent["u3"]  # ?rc u3
snapshot = list(recent.items())  # ?rc snapshot u3
pair = snapshot[0]  # ?rc pair
keys = list(recent)  # ?rc keys
recent.move_to_end("u3", last=False)  # ?rc u3
copy = OrderedDict(recent)  # ?rc copy u3
recent.clear()  # ?rc u3 copy
del copy  # ?rc u3
del snapshot  # ?rc u3 pair
print(keys, first_gone.user, u3.hits)
