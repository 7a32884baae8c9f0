# Theme: reference cycles of different shapes -- through an instance, a
# materialised instance __dict__, a list, a closure and a stored exception --
# and what each gc.collect() reports.
import gc


class Node:
    pass


def closure_cycle():
    state = {}

    def step():
        return state
    state["fn"] = step  # ?rc state step
    return None


def exception_cycle():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e  # ?rc err
    return None


gc.collect()
n = Node()
n.self_ref = n  # ?rc n
del n
print(gc.collect())
m = Node()
d = m.__dict__  # ?rc d m
m.me = m
del m, d
print(gc.collect())
lst = []
lst.append(lst)  # ?rc lst
del lst
print(gc.collect())
closure_cycle()
print(gc.collect())
exception_cycle()
print(gc.collect())
