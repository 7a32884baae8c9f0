# Theme: a paginating reader generator that is abandoned mid-iteration,
# closed explicitly, or delegated to with `yield from`; what the suspended
# frame keeps alive and when it lets go.
import gc
import sys


class Page:
    def __init__(self, number):
        self.number = number
        self.rows = [number * 10 + i for i in range(3)]


class Source:
    def __init__(self, title):
        self.title = title
        self.pages = [Page(n) for n in range(4)]


def read_pages(src):
    current = None
    try:
        for page in src.pages:
            current = page
            yield page.rows
    finally:
        current = None


def read_all(sources):
    for src in sources:
        yield from read_pages(src)


src = Source("annual report 2024")  # ?rc src
first_page = src.pages[0]  # ?rc first_page
gen = read_pages(src)  # ?rc src gen
rows0 = next(gen)  # ?rc src first_page rows0
rows1 = next(gen)  # ?rc first_page rows0
del gen  # ?rc src first_page
gen2 = read_pages(src)
next(gen2)  # ?rc src first_page
gen2.close()  # ?rc src first_page
other = Source("quarterly summary")  # ?rc other
outer = read_all([src, other])  # ?rc outer src
for _ in range(5):
    chunk = next(outer)
print(sys.getrefcount(other), sys.getrefcount(src))
inner_owner = other  # ?rc other
outer.close()  # ?rc other src
del outer  # ?rc other src
loop = Source("self referencing")  # ?rc loop
loop.reader = read_pages(loop)  # ?rc loop
next(loop.reader)  # ?rc loop
del loop
print(gc.collect())
print(rows0, rows1, chunk, inner_owner.title)
