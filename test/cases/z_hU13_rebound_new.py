# Theme: each round over a set builds a new holder of the member and rebinds a name / attribute to it; only the last survives
class Task:
    def __init__(self, name):
        self.name = name


class Wrap:
    def __init__(self, task):
        self.task = task


class Runner:
    def __init__(self):
        self.current = None


a = Task("a")
b = Task("b")
c = Task("c")
tasks = {a, b, c}
for t in tasks:
    last = Wrap(t)
del t
wrapped = True  # ?rc a b c last
runner = Runner()
for t in tasks:
    runner.current = [t, t.name]
del t
running = True  # ?rc a b c
for t in tasks:
    pair = (t, len(t.name) * 1.5)
del t
paired = True  # ?rc a b c
last = None
runner.current = None
pair = None
done = True  # ?rc a b c
