# __del__ with resurrection: a finalizer that stores self somewhere makes
# the object live again; CPython runs __del__ only once per object.
import gc

graveyard = []


class Phoenix:
    deaths = 0

    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        Phoenix.deaths += 1
        graveyard.append(self)  # ?rc self


class Quiet:
    def __del__(self):
        pass


gc.collect()
p = Phoenix(1.5)  # ?rc p
alias = p  # ?rc p alias
del p  # ?rc alias
del alias  # ?rc graveyard
back = graveyard.pop()  # ?rc back
del back  # second death: __del__ does not run again
print(Phoenix.deaths)
a = Phoenix(2.5)
b = Phoenix(3.5)
a.other = b  # ?rc b
b.other = a  # ?rc a
del a, b
print(gc.collect())  # both resurrected: not counted
risen = graveyard[0]  # ?rc risen
del risen
graveyard.clear()
print(gc.collect())  # now they die for good
q1 = Quiet()  # ?rc q1
q2 = Quiet()
q1.peer = q2  # ?rc q2
q2.peer = q1  # ?rc q1
del q1, q2
print(gc.collect())  # finalizers on a cycle: collected since 3.4
for i in range(3):
    tmp = Phoenix(i * 0.5)  # ?rc tmp
    tmp.self_ref = tmp  # ?rc tmp
del tmp
print(gc.collect())
print(len(graveyard), Phoenix.deaths)
kept = graveyard[-1]  # ?rc kept
graveyard.clear()  # ?rc kept
kept.self_ref = None  # ?rc kept
del kept
print(gc.collect())
