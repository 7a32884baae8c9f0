# Theme: an in-memory ORM. Models register through __init_subclass__; a
# ForeignKey descriptor (named by __set_name__) keeps the reverse list on
# the target up to date, and a Session is an identity map (model, id).
import gc

class Model:
    tables = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Model.tables[cls.__name__.lower()] = cls

class ForeignKey:
    def __init__(self, reverse):
        self.reverse = reverse

    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.slot, None)

    def __set__(self, obj, target):
        old = getattr(obj, self.slot, None)
        if old is not None:
            getattr(old, self.reverse).remove(obj)
        setattr(obj, self.slot, target)
        getattr(target, self.reverse).append(obj)  # ?rc target obj

class Author(Model):
    def __init__(self, pk, name):
        self.pk = pk
        self.name = name
        self.books = []

class Book(Model):
    author = ForeignKey("books")

    def __init__(self, pk, title, author):
        self.pk = pk
        self.title = title
        self.author = author

class Session:
    def __init__(self):
        self.identity = {}

    def add(self, obj):
        self.identity[(type(obj).__name__, obj.pk)] = obj
        return obj

    def delete(self, obj):
        for book in list(getattr(obj, "books", ())):
            self.delete(book)  # ?rc book
        del self.identity[(type(obj).__name__, obj.pk)]

s = Session()
le_guin = s.add(Author(1, "Ursula K. Le Guin"))  # ?rc le_guin
banks = s.add(Author(2, "Iain M. Banks"))
book = s.add(Book(10, "The Dispossessed", le_guin))  # ?rc book le_guin
other = s.add(Book(11, "Use of Weapons", le_guin))  # ?rc other
other.author = banks  # ?rc other le_guin banks
writer = book.author  # ?rc writer
del writer
s.delete(banks)  # ?rc banks other
print(len(s.identity), gc.collect())
del banks, other  # the book and its author still point at each other
print(gc.collect())
del book, le_guin  # ?rc s
s.identity.clear()
print(gc.collect())  # Le Guin <-> The Dispossessed
