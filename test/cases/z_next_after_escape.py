# Theme: next() on an iterator the model lost track of (handed to exec): its __next__ may raise StopIteration or return; a try around next() takes either, and the lines after run.
class It:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        return self
    def __next__(self):
        if len(self.rows) == 0:
            raise StopIteration
        return self.rows.pop()
class Box:
    pass
b = Box()
it = It([b, b])
exec("pass", {"it": it})
try:
    x = next(it)  # ?rc b
except StopIteration:
    x = None  # ?rc b
out = [y for y in it]  # ?rc b
z = [0]  # ?rc z
