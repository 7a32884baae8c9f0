# Theme: a file-like resource that warns from __del__ when it was never
# closed; used through `with` it is closed deterministically, and the
# warning list records the ones that leaked, including one in a cycle.
import gc

warnings_seen = []


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if not self.closed:
            warnings_seen.append(self.name)


with Resource("with resource!") as r1:
    inside = r1  # ?rc r1 inside
del inside  # ?rc r1
name1 = r1.name  # ?rc name1
del r1  # ?rc name1
leak = Resource("leaked resource!")
name2 = leak.name  # ?rc name2
del leak  # ?rc name2 -- __del__ ran and the list keeps the name
cyc = Resource("cyclic resource!")
cyc.peer = Resource("peer resource!")
cyc.peer.peer = cyc  # ?rc cyc
name3 = cyc.name  # ?rc name3
del cyc  # ?rc name3
print(len(warnings_seen))
print(gc.collect())  # both resources, finalized first
print(len(warnings_seen))
seen = warnings_seen  # ?rc seen name3
warnings_seen.clear()  # ?rc name2 name3
