# Theme: a seating chart. [[x]] * 3 repeats one inner list three times,
# while a comprehension makes three lists; slice assignment and
# `del lst[i:j]` add and drop references in bulk; list.remove finds by
# equality and list.index returns a position, not the object.


class Guest:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Guest) and self.name == other.name


host = Guest("host")  # ?rc host
rows = [[host]] * 3  # ?rc host
row0 = rows[0]  # ?rc row0
grid = [[host] for _ in range(3)]  # ?rc host
rows[1].append(host)  # ?rc host
twin = Guest("host")
line = [twin, host, twin]  # ?rc twin host
line.remove(host)  # ?rc twin host
pos = line.index(host)  # ?rc host
line.insert(1, host)  # ?rc host
line[1:2] = [host, host, twin]  # ?rc host twin
del line[1:3]  # ?rc host twin
line[:] = grid  # ?rc host twin
flat = [g for row in grid for g in row]  # ?rc host
grid[0][0:1] = []  # ?rc host
del rows, grid  # ?rc row0 host
tail = line[-1]  # ?rc tail
line *= 2  # ?rc host
line.clear()  # ?rc tail host
