# Theme: ExitStack callbacks that fail. Of two failing callbacks (no error in
# the body) only the last error comes out, without a __context__; an
# __exit__ of the program that raises; close()
# without an exception. Each failure's traceback keeps __exit__'s frame (the
# stack, the last callback, the exception again): a cycle gc.collect() frees.
import gc
from contextlib import ExitStack


class Res:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if self.fail:
            raise RuntimeError(self)
        return False


def boom(tag):
    raise ValueError(tag)


tags = [["first tag"], ["second tag"]]
caught = []
try:
    with ExitStack() as stack:
        r1 = stack.enter_context(Res("r1"))  # ?rc r1
        stack.callback(boom, tags[0])
        stack.callback(boom, tags[1])
except ValueError as err:
    caught.append(err)  # ?rc r1 stack
last = caught.pop()  # ?rc last
print(last.__context__, last.args[0] is tags[0])
del last, stack  # ?rc r1
print(gc.collect())
after = tags[0]  # ?rc after r1
st2 = ExitStack()
r2 = st2.enter_context(Res("r2", fail=True))  # ?rc r2
try:
    st2.close()
except RuntimeError as e2:
    kept = e2  # ?rc r2 st2
del kept, st2  # ?rc r2
print(gc.collect())
done = r2  # ?rc done
