# Theme: del in loops: deleting dict entries while iterating a snapshot,
# removing list items by index from the end, popping until empty, and del of
# the loop variable after the loop.


class Session:
    def __init__(self, sid, expired):
        self.sid = sid
        self.expired = expired


sessions = {}
for i in range(5):
    sessions[f"sid-{i}"] = Session(i, i % 2 == 0)
keep = sessions["sid-1"]  # ?rc keep
gone = sessions["sid-0"]  # ?rc gone
for key in list(sessions):
    s = sessions[key]
    if s.expired:
        del sessions[key]
    del s
probe = gone  # ?rc gone keep
items = list(sessions.values())  # ?rc items keep
for idx in range(len(items) - 1, -1, -1):
    if items[idx].sid == 3:
        del items[idx]
after = items  # ?rc keep after
while items:
    last = items.pop()  # ?rc last
    del last
print(len(items))  # ?rc keep
vals = [Session(n, False) for n in range(3)]
for v in vals:
    pass
del v  # ?rc vals
first = vals[0]  # ?rc first
del vals[0]  # ?rc first
for j in range(2):
    del vals[-1]
del sessions  # ?rc keep gone
