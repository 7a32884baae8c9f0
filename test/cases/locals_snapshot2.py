# Theme: locals() and vars() inside functions and at module level.
class L:
    pass

def snap():
    a = L()
    b = a
    d = locals()  # ?rc a d
    n = len(d)
    return d

res = snap()  # ?rc res
obj = res["a"]  # ?rc obj res
del res  # ?rc obj
class W:
    pass
w = W()
w.x = [1.5]
v = vars(w)  # ?rc v w
xs = v["x"]  # ?rc xs
