# Object pools: released objects go back to a free list instead of dying;
# a pool that forgets to release leaks via its "in use" set of ids.
import gc


class Buffer:
    __slots__ = ("data", "size", "pool")

    def __init__(self, size, pool):
        self.size = size
        self.data = bytearray(size)
        self.pool = pool


class BufferPool:
    def __init__(self, size):
        self.size = size
        self.free = []
        self.in_use = {}

    def acquire(self):
        if self.free:
            buf = self.free.pop()  # ?rc buf
        else:
            buf = Buffer(self.size, self)  # ?rc buf
        self.in_use[len(self.in_use)] = buf  # ?rc buf
        return buf

    def release(self, buf):
        for k, v in list(self.in_use.items()):
            if v is buf:
                del self.in_use[k]
        self.free.append(buf)  # ?rc buf


gc.collect()
pool = BufferPool(64)  # ?rc pool
b1 = pool.acquire()  # ?rc b1 pool
b2 = pool.acquire()  # ?rc b1 b2 pool
data = b1.data  # ?rc data
pool.release(b1)  # ?rc b1
pool.release(b2)  # ?rc b2
del b1  # ?rc data
b3 = pool.acquire()  # ?rc b2 b3
del b2, b3, data
print(gc.collect())  # pool still reachable
free = pool.free  # ?rc free
del pool
print(gc.collect())  # pool <-> buffers via .pool slots
del free
print(gc.collect())


def worker(pool, rounds):
    total = 0
    for _ in range(rounds):
        buf = pool.acquire()  # ?rc buf
        total += buf.size
        pool.release(buf)
    return total


p2 = BufferPool(16)
worker(p2, 3)
free2 = p2.free  # ?rc free2
held = p2.in_use  # ?rc held
del p2, free2, held
print(gc.collect())
