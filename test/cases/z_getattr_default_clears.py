# getattr(obj, name, default) on a missing attribute returns the default;
# the AttributeError is swallowed inside C and pins no frame.
class A:
    pass

def lookup(obj, item):
    found = getattr(obj, "missing", None)
    return item

a = A()
x = [1.5]
y = lookup(a, x)  # ?rc a x
