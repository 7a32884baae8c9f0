# Theme: objects that are not context managers. `with obj:` raises TypeError
# (not AttributeError) when the type lacks __enter__ or __exit__, dropping the
# manager; ExitStack.enter_context raises TypeError from None inside its own
# frame, whose traceback keeps the manager, the stack and the class (the
# AttributeError in __context__ holds the class as its obj).
import gc
import sys
from contextlib import ExitStack


class Handle:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self


class Closer:
    def __exit__(self, *exc):
        return False


h = Handle("a handle without exit")  # ?rc h
try:
    with h as got:
        print("never")
except TypeError as e:
    err = e  # ?rc err h
print(sys.getrefcount(h), sys.getrefcount(Handle))
del err
try:
    with 2.5 * 3:
        pass
except TypeError as e:
    print(type(e).__name__)
c = Closer()  # ?rc c
with ExitStack() as stack:
    try:
        stack.enter_context(c)
    except TypeError as e:
        failed = e  # ?rc failed c stack
print(sys.getrefcount(c), sys.getrefcount(Closer), sys.getrefcount(stack))
why = failed.__context__  # ?rc why
del why
try:
    with ExitStack() as other:
        other.enter_context(h)
except TypeError as e:
    kept = e  # ?rc kept h other
print(sys.getrefcount(h), sys.getrefcount(Handle))
del failed, kept
print(sys.getrefcount(c), sys.getrefcount(h), sys.getrefcount(other))


def open_all(items):
    errors = []
    with ExitStack() as st:
        for it in items:
            try:
                st.enter_context(it)
            except TypeError as e:
                errors.append(e)
    return errors


errs = open_all([Closer(), h])  # ?rc errs h
print(len(errs), sys.getrefcount(h))
del errs
print(gc.collect())  # ?rc h
