# Theme: generational collection. Objects that survive a young collection are
# promoted; gc.collect(0) then no longer looks at them, gc.collect(1) or a
# full collection does.
import gc


class Session:
    def __init__(self, sid):
        self.sid = sid
        self.history = [self]


gc.collect()
young = Session(1)
del young
print("gen 0 finds fresh garbage:", gc.collect(0))  # instance + history list

old = Session(2)  # ?rc old
print("nothing to free yet:", gc.collect(0))  # old survives and is promoted
del old
print("gen 0 no longer sees it:", gc.collect(0))
print("gen 1 does:", gc.collect(1))

aged = Session(3)
gc.collect(1)  # promoted into generation 2
del aged
print(gc.collect(1), gc.collect(0))
print("full collection:", gc.collect())
sessions = [Session(i) for i in range(5)]  # ?rc sessions
gc.collect(0)
sessions.clear()  # ?rc sessions
print(gc.collect(0), gc.collect(2))
