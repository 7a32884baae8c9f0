# Theme: a deque's iterator keeps its deque after it is exhausted (list and
# tuple iterators let go of theirs at the end); so does reversed(deque).
import collections


class Job:
    pass


queue = collections.deque([Job(), Job()])  # ?rc queue
walker = iter(queue)  # ?rc queue
done = list(walker)  # ?rc queue done
back = reversed(queue)  # ?rc queue
undone = list(back)  # ?rc queue
del walker  # ?rc queue
del back  # ?rc queue
for job in queue:
    pass
first = job  # ?rc first queue
plain = list(queue)
it = iter(plain)
rest = list(it)  # ?rc plain
