# Theme: slices with steps, slice assignment and deletion.
class S:
    pass
s1 = S()
s2 = S()
row = [s1, s2, s1, s2]  # ?rc s1 s2 row
evens = row[::2]  # ?rc s1 s2 evens
back = row[::-1]  # ?rc s1 s2 back
row[1:3] = [s2]  # ?rc s1 s2 row
del row[:1]  # ?rc s1 s2
row[len(row):] = [s1, s1]  # ?rc s1
t = tuple(row)[1:]  # ?rc s1 s2 t
del evens, back  # ?rc s1 s2
row[:] = []  # ?rc s1 s2 row
