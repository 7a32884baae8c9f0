# Theme: a bounded free list of particle objects kept in a
# collections.deque(maxlen=...): released particles are reset and recycled;
# once the deque is full, appending silently drops the oldest one.
import collections


class Particle:
    __slots__ = ("x", "y", "alive")

    def __init__(self):
        self.x = self.y = 0.0
        self.alive = False


class Emitter:
    def __init__(self, cap):
        self.free = collections.deque(maxlen=cap)
        self.live = []

    def spawn(self, x):
        p = self.free.popleft() if self.free else Particle()
        p.x, p.alive = x, True
        self.live.append(p)
        return p

    def release(self, p):
        self.live.remove(p)
        p.alive = False
        self.free.append(p)


em = Emitter(2)  # ?rc em
a = em.spawn(0.5)  # ?rc a
b = em.spawn(1.5)  # ?rc a b
c = em.spawn(2.5)  # ?rc c
free = em.free  # ?rc free
em.release(a)  # ?rc a
em.release(b)  # ?rc a b
em.release(c)  # ?rc a b c -- maxlen 2: a fell off the left
d = em.spawn(3.5)  # ?rc b c d
same = d is b
live = em.live  # ?rc live
xs = [p.x for p in live]  # ?rc xs d
del b, d  # ?rc c
print(same, xs, len(free))
e = em.spawn(4.5)  # ?rc c e
free.clear()  # ?rc a e
