# Theme: a partial subclass used for labelled callbacks. partial(sub_instance, x)
# flattens a partial of any subclass (no __dict__ yet): the new partial holds
# the inner function and arguments, not the subclass instance.
import gc
import sys
from functools import partial


class Labelled(partial):
    def label(self):
        return self.func.__name__ + str(self.args)


def send(channel, payload, retries=0):
    return (channel, payload, retries)


channel = ["channel of record"]  # ?rc channel
base = Labelled(send, channel)
bound = partial(base, {"k": 1.5})  # ?rc bound base
print(base.label())
print(bound.func is send, len(bound.args))
res = bound()  # ?rc res
print(res[0] is channel)
del res
tagged = Labelled(send, channel)
tagged.note = "has a dict now"
wrapped = partial(tagged, [2.5])  # ?rc wrapped tagged
print(wrapped.func is tagged)
del base
print(gc.collect())
print(sys.getrefcount(bound))
del tagged
print(gc.collect())  # ?rc wrapped
