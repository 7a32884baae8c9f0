# Theme: __del__ that resurrects objects from a collected cycle into a
# "recycle bin" list. Finalizers run only once per object (PEP 442).
import gc

recycle_bin = []
finalized = []


class Session:
    def __init__(self, user):
        self.user = user
        self.peer = None

    def __del__(self):
        finalized.append(self.user)
        if len(recycle_bin) < 1:
            recycle_bin.append(self)


gc.collect()
s1 = Session("alice")  # ?rc s1
s2 = Session("bob")
s1.peer, s2.peer = s2, s1  # ?rc s1 s2
del s1, s2
print("first pass:", gc.collect(), finalized)  # one of them is rescued
saved = recycle_bin[0]  # ?rc saved
recycle_bin.clear()  # ?rc saved
other = saved.peer  # ?rc other saved
del other
del saved
print("second pass:", gc.collect(), len(finalized))  # no finalizer runs again

s3 = Session("carol")
recycle_bin.append(None)  # bin full: no resurrection this time
s3.peer = s3  # ?rc s3
del s3
print("third pass:", gc.collect(), finalized[-1])
