# Theme: slicing copies: list slices are new lists, full slices of tuples
# and strings return the same object, slice assignment and deletion.


class Cell:
    pass


c1, c2 = Cell(), Cell()  # ?rc c1 c2
tup = (c1, c2, c1)  # ?rc tup c1
whole = tup[:]  # ?rc tup whole
part = tup[0:2]  # ?rc c1 part
text = "not an id " * 3  # ?rc text
same = text[:]  # ?rc text same
piece = text[2:5]  # ?rc piece
rev = tup[::-1]  # ?rc c1 c2 rev
lst = list(tup)  # ?rc c1 lst
lst[::2] = [c2, c2]  # ?rc c1 c2
copy = lst.copy()  # ?rc c2 copy
del copy[::2]  # ?rc c2
view = memoryview(b"raw bytes 123")
chunk = view[1:4]  # ?rc view chunk
del whole, part, rev  # ?rc tup c1 c2
