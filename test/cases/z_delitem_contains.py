# `del obj[k]` and `k in obj` dispatching to Python __delitem__ /
# __contains__ methods.
class Grid:
    def __delitem__(self, key):
        gone = key  # ?rc key

    def __contains__(self, item):
        seen = item  # ?rc item
        return True


g = Grid()
k = 2.5 * 3  # ?rc k
del g[k]  # ?rc k
has = k in g  # ?rc k
