# Theme: a phone book. keys()/values()/items() views and iterators over a dict
# each hold a reference to the dict itself, so a view can keep the dict alive
# after its last name is gone; an items iterator keeps its last result tuple
# for reuse, and an exhausted dict iterator lets go of its dict.
import gc


class Entry:
    def __init__(self, number):
        self.number = number


book = {"alice smith": Entry(5550101.5), "bob jones": Entry(5550102.5)}  # ?rc book
keys = book.keys()  # ?rc book keys
vals = book.values()  # ?rc book
it = iter(book.items())  # ?rc book it
first_key, first_entry = next(it)  # ?rc first_entry first_key
items_view = book.items()  # ?rc book
proxy = keys.mapping  # ?rc book proxy
del book
entries = list(vals)  # ?rc first_entry entries
del keys, vals
rest = list(it)  # ?rc first_entry -- the iterator reused its result tuple
second_entry = rest[0][1]  # ?rc second_entry
del proxy
snapshot = dict(items_view.mapping)  # ?rc first_entry snapshot
del items_view  # ?rc first_entry second_entry
print(gc.collect())
del it  # ?rc second_entry
