# Padding, format() and % of a str whose text the model does not know (an
# instance's repr): each may give the str itself back when nothing changes.
class Item:
    pass


r = repr(Item())  # ?rc r
padded = r.ljust(20)  # ?rc r padded
centred = r.center(10)  # ?rc r centred
right = r.rjust(5)  # ?rc r right
zeros = r.zfill(3)  # ?rc r zeros
del padded, centred, right, zeros  # ?rc r
same = r.format()  # ?rc r same
kept = r % ()  # ?rc r kept
del same, kept  # ?rc r
wide = "x".ljust(len(r))  # ?rc wide
