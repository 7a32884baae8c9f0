# Theme: sorting with functools.cmp_to_key: the key objects hold cmp and each item
# during the sort; cmp runs as the sort compares; nothing is kept afterwards.
import functools


class Task:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio


calls = []


def by_prio(a, b):
    calls.append(a)
    if a.prio != b.prio:
        return a.prio - b.prio
    return (a.name > b.name) - (a.name < b.name)


t1 = Task("write", 2)
t2 = Task("read", 1)
t3 = Task("test", 2)
tasks = [t1, t2, t3]  # ?rc t1 t2 t3
key = functools.cmp_to_key(by_prio)  # ?rc key by_prio
ordered = sorted(tasks, key=key)  # ?rc t1 t2 t3 ordered
first = ordered[0]  # ?rc first
n = len(calls)  # ?rc calls
calls.clear()  # ?rc t1 t2 t3
tasks.sort(key=functools.cmp_to_key(by_prio), reverse=True)  # ?rc t1 by_prio
top = tasks[0]  # ?rc top
k1 = key(t1)  # ?rc t1 k1
held = k1.obj  # ?rc held
del k1  # ?rc t1
calls.clear()
del key  # ?rc by_prio
