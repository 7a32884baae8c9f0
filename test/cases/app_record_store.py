# Theme: an ORM-like record store: records keep a reference to their table,
# the table indexes records by primary key and by field, and deleting a
# table leaves a cycle for the collector.
import gc
import sys


class Record:
    def __init__(self, table, **fields):
        self.table = table
        self.fields = fields  # ?rc fields

    def get(self, name):
        return self.fields[name]


class Table:
    def __init__(self):
        self.rows = {}
        self.by_city = {}
        self.next_id = 1

    def insert(self, **fields):
        rec = Record(self, **fields)  # ?rc rec
        self.rows[self.next_id] = rec
        self.by_city.setdefault(fields["city"], []).append(rec)
        self.next_id += 1
        return rec

    def where(self, city):
        return list(self.by_city.get(city, ()))


gc.collect()
people = Table()  # ?rc people
ann = people.insert(name="Ann Lee", city="Oslo City")  # ?rc ann people
bob = people.insert(name="Bob Ray", city="Oslo City")  # ?rc bob people
found = people.where("Oslo City")  # ?rc ann found
none = people.where("nowhere at all")  # ?rc none
name = ann.get("name")  # ?rc name
print(sys.getrefcount(ann))
del found  # ?rc ann
people.rows.pop(2)  # ?rc bob
del bob
print(gc.collect())  # bob is still in by_city
del ann, people
print(gc.collect())  # table, 2 dicts, city list, two records and their field dicts
