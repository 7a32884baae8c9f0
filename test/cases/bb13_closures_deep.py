# Theme: closures three levels deep. The outermost local is a cell
# shared by every inner function; each level's function object holds a
# closure tuple of cells. A function that calls itself through its own
# cell is a cycle, and so is a closure that captures its owner.
import gc


class Tally:
    pass


def outer(seed):
    log = [seed]

    def middle(step):
        def inner():
            log.append(step)
            return log

        return inner

    return middle


t = Tally()  # ?rc t
m = outer(t)  # ?rc t m
i1 = m(t)  # ?rc t i1
i2 = m(t)
log = i1()  # ?rc log t
i2()  # ?rc log t
cells = i1.__closure__  # ?rc cells
del m  # ?rc log cells
del i1  # ?rc cells t
del i2, cells  # ?rc log t
print(gc.collect())


def make_retry(limit):
    def attempt(n, history):
        history.append(n)
        if n < limit:
            return attempt(n + 1, history)
        return history

    return attempt


r = make_retry(10 ** 2)  # ?rc r
h = r(97, [])  # ?rc h
del r  # ?rc h
print(gc.collect())


class Owner:
    def __init__(self):
        self.hook = lambda: self


own = Owner()  # ?rc own
hook = own.hook  # ?rc hook own
del own, hook
print(gc.collect())
