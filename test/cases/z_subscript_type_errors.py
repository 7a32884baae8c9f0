# Theme: subscripting what is iterable but not subscriptable (a set, a dict view, a generator)
# and slicing with a float bound raise TypeError; the handler runs, the objects are untouched.
class Box:
    pass


b = Box()
log = []
tags = {'red', 'blue'}
d = {'k': b}


def attempt(kind):
    try:
        if kind == 'set':
            return tags[0]
        if kind == 'view':
            return d.values()[0]
        if kind == 'gen':
            return (x for x in [b])[0]
        if kind == 'slice':
            return [b, b][0:1.5]
        return [b][0:1]
    except TypeError:
        log.append(b)  # ?rc b tags
        return None


attempt('set')  # ?rc b tags
attempt('view')  # ?rc b d
attempt('gen')  # ?rc b
attempt('slice')  # ?rc b
got = attempt('ok')  # ?rc b got
n = len(log)  # ?rc b
