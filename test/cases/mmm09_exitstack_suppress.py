# Theme: contextlib.ExitStack, suppress and nullcontext. Resources entered on
# an ExitStack stay referenced by its callback deque until the stack closes;
# pop_all() moves them to a new stack; nullcontext hands back its object.
import contextlib
import gc


class Resource:
    def __init__(self, label):
        self.label = label
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, *exc):
        self.open = False
        return False


r1 = Resource("db connection")  # ?rc r1
r2 = Resource("cache connection")  # ?rc r2
log = []  # ?rc log

with contextlib.ExitStack() as stack:
    a = stack.enter_context(r1)  # ?rc a r1
    b = stack.enter_context(r2)  # ?rc b r2
    stack.callback(log.append, r1)  # ?rc r1 log
after = [a, b]  # ?rc r1 r2 log


def open_all(resources):
    with contextlib.ExitStack() as st:
        for res in resources:
            st.enter_context(res)  # ?rc res
        kept = st.pop_all()  # ?rc kept
    return kept


pending = open_all([r1, r2])  # ?rc pending r1 r2
pending.close()  # ?rc r1 r2
del pending

cache = {}
with contextlib.suppress(KeyError):
    missing = cache["no such key"]
found = r1  # ?rc r1

for maybe in (r2, None):
    cm = maybe if maybe is not None else contextlib.nullcontext(log)
    with cm as obj:
        got = obj  # ?rc got cm
del a, b, after, found, got, obj, cm, maybe  # ?rc r1 r2 log
log.append(log)  # ?rc log
del log
print(gc.collect())
