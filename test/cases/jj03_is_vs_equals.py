# Theme: 'is' vs '=='. Equal objects are not necessarily the same object;
# copies compare equal but are separate objects with their own counts, and
# some "copies" of immutable objects are the very same object.
import copy

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __deepcopy__(self, memo):
        return Point(copy.deepcopy(self.x, memo), copy.deepcopy(self.y, memo))


p = Point(1.5, 2.5)  # ?rc p
q = Point(1.5, 2.5)  # ?rc q
same = p  # ?rc p same
print(p == q, p is q, p is same)

items = [p, q]  # ?rc p q
found = items.index(q)  # == finds p first
dup = items[found]  # ?rc p dup

words = "alpha beta gamma".split()  # ?rc words
words2 = list(words)  # ?rc words2
print(words == words2, words is words2)

key = tuple(words)  # ?rc key
key_copy = copy.copy(key)  # ?rc key key_copy -- tuples are not copied

text = "-".join(words)  # ?rc text
text2 = "-".join(words2)  # ?rc text2
print(text == text2, text is text2)

big = 2 ** 70  # ?rc big
bigger = 2 ** 70 + 0  # ?rc big bigger
print(big == bigger, big is bigger)

twin = copy.deepcopy(p)  # ?rc p twin
print(twin == p, twin is p)

registry = {}
registry[text] = p  # ?rc p text
registry[text2] = q  # ?rc p q text2 -- same key: the value is replaced
