# Theme: probes inside a loop over a set: each round sees another member and what earlier rounds left behind
class Box:
    def __init__(self, name):
        self.name = name


a = Box("a")
b = Box("b")
c = Box("c")
boxes = {a, b, c}
prev = None
for x in boxes:
    cur = x  # ?rc a b c
    prev = cur
del x, cur
after = True  # ?rc a b c
kept = []
for x in boxes:
    kept.append(x)
    size = len(kept)  # ?rc a b c kept
del x
full = True  # ?rc a b c
prev = None
for x in boxes:
    held = [x, prev]
    prev = x  # ?rc a b c
del x
kept.clear()
held = prev = None
done = True  # ?rc a b c
