# Theme: a sequence subscript (list, tuple, str, bytes, bytearray, range; item, store, del, slice parts) runs the index object's own __index__ once per operation; a hook that keeps self shows it
kept = []
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        kept.append(self)
        return self.v
i = I(1)
lst = [10.5, 20.5, 30.5]
x = lst[i]  # ?rc i
lst[i] = 7.5  # ?rc i
t = (1.5, 2.5, 3.5)
y = t[i]  # ?rc i
s = "abc"
z = s[i]  # ?rc i
bs = b"abc"
w = bs[i]  # ?rc i
ba = bytearray(b"abc")
w2 = ba[i]  # ?rc i
ba[i] = 65  # ?rc i
del lst[i]  # ?rc i
sl = lst[i:]  # ?rc i
sl2 = t[:i]  # ?rc i
sl3 = s[::i]  # ?rc i
r = range(10)[i]  # ?rc i
r2 = range(i)  # ?rc i
r3 = range(10)[i:]  # ?rc i
n = len(kept)
print(n)
