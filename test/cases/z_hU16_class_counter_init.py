# Theme: classes that count their instances in a class attribute. Storing into
# a class (Counter.made += 1, setattr on the class, a base's counter bumped by
# super().__init__) gives the class a new version: on 3.13 a call site that
# specialised for it misses from then on and keeps the argument tuple alive in
# __init__ again. Mutating a list held by the class changes nothing.


class Counter:
    made = 0

    def __init__(self, payload):
        Counter.made += 1
        self.payload = payload  # ?rc payload


class Registry:
    items = []

    def __init__(self, payload):
        self.items.append(self)
        self.payload = payload  # ?rc payload self


class Base:
    count = 0

    def __init__(self, payload):
        type(self).count += 1


class Part(Base):
    def __init__(self, payload):
        super().__init__(payload)
        self.payload = payload  # ?rc payload


data = {"name": "sensor", "value": 2.5}  # ?rc data
kept = []
for _ in range(4):
    kept.append(Counter(data))
for _ in range(3):
    Registry(data)
for _ in range(3):
    kept.append(Part(data))
made = Counter.made  # ?rc data
regs = Registry.items  # ?rc regs data
setattr(Registry, "items", [])  # ?rc regs
last = Registry(data)  # ?rc last data
del kept, regs  # ?rc data last
