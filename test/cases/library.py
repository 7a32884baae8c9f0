# A library system: members borrow books; due lists; a registry of weak references.
import gc
import weakref


class Book:
    def __init__(self, title, author):
        self.title = title
        self.author = author
        self.borrower = None


class Member:
    def __init__(self, name):
        self.name = name
        self.books = []

    def borrow(self, book):
        if book.borrower is not None:
            return False
        book.borrower = self
        self.books.append(book)  # ?rc book self
        return True

    def give_back(self, book):
        self.books.remove(book)
        book.borrower = None  # ?rc book


catalog = [Book("dune saga", "frank h"), Book("emma novel", "jane a")]  # ?rc catalog
reader = Member("sam reader")  # ?rc reader
ok = reader.borrow(catalog[0])  # ?rc reader ok
again = reader.borrow(catalog[0])  # ?rc again
watch = weakref.WeakValueDictionary()
watch["sam"] = reader
alive = len(catalog)  # ?rc reader
reader.give_back(catalog[0])  # ?rc reader
reader.borrow(catalog[1])
del reader
print(gc.collect())
first = catalog[0]  # ?rc first
holder = catalog[1].borrower  # ?rc holder
del catalog
print(gc.collect())
