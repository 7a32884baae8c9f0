# Theme: lambdas stored in containers: a dispatch dict of lambdas, lambdas
# capturing an object through a default or a closure.


class Svc:
    pass


svc = Svc()  # ?rc svc


def build(target):
    return {
        "get": lambda: target,
        "same": lambda: target,
        "dflt": lambda t=target: t,
    }


table = build(svc)  # ?rc svc table
ops = [lambda x: x, lambda x: [x, x]]  # ?rc ops
res = ops[1](svc)  # ?rc svc res
got = table["get"]()  # ?rc svc got
fn = table["dflt"]  # ?rc fn svc
del table  # ?rc svc fn
del fn  # ?rc svc
del res, got  # ?rc svc
handlers = {i: (lambda v, i=i: v) for i in range(3)}  # ?rc handlers
h = handlers[0]  # ?rc h
out = h(svc)  # ?rc svc out
