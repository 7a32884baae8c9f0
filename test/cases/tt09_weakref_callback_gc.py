# Theme: weak references with callbacks on members of a garbage cycle.
# The collector clears the weakrefs and then calls their callbacks; a
# callback sees its own (now dead) weakref object as the argument.
import gc
import weakref

fired = []


class Session:
    def __init__(self, user):
        self.user = user
        self.me = self


def note(ref):
    fired.append(ref)  # ?rc ref


gc.collect()
s1 = Session("user one")  # ?rc s1
s2 = Session("user two")  # ?rc s2
r1 = weakref.ref(s1, note)  # ?rc s1 r1
r2 = weakref.ref(s2, note)  # ?rc s2 r2
plain = weakref.ref(s1)  # ?rc s1 plain -- no callback: a separate ref
del s1
print(gc.collect())  # Session one: the callback fires for r1
got = fired[0]  # ?rc got r1
dead = r1()  # ?rc r1
del got, dead
fired.clear()  # ?rc r1
del r1  # nothing else holds the weakref object: it just goes away
del s2, r2
print(gc.collect())  # Session two; r2 was already gone, so no callback
print(len(fired))
s3 = Session("user three")
r3 = weakref.ref(s3, note)  # ?rc s3 r3
s3.ref = r3  # ?rc r3 -- the object holds its own weakref
del s3
print(gc.collect())  # Session three (its dict holds r3, dies with it)
print(len(fired))
