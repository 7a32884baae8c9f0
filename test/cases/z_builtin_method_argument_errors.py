# Theme: builtin methods and statements that reject their arguments before doing anything:
# too many arguments or a keyword (`lst.append(1, 2)`, `lst.append(x=1)`), a non-str where a
# str method wants one, an unhashable key, `1 in 5`, an attribute stored on an int or a list
# (3.13's AttributeError holds the object).
class Box:
    pass


b = Box()
log = []
lst = [1, 2]
d = {'a': 1}
big = 10 ** 20 + len(lst)


def attempt(kind):
    try:
        if kind == 'append2':
            lst.append(3, 4)
        elif kind == 'appendkw':
            lst.append(x=3)
        elif kind == 'keys1':
            d.keys(1)
        elif kind == 'startswith':
            'abc'.startswith(1)
        elif kind == 'replace':
            'abc'.replace(1, 'x')
        elif kind == 'ljust':
            'abc'.ljust('5')
        elif kind == 'get':
            d.get([1])
        elif kind == 'in':
            1 in 5
        elif kind == 'in_str':
            1 in 'abc'
        elif kind == 'setattr_int':
            big.tag = 1
        elif kind == 'setattr_list':
            lst.tag = 1
        else:
            lst.append(3)
    except (TypeError, AttributeError) as e:
        log.append(b)  # ?rc b big lst
        return e
    return None


for kind in ['append2', 'appendkw', 'keys1', 'startswith', 'replace', 'ljust', 'get', 'in', 'in_str']:
    attempt(kind)
e1 = attempt('setattr_int')  # ?rc big
e2 = attempt('setattr_list')  # ?rc lst
del e1, e2  # ?rc big lst
attempt('ok')  # ?rc b lst
n = len(log)  # ?rc b
