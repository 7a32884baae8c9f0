# Theme: a sequence-like container class with __len__, __getitem__ (slices
# return a new container sharing the items), __setitem__, __delitem__,
# __contains__ and __reversed__, used by len(), `in`, reversed() and loops.


class Shelf:
    def __init__(self, books=()):
        self._books = list(books)

    def __len__(self):
        return len(self._books)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Shelf(self._books[index])
        return self._books[index]

    def __setitem__(self, index, book):
        self._books[index] = book

    def __delitem__(self, index):
        del self._books[index]

    def __contains__(self, book):
        return any(b is book for b in self._books)

    def __reversed__(self):
        return reversed(self._books)


class Book:
    def __init__(self, title):
        self.title = title


b1, b2, b3 = Book("one"), Book("two"), Book("three")  # ?rc b1
shelf = Shelf([b1, b2, b3])  # ?rc shelf b1
n = len(shelf)
first = shelf[0]
part = shelf[1:]  # ?rc part b2 b3
present = b2 in shelf  # ?rc b2 shelf
rev = reversed(shelf)  # ?rc rev shelf
last = next(rev)
shelf[0] = b3  # ?rc b1 b3
del shelf[1]
for book in shelf:
    seen = book
del rev, last
copy = shelf[:]
del shelf, part  # ?rc b1 b2 b3


class Pile:
    def __init__(self, books):
        self.books = books

    def __len__(self):
        return len(self.books)

    def __getitem__(self, index):
        return self.books[index]


pile = Pile([b1, b2])  # ?rc pile
back = reversed(pile)  # ?rc pile back
top = next(back)  # ?rc top pile
has = b1 in pile  # ?rc b1 pile
del back  # ?rc pile b2
