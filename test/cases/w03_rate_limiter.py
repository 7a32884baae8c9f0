# Theme: a sliding-window rate limiter: per-client deques of timestamps in a
# defaultdict, a fake clock, a custom exception carrying the client, and
# rejected calls kept for an audit list.
import gc
from collections import defaultdict, deque


class FakeClock:
    def __init__(self, start):
        self.now = start

    def advance(self, dt):
        self.now += dt


class RateLimited(Exception):
    def __init__(self, client, retry_after):
        super().__init__(f"{client.name} must wait {retry_after:.1f}s")
        self.client = client
        self.retry_after = retry_after


class Client:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Client({self.name!r})"


class Limiter:
    def __init__(self, clock, limit, window):
        self.clock, self.limit, self.window = clock, limit, window
        self.hits = defaultdict(deque)

    def check(self, client):
        q = self.hits[client]
        cutoff = self.clock.now - self.window
        while q and q[0] <= cutoff:
            q.popleft()
        if len(q) >= self.limit:
            raise RateLimited(client, q[0] + self.window - self.clock.now)
        q.append(self.clock.now)
        return len(q)


clock = FakeClock(1000.5)  # ?rc clock
limiter = Limiter(clock, 3, 10.0)  # ?rc limiter clock
alice, bob = Client("alice"), Client("bob")  # ?rc alice bob
rejected = []
for step in range(8):
    who = alice if step % 3 else bob
    try:
        limiter.check(who)  # ?rc who
    except RateLimited as exc:
        rejected.append(exc)  # ?rc exc
    clock.advance(1.5)
q_alice = limiter.hits[alice]  # ?rc q_alice alice bob
first = rejected[0]  # ?rc first alice
print(rejected, list(q_alice))
tb = first.__traceback__  # ?rc tb
del who, tb  # ?rc alice
clock.advance(30.0)
n = limiter.check(alice)  # ?rc q_alice
rejected.clear()  # ?rc first alice
del first  # ?rc alice
print(gc.collect())  # the tracebacks held frames only, no cycles
