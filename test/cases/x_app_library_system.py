# Application: a small library system. Books, members and loans cross-refer;
# reports build strings; an overdue scan uses a generator; returning a book
# breaks a member <-> loan cycle, losing a member leaves garbage behind.
import gc
import sys
from collections import defaultdict


class Book:
    def __init__(self, isbn, title, tags):
        self.isbn = isbn
        self.title = title
        self.tags = list(tags)
        self.loan = None


class Member:
    def __init__(self, name):
        self.name = name
        self.loans = []


class Loan:
    def __init__(self, book, member, day):
        self.book = book
        self.member = member
        self.day = day
        book.loan = self
        member.loans.append(self)


class Library:
    def __init__(self):
        self.books = {}
        self.by_tag = defaultdict(list)
        self.members = []

    def add(self, book):
        self.books[book.isbn] = book
        for t in book.tags:
            self.by_tag[t].append(book)

    def lend(self, isbn, member, day):
        book = self.books[isbn]
        if book.loan is not None:
            raise LookupError(isbn)
        return Loan(book, member, day)

    def overdue(self, today, limit):
        for book in self.books.values():
            loan = book.loan
            if loan is not None and today - loan.day > limit:
                yield loan

    def give_back(self, loan):
        loan.book.loan = None
        loan.member.loans.remove(loan)


lib = Library()  # ?rc lib
b1 = Book("1", "Dune", ["scifi", "classic"])  # ?rc b1
b2 = Book("2", "Emma", ["classic"])  # ?rc b2
lib.add(b1)  # ?rc b1
lib.add(b2)  # ?rc b2
classics = lib.by_tag["classic"]  # ?rc classics b1
ann = Member("ann")  # ?rc ann
bob = Member("bob")
loan1 = lib.lend("1", ann, 1)  # ?rc loan1 ann b1
loan2 = lib.lend("2", bob, 5)  # ?rc loan2 bob
try:
    lib.lend("1", bob, 6)
except LookupError as e:
    msg = str(e)  # ?rc msg
late = list(lib.overdue(10, 7))  # ?rc late loan1
report = ", ".join(f"{l.member.name}:{l.book.title}" for l in late)  # ?rc report
lib.give_back(loan1)  # ?rc loan1 ann b1
del late  # ?rc loan1
del loan1
print(gc.collect())
del loan2, bob  # ?rc b2
print(gc.collect())
print(sys.getrefcount(b2))
b2.loan = None
print(gc.collect())
