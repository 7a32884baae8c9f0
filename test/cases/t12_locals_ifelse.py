# Theme: locals() and vars(). On 3.11/3.12 locals() in a function returns
# the frame's cached dict (one more reference per local while the frame
# lives); on 3.13 it is a fresh snapshot each time. A name bound differently
# in the two branches of an if/else joins both possibilities. Inside a
# comprehension, locals() sees the comprehension's own frame on 3.11 and
# the enclosing function's variables from 3.12 (PEP 709 inlining).
import gc


class Box:
    pass


def inspect_locals(flag):
    a = Box()  # ?rc a
    if flag:
        b = a  # ?rc a b
    else:
        b = Box()  # ?rc a b
    snap = locals()  # ?rc a b
    c = [a]  # ?rc a c
    snap2 = locals()  # ?rc a c snap
    return len(snap2)


def per_item(data):
    snaps = [locals() for item in data]  # ?rc data
    first = snaps[0]  # ?rc first
    return len(snaps)


def vars_of(obj):
    d = vars(obj)  # ?rc d obj
    return d


gc.collect()
inspect_locals(True)
inspect_locals(False)
per_item([1.5, 2.5])
print(gc.collect())
box = Box()  # ?rc box
box.item = [0.5]
dd = vars_of(box)  # ?rc dd box
item = box.item  # ?rc item
for flag in (True, False):
    if flag:
        pick = box
    else:
        pick = Box()
    kept = pick  # ?rc pick
mod = locals()  # ?rc item box
del mod, pick, kept  # ?rc box
