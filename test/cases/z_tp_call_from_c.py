# Objects called through tp_call from C code (sort keys, map, min/max): no caller stack reference, an argument tuple
class Key:
    def __call__(self, s):
        self.last = s.upper()  # ?rc s
        return self.last


class Wrap:
    def __init__(self, item):
        self.item = item  # ?rc item


words = ["pear tree", "apple pie"]
ordered = sorted(words, key=Key())
longest = max(words, key=Key())
wrapped = list(map(Wrap, words))
first = wrapped[0].item  # ?rc first
keyed = sorted([words[0]], key=Wrap)
k = Key()
direct = k(words[0])
