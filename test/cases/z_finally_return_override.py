# Theme: a return (or continue) in finally overrides the pending return: the overridden value is released.
class Box:
    pass
def f(x):
    try:
        return [x, x]
    finally:
        return x
def g(x):
    for i in range(2):
        try:
            return [x]
        finally:
            continue
    return None
def h(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        return [e, x]
    finally:
        return x
def k(x):
    try:
        pass
    finally:
        return x
b = Box()  # ?rc b
y = f(b)  # ?rc b y
z = g(b)  # ?rc b z
w = h(b)  # ?rc b w
v = k(b)  # ?rc b v
