# Theme: closures and cells combined with del and rebinding. Deleting or
# rebinding the outer name does not touch what the cell already holds; a
# nonlocal rebind moves the cell's reference to a new object.


class Item:
    pass


def make_holder(first):
    current = first

    def get():
        return current

    def swap(new):
        nonlocal current
        old = current  # ?rc old new
        current = new  # ?rc old new
        return old

    return get, swap


a = Item()  # ?rc a
b = Item()  # ?rc b
get, swap = make_holder(a)  # ?rc a get swap
seen = get()  # ?rc a seen
del seen  # ?rc a
prev = swap(b)  # ?rc a b prev
del prev  # ?rc a b
a = None  # ?rc b
got = get()  # ?rc b got
del swap  # ?rc b get
get2, swap2 = make_holder(got)  # ?rc b
back = swap2(Item())  # ?rc b back
del get  # ?rc b
del got, back  # ?rc b
