# Theme: heapq.merge is a generator yielding the input objects themselves, smallest
# head first (ties to the earlier input); run to its end it keeps nothing.
import heapq

a = [1.5 * 3, 9.5 * 2, 20.5 * 2]
b = (2.5 * 3, 9.5 * 2)
low = a[0]  # ?rc low
tie = b[1]  # ?rc tie
merged = list(heapq.merge(a, b, [0.25 * 3]))  # ?rc merged low tie
head = merged[0]  # ?rc head
gen = heapq.merge(a, b)  # ?rc gen a
both = sorted(gen)  # ?rc both low a
rest = list(gen)  # ?rc rest
names = list(heapq.merge(["beta task", "delta task"], ["alpha task"]))  # ?rc names
first = names[0]  # ?rc first
later = heapq.merge(a, [5.5 * 2])  # ?rc later a
for x in later:
    pass
del merged, both, names, gen, later  # ?rc low tie
