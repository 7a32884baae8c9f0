# list() / tuple() ask the iterator of reversed(seq) and iter(seq) for a length hint: over a
# class's own sequence that is the sequence's __len__ (reversed_len, iter_len), run again.
kept = []
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        kept.append(self)
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
class NoLen:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        kept.append(self)
        return i
q = Seq(3)
r1 = list(reversed(q))  # ?rc q
r2 = tuple(reversed(q))  # ?rc q
r3 = list(iter(q))  # ?rc q
it = reversed(q)
first = next(it)
r4 = list(it)  # ?rc q
nl = NoLen()
r5 = list(iter(nl))  # ?rc nl
for x in reversed(q):
    pass
print(len(kept))  # ?rc q nl
kept.clear()
print(r1, r2, r3, r4, r5)  # ?rc q nl
