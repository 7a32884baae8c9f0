# Library catalogue: books, members, loans with dict indexes.
import gc
import sys


class Book:
    def __init__(self, isbn: str, title: str, author: str):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.loan = None

    def __repr__(self):
        return f"<Book {self.title}>"


class Member:
    def __init__(self, name: str):
        self.name = name
        self.loans = []


class Loan:
    def __init__(self, book: Book, member: Member):
        self.book = book
        self.member = member
        book.loan = self
        member.loans.append(self)  # ?rc book member


class Catalogue:
    def __init__(self):
        self.by_isbn = {}
        self.by_author = {}

    def add(self, book: Book) -> None:
        self.by_isbn[book.isbn] = book
        self.by_author.setdefault(book.author, []).append(book)  # ?rc book

    def lend(self, isbn: str, member: Member) -> Loan:
        book = self.by_isbn[isbn]
        loan = Loan(book, member)  # ?rc loan book
        return loan

    def give_back(self, loan: Loan) -> None:
        loan.member.loans.remove(loan)
        loan.book.loan = None  # ?rc loan


gc.collect()
cat = Catalogue()  # ?rc cat
b1 = Book("978-0-00-000001", "Dune Part One", "Frank Herbert")  # ?rc b1
b2 = Book("978-0-00-000002", "Dune Messiah!", "Frank Herbert")  # ?rc b2
b3 = Book("978-0-00-000003", "Emma (novel)", "Jane Austen")
cat.add(b1)  # ?rc b1
cat.add(b2)  # ?rc b2
cat.add(b3)  # ?rc b3
herbert = cat.by_author["Frank Herbert"]  # ?rc herbert b1
m = Member("Ann Lee")  # ?rc m
loan1 = cat.lend("978-0-00-000001", m)  # ?rc loan1 m b1
loan2 = cat.lend("978-0-00-000003", m)  # ?rc loan2 b3
titles = sorted(b.title for b in herbert)  # ?rc titles
cat.give_back(loan1)  # ?rc loan1 m b1
del loan1
print(gc.collect())
del loan2  # ?rc b3 m
print(gc.collect())
del m
print(gc.collect())
print(sys.getrefcount(b1))
del herbert  # ?rc b1 b2
del cat  # ?rc b1 b2 b3
print(gc.collect())
stock = {b.isbn: b for b in (b1, b2, b3)}  # ?rc stock b1
inverse = {v.title: k for k, v in sorted(stock.items())}  # ?rc inverse
flags = dict.fromkeys(stock, 0.5 * 1)  # ?rc flags
popped = stock.pop("978-0-00-000002")  # ?rc popped b2
fallback = stock.get("missing isbn!", b3)  # ?rc fallback b3
merged = {**stock, "extra": b2}  # ?rc merged b1 b2
stock.update(merged)  # ?rc b1 b2


class Person:
    def __init__(self, name, *tags, **extra):
        self.name = name  # ?rc name
        self.extra = extra


class Staff(Person):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)  # ?rc args
        self.desk = None


label = "Head librarian!"  # ?rc label
s1 = Staff(label, floor=1.5 * 2)  # ?rc s1 label
s2 = Staff(name=label)  # ?rc s2 label
s3 = Person(label, "x-ray", "y-ray")  # ?rc label
