# Theme: an ExitStack that opens several resources where one manager's
# __enter__ fails: the failing manager is never pushed (its __exit__ does not
# run), the ones entered before are closed on the way out.
import contextlib
import gc


class Resource:
    log = []

    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
        self.open = False

    def __enter__(self):
        if self.fail:
            raise OSError(self.name)
        self.open = True
        return self

    def __exit__(self, *exc):
        self.open = False
        Resource.log.append(self.name)
        return False


a = Resource("a")  # ?rc a
b = Resource("b", fail=True)  # ?rc b
c = Resource("c")  # ?rc c
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(a)  # ?rc a
        stack.enter_context(b)
        stack.enter_context(c)
except OSError as err:
    print("failed", err, a.open, b.open, c.open)  # ?rc a b c
print(Resource.log)  # ?rc a b c
stack2 = contextlib.ExitStack()  # ?rc stack2
try:
    stack2.enter_context(b)
except OSError:
    pass  # ?rc b stack2
got = stack2.enter_context(c)  # ?rc c got
stack2.close()  # ?rc c got b
del got
print(b.open, c.open)  # ?rc b c
print(gc.collect())

failures = []


def open_all(resources):
    with contextlib.ExitStack() as st:
        for r in resources:
            st.enter_context(r)
        return len(resources)


d = Resource("d")
e = Resource("e", fail=True)
try:
    open_all([d, e])
except OSError as exc:
    failures.append(exc)  # ?rc d e
print(d.open, Resource.log)  # ?rc d e
print(gc.collect())
failures.clear()  # ?rc d e
print(gc.collect())
