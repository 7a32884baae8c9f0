# Theme: closures and __closure__ inspection: one cell per captured name,
# shared by all inner functions of one call; the tuple itself is probed.


class Res:
    pass


def outer(a, b):
    def f():
        return a, b

    def g():
        return a

    return f, g


x, y = Res(), Res()  # ?rc x y
f, g = outer(x, y)  # ?rc x y f g
cl = f.__closure__  # ?rc cl f
n = len(cl)  # ?rc cl
cl2 = g.__closure__  # ?rc cl2
got = f()  # ?rc x y got
del f  # ?rc x y cl
del cl  # ?rc x y
del got  # ?rc x y
names = g.__code__.co_freevars  # ?rc g
del g, cl2  # ?rc x y
