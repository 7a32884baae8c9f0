# Theme: closures with nonlocal state and objects captured by several closures.
def make_counter():
    count = [0.5]
    def inc():
        count[0] += 1
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
c = get()  # ?rc c
inc()
c2 = inc()  # ?rc c c2
del c2  # ?rc c
holder = inc.__closure__[0]  # ?rc holder c
del inc  # ?rc c
del get  # ?rc c
def outer():
    state = {"n": 1.5}
    def bump():
        nonlocal state
        state = {"n": state["n"] + 1}
        return state
    first = bump()  # ?rc first state
    second = bump()  # ?rc first second
    return second
res = outer()  # ?rc res
