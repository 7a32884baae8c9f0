# Theme: functions that read and rebind globals.
class G:
    pass

shared = G()  # ?rc shared
cache = []

def remember():
    global shared
    cache.append(shared)  # ?rc shared
    old = shared
    shared = G()
    return old

kept = remember()  # ?rc kept shared
def peek():
    return cache[0]
p = peek()  # ?rc p kept
cache.clear()  # ?rc kept
def swap(x):
    global shared
    shared, x = x, shared
    return x
back = swap(kept)  # ?rc kept back shared
