# Theme: del and rebinding aliases through containers, globals() and
# attribute chains; rebinding inside a function with `global`.


class Obj:
    pass


o = Obj()  # ?rc o
holder = Obj()
holder.ref = o  # ?rc o holder
chain = [holder, [holder]]  # ?rc holder
alias = chain[1][0]  # ?rc holder alias
del chain[1]  # ?rc holder
o2 = o  # ?rc o


def rebind():
    global o2
    o2 = Obj()


rebind()  # ?rc o o2
globals()["o3"] = o  # ?rc o
del holder.ref  # ?rc o
o, o2 = o2, o  # ?rc o o2
del o  # ?rc o2
fresh = o3  # ?rc o2 fresh
del o3  # ?rc fresh
