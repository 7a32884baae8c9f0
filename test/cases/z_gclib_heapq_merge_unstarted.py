# heapq.merge's generator kept in a cycle before it starts: on 3.11 the collector
# finalizes it (close() of an unstarted generator clears its frame), so its
# `iterables` tuple and the inputs are freed before the count; 3.12+ collect them.
import gc
import heapq

a = [1.5, 2.5]
b = [0.5, 3.5]
merged = heapq.merge(a, b)
box = [merged]
box.append(box)
del box, merged, a, b
print(gc.collect())

c = [4.5, 5.5]
merged = heapq.merge(c, [1.5])  # ?rc c
box = [merged]
box.append(box)
del box, merged
print(gc.collect())  # ?rc c

done = heapq.merge(c, [0.5])
out = list(done)  # ?rc out c
box = [done]
box.append(box)
del box, done
print(gc.collect())
