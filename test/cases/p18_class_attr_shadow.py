# Class attributes shadowed by instance attributes: the class keeps its own
# reference in the class dict; the instance dict adds another.


class Defaults:
    shared = [0.5]  # ?rc shared
    tags = ("x!", "y!")

    def __init__(self):
        self.mine = []


base = Defaults.shared  # ?rc base
a = Defaults()  # ?rc a base
b = Defaults()
look = a.shared  # ?rc look base
b.shared = [9.5]  # ?rc base
own = b.shared  # ?rc own base
a.shared = base  # ?rc base
del b.shared  # ?rc own base
Defaults.shared = own  # ?rc own base
c = Defaults()
via = c.shared  # ?rc via own
del a  # ?rc base
del look  # ?rc base
