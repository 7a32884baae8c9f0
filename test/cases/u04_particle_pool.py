# Theme: an object pool with a free list. Particles are __slots__ objects
# that remember their pool; acquire() reuses a released particle, release()
# resets it onto the free list. An Emitter keeps the live particles.
import gc

class Particle:
    __slots__ = ("pool", "pos", "vel", "life")

    def __init__(self, pool):
        self.pool = pool
        self.reset()

    def reset(self):
        self.pos = [0.0, 0.0]
        self.vel = None
        self.life = 0

class Pool:
    def __init__(self):
        self.free = []
        self.created = 0

    def acquire(self, vel):
        if self.free:
            p = self.free.pop()  # ?rc p
        else:
            p = Particle(self)  # ?rc p
            self.created += 1
        p.vel = vel
        p.life = 3
        return p

    def release(self, p):
        p.reset()
        self.free.append(p)  # ?rc p

class Emitter:
    def __init__(self, pool):
        self.pool = pool
        self.live = []

    def emit(self, vel):
        self.live.append(self.pool.acquire(vel))

    def tick(self):
        for p in list(self.live):
            p.pos = [p.pos[0] + p.vel[0], p.pos[1] + p.vel[1]]
            p.life -= 1
            if p.life == 0:
                self.live.remove(p)
                self.pool.release(p)

pool = Pool()  # ?rc pool
emitter = Emitter(pool)  # ?rc emitter pool
wind = (0.5, 1.25)
emitter.emit(wind)  # ?rc wind
emitter.emit((2.5, -1.5))
first = emitter.live[0]  # ?rc first
for _ in range(3):
    emitter.tick()  # ?rc first
print(len(pool.free), len(emitter.live), pool.created)
emitter.emit(wind)  # ?rc wind first
again = emitter.live[0]  # ?rc again
spare = pool.free[0]  # ?rc spare pool
del first, again, spare
print(gc.collect())
del emitter  # ?rc pool
print(gc.collect())
del pool  # free particles point back at the pool
print(gc.collect())
