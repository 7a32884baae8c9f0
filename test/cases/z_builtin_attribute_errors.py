# Theme: the classic AttributeError: a function that returns None by mistake, a method name a
# list or str does not have (`lst.push`, `s.contains`). The handler runs; the AttributeError
# holds the object it was raised for (its `obj`) while it lives.
class Box:
    pass


class Shelf:
    def __init__(self):
        self.items = []

    def find(self, name):
        for item in self.items:
            if item == name:
                return item


b = Box()
log = []
shelf = Shelf()
names = ['a', 'b']


def attempt(kind):
    try:
        if kind == 'none':
            return shelf.find('zzz').upper()
        if kind == 'push':
            names.push('c')
        elif kind == 'contains':
            return 'abc'.contains('a')
        else:
            return names.count('a')
    except AttributeError as e:
        log.append(b)  # ?rc b names
        return e
    return None


attempt('none')  # ?rc b
err = attempt('push')  # ?rc b names err
del err  # ?rc names
attempt('contains')  # ?rc b
n = attempt('ok')  # ?rc b names
total = len(log)  # ?rc b
