# Theme: a builtin class's __mro__ (and a user subclass's) ends with object:
# iterating it finds the handler registered for a base class.
class Box:
    pass


class Mine(LookupError):
    pass


HANDLERS = {LookupError: "lookup handler", ValueError: "value handler"}


def find(exc):
    for klass in type(exc).__mro__:
        if klass in HANDLERS:
            return klass
    raise exc


b = Box()  # ?rc b
hits = [b for klass in KeyError.__mro__]  # ?rc b hits
hits2 = [b for klass in Mine.__mro__]  # ?rc b hits2
found = find(KeyError(b))  # ?rc b
mine = find(Mine(b))  # ?rc b
names = [k.__name__ for k in bool.__mro__]  # ?rc names
depth = len(Mine.__mro__)  # ?rc depth
del hits, hits2  # ?rc b
