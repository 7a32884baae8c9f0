# Theme: decorators that keep state on the wrapper function: a call counter
# stored as a function attribute, and a log of argument tuples that keeps
# every argument alive; functools.wraps links back via __wrapped__.
import functools
import gc


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        wrapper.calls += 1
        wrapper.log.append(args)
        return fn(*args)
    wrapper.calls = 0
    wrapper.log = []
    return wrapper


@counted
def scale(vec, factor):
    return [v * factor for v in vec]


vec = [1.5, 2.5, 3.5]  # ?rc vec
f = 2.5 * 4  # ?rc f
out = scale(vec, f)  # ?rc vec out
out2 = scale(out, f)  # ?rc out f
log = scale.log  # ?rc log
raw = scale.__wrapped__  # ?rc raw scale
direct = raw(vec, f)  # ?rc vec f -- the undecorated function logs nothing
entry = log[0]  # ?rc entry vec
log.clear()  # ?rc entry vec f
del entry  # ?rc vec
n = scale.calls * 1000 + 7  # ?rc n
wrapped_again = counted(scale)  # ?rc wrapped_again scale
inner = wrapped_again.__wrapped__  # ?rc inner
del scale  # ?rc inner raw
del wrapped_again, inner  # ?rc raw
print(gc.collect())
