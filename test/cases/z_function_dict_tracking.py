# Theme: a function's __dict__ is an ordinary dict for the collector: untracked while it holds
# only strings / numbers / None (gc.collect() does not count it in a dead cycle), tracked once a
# container goes in, untracked again by a full collection after the container left.
import gc


def tagged(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.note = "plain text only"
    wrapper.calls = 0
    return wrapper


@tagged
def first(x):
    return x


@tagged
def second(x):
    return x


@tagged
def third(x):
    return x


second.__dict__["history"] = []
third.extra = [1.5]
third.extra = None
first(2.5)
gc.collect()
note = first.note  # ?rc note
del first
a = gc.collect()  # wrapper, closure tuple, cell(fn), cell(wrapper), inner first: 5
del second
b = gc.collect()  # the same five, the tracked __dict__ and its list: 7
del third
c = gc.collect()  # the dict was untracked again by the last full collection: 5
print(a, b, c)
