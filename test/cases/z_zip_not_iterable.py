# Theme: zip / map of something not iterable raise TypeError having let go of the iterators
# already made; enumerate keeps its start as a number (no reference, no iterator over it).
class Item:
    pass


item = Item()
xs = [item]
try:
    z = zip(xs, 5)
except TypeError:
    n = 1  # ?rc item xs
try:
    m = map(str, xs, None)
except TypeError:
    n = 1  # ?rc item xs
e = enumerate(xs, 3)
k = next(e)  # ?rc item k
del k, e
n = 2  # ?rc item xs
