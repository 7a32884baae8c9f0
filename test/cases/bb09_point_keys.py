# Theme: coordinates as dict keys. Points compare and hash by value, so
# an equal point finds the entry stored under the first point: the dict
# keeps the first key object and replaces only the value. A queue's truth
# value comes from __len__, a flag's from __bool__.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Queue:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, payload):
        self.payload = payload

    def __bool__(self):
        return self.payload is not None


p1 = Point(10 ** 3, 10 ** 4)  # ?rc p1
p2 = Point(10 ** 3, 10 ** 4)  # ?rc p2
grid = {p1: "first value!"}  # ?rc p1
grid[p2] = "second value!"  # ?rc p1 p2
val = grid[p2]  # ?rc val
q = Queue()
q.items.append(p2)
if q:
    head = q.items.pop()  # ?rc p2 head
flag = Flag(p1)  # ?rc p1
while flag:
    flag.payload = None  # ?rc p1
seen = {p2, p1}  # ?rc p1 p2
d2 = dict.fromkeys([p2, p1], [])  # ?rc p1 p2
merged = {**grid, p2: val}  # ?rc p1 p2 val
grid.pop(p2)  # ?rc p1 val
keys = list(merged)  # ?rc p1 p2
