# Theme: the module's namespace through globals() and module-level locals():
# reads, get(), membership and stores by name are the global variables
# themselves; a copy holds each value once more.
import sys


class Item:
    pass


payload = Item()  # ?rc payload
keep = [payload]  # ?rc payload
ns = globals()
alias = ns["payload"]  # ?rc payload alias
print(sys.getrefcount(globals()["payload"]))
got = ns.get("payload")  # ?rc payload got
missing = ns.get("no_such_name", keep)  # ?rc keep missing
print("payload" in ns, "nothing" in ns)
ns["extra"] = payload  # ?rc payload
print(extra is payload)  # ?rc extra
ns["extra"] = None  # ?rc payload
here = locals()
here["later"] = keep  # ?rc keep
print(sys.getrefcount(later))
snapshot = dict(ns)  # ?rc payload keep
del snapshot  # ?rc payload keep


def reader():
    inner = globals()
    value = inner["payload"]  # ?rc value
    inner["from_func"] = value  # ?rc value
    return value


result = reader()  # ?rc payload result
print(from_func is payload)  # ?rc payload
del from_func  # ?rc payload
del ns["later"]  # ?rc keep
