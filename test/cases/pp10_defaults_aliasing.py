# Theme: default arguments and aliasing. A mutable default is created once
# and shared by every call that omits the argument; callers that keep the
# returned list are aliasing that same default.


class Entry:
    pass


def collect(entry, into=[]):
    into.append(entry)  # ?rc into entry
    return into


def tag(entry, labels={}):
    labels[id(entry)] = entry
    size = len(labels)
    return labels


e1 = Entry()  # ?rc e1
e2 = Entry()  # ?rc e2
first = collect(e1)  # ?rc first e1
second = collect(e2)  # ?rc first second e2
own = collect(e1, [])  # ?rc own e1 first
third = collect(e1, first)  # ?rc first e1
table = tag(e1)  # ?rc table e1
table2 = tag(e2)  # ?rc table e2
del first, second, third  # ?rc e1 e2
defaults = collect.__defaults__  # ?rc defaults
shared = defaults[0]  # ?rc shared
del defaults  # ?rc shared
del collect  # ?rc shared e1 e2
shared.clear()  # ?rc e1 e2
del tag  # ?rc table e1 e2
del table, table2  # ?rc e1 e2
