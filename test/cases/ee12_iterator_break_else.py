# Theme: custom iterators. A for-loop holds the iterator (not the
# iterable) on the stack; break leaves the last item bound; for/else.
class Countdown:
    def __init__(self, items):
        self.items = items
        self.pos = len(items)

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == 0:
            raise StopIteration
        self.pos -= 1
        return self.items[self.pos]


class Task:
    def __init__(self, urgent):
        self.urgent = urgent


t1, t2, t3 = Task(False), Task(True), Task(False)
tasks = [t1, t2, t3]  # ?rc tasks
cd = Countdown(tasks)  # ?rc tasks cd
for task in cd:
    probe = task  # ?rc task cd
    if task.urgent:
        break
else:
    task = None
found = task  # ?rc t2 found
it = iter(tasks)  # ?rc tasks it
for task in it:
    pass
else:
    done = task  # ?rc t3 done
del it  # ?rc tasks
nxt = next(cd)  # ?rc t1 nxt
leftover = list(cd)  # ?rc leftover
del cd  # ?rc tasks
