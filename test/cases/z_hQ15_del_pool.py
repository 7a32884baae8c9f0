# Theme: pooled buffers whose __del__ returns their storage to a free list
# (the finaliser runs when the last reference goes), a pool handing out
# buffers, and objects dropped through del, rebinding and list.clear().
class Pool:
    def __init__(self):
        self.free = []
        self.created = 0

    def take(self):
        if self.free:
            store = self.free.pop()
        else:
            store = [0] * 8
            self.created += 1
        return Buffer(self, store)

class Buffer:
    def __init__(self, pool, store):
        self.pool = pool
        self.store = store

    def __del__(self):
        self.pool.free.append(self.store)

pool = Pool()  # ?rc pool
a = pool.take()  # ?rc a pool
sa = a.store  # ?rc sa
b = pool.take()  # ?rc b pool
del a  # ?rc sa pool
free = pool.free  # ?rc free sa
c = pool.take()  # ?rc c sa
held = [b, c]  # ?rc held b c
b = None  # ?rc held c
held.clear()  # ?rc c pool
c = pool.take()  # ?rc c sa
