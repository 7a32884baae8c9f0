# Theme: operator.methodcaller and attrgetter applied across records: the
# caller object stores its method name and bound arguments.
import gc
from operator import attrgetter, itemgetter, methodcaller


class Task:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        self.notes = []

    def note(self, text):
        self.notes.append(text)
        return self

    def scaled(self, factor):
        return self.cost * factor


text = "needs review!"  # ?rc text
add_note = methodcaller("note", text)  # ?rc add_note text
tasks = [Task("write docs", 2.5), Task("fix bug #12", 4.5)]
t0 = tasks[0]  # ?rc t0
done = list(map(add_note, tasks))  # ?rc done t0 text
notes = t0.notes  # ?rc notes
factor = 1.5 * 3  # ?rc factor
scale = methodcaller("scaled", factor)  # ?rc scale factor
costs = [scale(t) for t in tasks]  # ?rc costs factor
get_cost = attrgetter("cost")
cheapest = min(tasks, key=get_cost)  # ?rc cheapest t0
name_notes = attrgetter("name", "notes")
pair = name_notes(t0)  # ?rc pair notes
first = itemgetter(0)
n0 = first(pair)  # ?rc n0
upper = methodcaller("upper")
shout = upper(text)  # ?rc shout text
del add_note, done  # ?rc text t0
del scale  # ?rc factor
t0.self_ref = methodcaller("note", t0)  # ?rc t0
del tasks, cheapest, pair, t0
print(gc.collect())
