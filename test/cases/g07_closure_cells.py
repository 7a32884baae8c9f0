# Theme: closures sharing a cell. Several inner functions capture the same
# variable; nonlocal rebinds it; the cell outlives the outer frame.


class Obj:
    pass


def make(o):
    state = o

    def get():
        return state

    def put(new):
        nonlocal state
        state = new
        seen = new  # ?rc seen

    def peek():
        cur = state  # ?rc cur
        return cur

    return get, put, peek


a = Obj()  # ?rc a
b = Obj()  # ?rc b
get, put, peek = make(a)  # ?rc a get put peek
got = get()  # ?rc a got
put(b)  # ?rc a b
got2 = peek()  # ?rc b got2
fns = make(b)  # ?rc b fns
del get  # ?rc b
del put, peek  # ?rc b
fns[1](a)  # ?rc a b
del fns  # ?rc a b
cells = make(a)[0].__closure__  # ?rc a cells
cell = cells[0]  # ?rc cell
del cells  # ?rc cell a
