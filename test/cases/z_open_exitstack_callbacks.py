# contextlib.ExitStack: the program reads the deque of callbacks
# (`_exit_callbacks`), with __exit__ methods taking *exc and callbacks taking *args.
import contextlib
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def note(*args):
    seen.append(args)


seen = []
a = Res("first resource")
b = Res("second resource")
with contextlib.ExitStack() as stack:
    stack.enter_context(a)
    stack.callback(note, b, "tag text!")
    cbs = stack._exit_callbacks  # ?rc cbs a b
    n = len(cbs)  # ?rc n
    entry = cbs[0]  # ?rc entry
del entry
after = [a, b]  # ?rc a b cbs
del cbs
again = [a, b]  # ?rc a b
seen.clear()  # ?rc b

stack2 = contextlib.ExitStack()
stack2.enter_context(b)
q = stack2._exit_callbacks  # ?rc q
q.append((True, note))
stack2.close()  # ?rc b q
print(len(seen), gc.collect())
