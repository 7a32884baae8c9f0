# Theme: instance attributes holding containers, passed between objects.
# Handing one list to two owners makes it shared; replacing an attribute
# releases the old value; a tuple snapshot holds its own references.


class Shelf:
    def __init__(self, books):
        self.books = books

    def take_all(self):
        taken = self.books  # ?rc taken
        self.books = []
        return taken

    def snapshot(self):
        return tuple(self.books)


class Book:
    pass


b1, b2 = Book(), Book()  # ?rc b1 b2
stock = [b1, b2, b1]  # ?rc stock b1
left = Shelf(stock)  # ?rc stock left
right = Shelf(stock)  # ?rc stock right
snap = left.snapshot()  # ?rc snap b1 b2
moved = left.take_all()  # ?rc moved stock
right.books += [b2]  # ?rc stock b2
right.books = right.books + [b1]  # ?rc stock b1
again = right.take_all()  # ?rc again b1
del moved, stock  # ?rc b1 b2
del snap  # ?rc b1 b2
left = None  # ?rc b1
del again  # ?rc b1 b2
