# Python 3.13: an exhausted reversed(list) iterator keeps its list (3.11 and
# 3.12 drop it on exhaustion; the forward list iterator still drops it).
data = [1.5, 2.5]  # ?rc data
back = reversed(data)  # ?rc data
for x in back:
    pass
after = data  # ?rc data
del back  # ?rc data
fwd = iter(data)  # ?rc data
for x in fwd:
    pass
after2 = data  # ?rc data
