# Theme: builtin calls given values of the wrong type or range: range() of a float (the classic
# `range(len(xs) / 2)`), range('a'), a step of 0, lst.insert('a', x), lst.pop('0'), pow(2, 3, 0).
# Each raises before doing anything; the handler runs and the list is untouched.
class Box:
    pass


b = Box()
log = []
items = [b]


def attempt(kind):
    try:
        if kind == 'half':
            return list(range(len(items) / 2))
        if kind == 'text':
            return range('a')
        if kind == 'step':
            return range(0, 5, 0)
        if kind == 'insert':
            items.insert('a', b)
        elif kind == 'pop':
            return items.pop('0')
        elif kind == 'pow':
            return pow(2, 3, 0)
        else:
            return list(range(len(items) // 2 + 1))
    except (TypeError, ValueError):
        log.append(b)  # ?rc b items
    return None


for kind in ['half', 'text', 'step', 'insert', 'pop', 'pow']:
    attempt(kind)
ok = attempt('ok')  # ?rc b items ok
n = len(log)  # ?rc b
