# Theme: slices copy references; slice assignment and del on slices change
# who holds what; `*` repeats references to the same objects.
class Px:
    pass


def window(seq, size):
    out = []
    i = 0
    while i + size <= len(seq):
        chunk = seq[i:i + size]  # ?rc chunk
        out.append(chunk)
        i += size
    return out


p, q = Px(), Px()
row = [p, q] * 3  # ?rc p q row
view = row[::2]  # ?rc p q
wins = window(row, 2)  # ?rc p wins
row[1:3] = [q]  # ?rc p q
del row[::2]  # ?rc p q
rev = row[::-1]  # ?rc q rev
row += rev  # ?rc row q
back = row  # ?rc row
back *= 2  # ?rc row p q
del wins[:2]  # ?rc p
wins = None  # ?rc p q
