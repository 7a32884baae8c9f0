# Theme: functions returning tuples and the unpacking of their results.
class R:
    pass

def two():
    a = R()
    b = R()
    return a, b

x, y = two()  # ?rc x y
pair = two()  # ?rc pair
first = pair[0]  # ?rc first pair
del pair  # ?rc first
def echo(*args):
    return args
e = echo(x, x, y)  # ?rc x y e
del e  # ?rc x y
def nested():
    return [two(), two()]
nn = nested()  # ?rc nn
head = nn[0][0]  # ?rc head
