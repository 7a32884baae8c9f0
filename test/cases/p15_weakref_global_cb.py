# weakref.ref callbacks that touch globals: the callback runs when the
# referent dies and may rebind module names; the weakref itself survives.
import weakref

graveyard = []
last_dead = None


class Ghost:
    pass


def bury(ref):
    global last_dead
    last_dead = ref  # ?rc ref
    graveyard.append(ref)


g1 = Ghost()  # ?rc g1
w1 = weakref.ref(g1, bury)  # ?rc g1 w1
w1b = weakref.ref(g1)  # ?rc w1b w1
g2 = Ghost()
w2 = weakref.ref(g2, bury)  # ?rc w2
del g1  # ?rc w1 w1b
alive = w1b()  # ?rc w1b
del g2  # ?rc w2 w1
graveyard.clear()  # ?rc w1 w2
last_dead = None  # ?rc w2
cbs = [bury, bury]  # ?rc cbs
