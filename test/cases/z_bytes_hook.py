# bytes(x) runs the class's __bytes__: the bytes it returns is bytes(x)'s result itself,
# a result that is not bytes is a TypeError; bytearray(x) does not call it.
kept = []
class Blob:
    def __init__(self):
        self.data = bytes([1, 2, 3])
    def __bytes__(self):
        kept.append(self)
        return self.data
    def __iter__(self):
        return iter([7, 8])
class Wrong:
    def __bytes__(self):
        kept.append(self)
        return "text"
blob = Blob()
data = blob.data
b1 = bytes(blob)  # ?rc blob data
b2 = bytes(blob)  # ?rc blob data
ba = bytearray(blob)  # ?rc blob ba
w = Wrong()
try:
    bytes(w)
except TypeError as e:
    err = e  # ?rc w
class Plain:
    pass
class Seq:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        kept.append(self)
        return i + 65
plain, seq = Plain(), Seq()
try:
    bytes(plain)
except TypeError as e:
    err3 = e  # ?rc plain
b3 = bytes(seq) + bytearray(seq)  # ?rc seq
del b1, b2
print(len(kept))  # ?rc blob data w
kept.clear()
print(len(kept))  # ?rc blob data w
