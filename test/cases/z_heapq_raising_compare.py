# Theme: heapq.nsmallest / nlargest over items with no order methods: the comparison raises
# TypeError, the C parts free what they held, heapq.py's frame lives on in the traceback
# until the handler ends, and nothing stays behind.
import gc
import heapq


class Job:
    def __init__(self, name):
        self.name = name


def label(job):
    return Job(job.name)


a = Job("a")
b = Job("b")
c = Job("c")
jobs = [a, b, c]  # ?rc jobs a

try:
    heapq.nsmallest(5, jobs)
except TypeError as err:
    held = len(jobs)  # ?rc jobs a b
print(len(jobs))  # ?rc jobs a b c

try:
    top = heapq.nlargest(3, jobs)
except TypeError:
    top = []  # ?rc jobs a
print(top)  # ?rc jobs a c

try:
    heapq.nsmallest(1, jobs)
except TypeError:
    held = len(jobs)  # ?rc jobs a b
print(held)  # ?rc jobs a b

pair = (a, b)  # ?rc pair a
try:
    heapq.nlargest(2, pair, key=label)
except TypeError:
    held = 0  # ?rc pair a b
print(held)  # ?rc pair a b

try:
    heapq.nsmallest(2, jobs)
except TypeError:
    held = 2
print(held)

none = heapq.nsmallest(0, jobs)  # ?rc none jobs a
print(len(none))

del top, none, pair
n = gc.collect()  # ?rc jobs a b c
print(n)
