# Theme: a small bookshop: books kept in a shelf list, sorted by price and by
# title with operator.attrgetter / lambda keys, sold into a receipt list,
# returned and re-shelved, and a bestseller table built with a dict.
import gc
import operator


class Book:
    def __init__(self, title, price):
        self.title = title
        self.price = price

    def __repr__(self):
        return f"{self.title} (${self.price:.2f})"


class Shop:
    def __init__(self):
        self.shelf = []
        self.sold = []

    def stock(self, *books):
        self.shelf.extend(books)  # ?rc books

    def sell(self, title):
        for i, book in enumerate(self.shelf):
            if book.title == title:
                del self.shelf[i]
                self.sold.append(book)  # ?rc book
                return book
        raise KeyError(title)

    def refund(self, book):
        self.sold.remove(book)
        self.shelf.insert(0, book)  # ?rc book


gc.collect()
shop = Shop()
b1 = Book("Moby Dick, vol. 1", 12.5)  # ?rc b1
b2 = Book("A Tale of Two Cities", 9.25)
b3 = Book("War and Peace!", 21.0)
shop.stock(b1, b2, b3)  # ?rc b1 b3
by_price = sorted(shop.shelf, key=operator.attrgetter("price"))  # ?rc by_price
by_title = sorted(shop.shelf, key=lambda b: b.title.lower(), reverse=True)  # ?rc b2
cheapest = by_price[0]  # ?rc cheapest
del by_price  # ?rc b2 b3
got = shop.sell("War and Peace!")  # ?rc got b3
try:
    shop.sell("Ulysses, unabridged")
except KeyError as err:
    missing = err.args  # ?rc missing
shop.refund(got)  # ?rc b3
table = {b.title: b for b in shop.shelf}  # ?rc table b1
del table, by_title, cheapest  # ?rc b1 b2 b3
receipt = [f"{b!r}" for b in shop.shelf]  # ?rc receipt
del shop, got  # ?rc b1 b3
print(gc.collect())
