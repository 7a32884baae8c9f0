# Theme: a library checkout system. Book defines __eq__ (by ISBN) but not
# __hash__, so it is unhashable: the catalogue is a dict keyed by ISBN, and
# members keep plain lists searched with `in` and list.remove (both use ==).


class Book:
    def __init__(self, isbn, title):
        self.isbn = isbn
        self.title = title

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn


class Member:
    def __init__(self, name):
        self.name = name
        self.loans = []

    def borrow(self, book):
        if book not in self.loans:
            self.loans.append(book)

    def give_back(self, book):
        self.loans.remove(book)


catalogue = {}
for isbn, title in [("978-0262", "SICP, 2nd ed."), ("978-0131", "K&R C book")]:
    catalogue[isbn] = Book(isbn, title)
sicp = catalogue["978-0262"]  # ?rc sicp catalogue
kr = catalogue["978-0131"]  # ?rc kr
dup = Book("978-0262", "SICP (library copy)")  # ?rc dup
hashable = Book.__hash__ is None
lee = Member("Lee Chen")  # ?rc lee
lee.borrow(sicp)  # ?rc sicp
lee.borrow(dup)  # ?rc dup sicp
lee.borrow(kr)  # ?rc kr
loans = lee.loans  # ?rc loans
lee.give_back(dup)  # ?rc sicp dup
remaining = loans[0]  # ?rc remaining kr
by_title = {b.title: b for b in catalogue.values()}  # ?rc by_title kr
del catalogue  # ?rc sicp kr
del lee  # ?rc loans kr
