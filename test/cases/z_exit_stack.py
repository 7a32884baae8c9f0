# contextlib.ExitStack: enter_context keeps a bound __exit__ (holding the manager) until close; callbacks run last in, first out
import contextlib
import gc


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.closed = True  # ?rc self
        return False


@contextlib.contextmanager
def opened(name):
    res = Resource(name)
    try:
        yield res
    finally:
        res.closed = True


log = []
stack = contextlib.ExitStack()  # ?rc stack
x1 = stack.enter_context(Resource("a b"))  # ?rc x1
x2 = stack.enter_context(Resource("c d"))  # ?rc x2
note = [x1.name]  # ?rc note
cb = stack.callback(log.append, note)  # ?rc cb note
stack.close()  # ?rc x1 x2 stack note
del stack  # ?rc x1
with contextlib.ExitStack() as st:
    g = st.enter_context(opened("g h"))  # ?rc g
    r = st.enter_context(Resource("e f"))  # ?rc r
    moved = st.pop_all()  # ?rc moved r
done = r.closed  # ?rc r
moved.close()  # ?rc r g
n = len(log)  # ?rc n
print(gc.collect())
