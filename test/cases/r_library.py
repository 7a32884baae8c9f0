# A library catalogue: items with a class-level registry, subclasses for
# books and discs, loans that point at both member and item.
import sys


class Item:
    registry = []
    kind = "generic item"

    def __init__(self, title):
        self.title = title  # ?rc title
        Item.registry.append(self)  # ?rc self

    def describe(self):
        return f"{self.kind}: {self.title}"


class Book(Item):
    kind = "printed book"

    def __init__(self, title, author):
        super().__init__(title)
        self.author = author  # ?rc author


class Disc(Item):
    kind = "audio disc"


class Member:
    def __init__(self, name):
        self.name = name
        self.loans = []


class Loan:
    def __init__(self, member, item):
        self.member = member
        self.item = item
        member.loans.append(self)  # ?rc member item


author = "Ursula K. Le Guin"  # ?rc author
b1 = Book("The Dispossessed (1974)", author)  # ?rc b1 author Book
b2 = Book("The Lathe of Heaven (1971)", author)  # ?rc author Book
d1 = Disc("Kind of Blue (1959)")  # ?rc d1 Disc Item
reg = Item.registry  # ?rc reg b1
kind = Book.kind  # ?rc kind
ann = Member("Ann O'Neil")  # ?rc ann
loan = Loan(ann, b1)  # ?rc ann b1 loan
Loan(ann, d1)  # ?rc ann d1
text = [it.describe() for it in reg]  # ?rc text reg
print(sys.getrefcount(Book))
loans = ann.loans  # ?rc loans loan
del loan  # ?rc b1
loans.pop()  # ?rc d1 ann
reg.remove(b2)  # ?rc author
del b2  # ?rc author Book
kinds = [type(x) for x in reg]  # ?rc Book Disc kinds
del kinds  # ?rc Book Disc Item
