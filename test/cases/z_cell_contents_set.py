# Theme: assigning a cell's cell_contents replaces what the cell holds at once.
def make(x):
    return lambda: x


a = [1.5]
b = [2.5]
f = make(a)
cell = f.__closure__[0]  # ?rc a cell
cell.cell_contents = b  # ?rc a b -- the cell drops a and holds b
del f  # ?rc b cell
