# Theme: copy.deepcopy through a class's own __deepcopy__ (memo dict, keep-alive list)
import copy


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __deepcopy__(self, memo):
        n = len(memo)  # ?rc self memo
        return Point(self.x, copy.deepcopy(self.tags, memo))


class Same:
    def __deepcopy__(self, memo):
        return self


tags = ["a", "b"]
p = Point(1.5, tags)  # ?rc p tags
twin = copy.deepcopy(p)  # ?rc p twin tags
t2 = twin.tags  # ?rc t2 tags
del twin  # ?rc p t2
memo = {}
again = copy.deepcopy(p, memo)  # ?rc p again tags memo
third = copy.deepcopy(p, memo)  # ?rc p again third
memo.clear()  # ?rc p again tags
s = Same()  # ?rc s
s2 = copy.deepcopy(s)  # ?rc s s2
del s2  # ?rc s
