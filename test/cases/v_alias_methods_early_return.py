# Theme: aliasing and del, but through methods of a class that are called
# several times, with early returns and a try/except around the lookups.


class Slot:
    pass


class Shelf:
    def __init__(self):
        self.items = {}
        self.last = None

    def put(self, key, obj):
        if key in self.items:
            dup = self.items[key]  # ?rc obj dup
            return False
        self.items[key] = obj  # ?rc obj
        self.last = obj
        return True

    def take(self, key):
        try:
            got = self.items.pop(key)  # ?rc got
        except KeyError:
            return None
        if self.last is got:
            self.last = None  # ?rc got
        return got


s1, s2 = Slot(), Slot()  # ?rc s1 s2
shelf = Shelf()  # ?rc shelf
shelf.put(1.5, s1)  # ?rc s1
shelf.put(1.5, s1)  # ?rc s1
shelf.put(2.5, s2)  # ?rc s1 s2
back = shelf.take(2.5)  # ?rc s2 back
none = shelf.take(99.5)  # ?rc s2
alias = s1  # ?rc s1 alias
del s1  # ?rc alias
out = shelf.take(1.5)  # ?rc alias out
del shelf  # ?rc alias back
