# contextlib.redirect_stdout / redirect_stderr: the manager keeps its target
# and a list of the streams it replaced; entering swaps sys.stdout, leaving
# restores it, and one manager may be entered again while active.
import contextlib
import gc
import io
import sys

buf = io.StringIO()  # ?rc buf
mgr = contextlib.redirect_stdout(buf)  # ?rc mgr buf
olds = mgr._old_targets  # ?rc olds
with mgr as target:
    print("inside the first block")  # ?rc buf target mgr
    with mgr:
        print("nested in the same manager")  # ?rc buf mgr
    print("back in the first block")  # ?rc buf
print(len(olds), "saved streams")  # ?rc buf target
del target
text = buf.getvalue()  # ?rc text buf

err = io.StringIO()
with contextlib.redirect_stderr(err) as e:
    print("oops, a warning", file=sys.stderr)  # ?rc err e
warned = err.getvalue()  # ?rc warned err
del e


def quiet(fn, *args):
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink):
        result = fn(*args)  # ?rc sink
    return result, sink.getvalue()


res, said = quiet(print, "hush now please", 7.25 * 2)  # ?rc said

del olds
loop = [mgr]
loop.append(loop)
del mgr, loop
print(gc.collect())  # ?rc buf
