# Theme: a library system where loans are records in a list, members have a
# borrowing limit enforced with a custom exception that keeps the member and
# book, exceptions chained with `raise ... from`, and returned books go back
# onto the shelf dict.
import gc


class LimitReached(Exception):
    pass


class Book:
    def __init__(self, code, title):
        self.code, self.title = code, title


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.books = []


class Library:
    def __init__(self, books):
        self.shelf = {b.code: b for b in books}
        self.loans = []

    def borrow(self, member, code):
        try:
            book = self.shelf.pop(code)
        except KeyError as e:
            raise LookupError(f"no book {code}") from e
        if len(member.books) >= Member.LIMIT:
            self.shelf[code] = book
            raise LimitReached(member, book)
        member.books.append(book)
        self.loans.append((member, book))  # ?rc book member
        return book

    def give_back(self, member, book):
        member.books.remove(book)
        self.loans.remove((member, book))
        self.shelf[book.code] = book  # ?rc book


gc.collect()
books = [Book("QA-76.1", "Algorithms"), Book("QA-76.2", "Compilers"), Book("PR-11.0", "Poetry")]  # ?rc books
lib = Library(books)
ann = Member("Ann Green")  # ?rc ann
algo = lib.borrow(ann, "QA-76.1")  # ?rc algo ann
comp = lib.borrow(ann, "QA-76.2")  # ?rc comp ann
problems = []
for code in ("PR-11.0", "ZZ-00.0"):
    try:
        lib.borrow(ann, code)
    except (LimitReached, LookupError) as err:
        problems.append(err)
limit_err, lookup_err = problems  # ?rc limit_err lookup_err ann
cause = lookup_err.__cause__  # ?rc cause
lib.give_back(ann, algo)  # ?rc algo ann
del problems, limit_err  # ?rc ann
del lookup_err  # ?rc cause
print(gc.collect())
del lib, books  # ?rc algo comp ann
print(gc.collect())
