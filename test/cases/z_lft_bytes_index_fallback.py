# bytes(x) / bytearray(x) whose __index__ raises TypeError clear it and copy x's items instead
# (bytes asks x's length hint once the iterator exists; bytearray does not); the fallback is the
# ordinary path of an iterable without __index__.
kept = []
class Both:
    def __index__(self):
        kept.append(self)
        raise TypeError("not a size")
    def __iter__(self):
        kept.append(self)
        return iter([65, 66, 67])
    def __length_hint__(self):
        kept.append(self)
        return 3
class Items:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return 97 + i
    def __len__(self):
        kept.append(self)
        return 2
x = Both()
b = bytes(x)  # ?rc x b
n = len(kept)  # ?rc x
ba = bytearray(x)  # ?rc x ba
n = len(kept)  # ?rc x
s = Items()
b2 = bytes(s)  # ?rc s b2
ba2 = bytearray(s)  # ?rc s ba2
n = len(kept)  # ?rc s
print(b, ba, b2, ba2, len(kept))
kept.clear()
n = len(kept)  # ?rc x s
