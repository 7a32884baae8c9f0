# Theme: operators on builtin values whose types do not support them raise TypeError (1 + 'a',
# [1] * 'a', -'a', '%d' % 'x', too few or too many %-values), ValueError (a negative shift),
# OverflowError or ZeroDivisionError (a float power out of range, 0 ** -1): the handler runs.
class Box:
    pass


b = Box()
log = []


def attempt(op, x, y):
    try:
        if op == 'add':
            r = x + y
        elif op == 'mul':
            r = x * y
        elif op == 'neg':
            r = -x
        elif op == 'fmt':
            r = x % y
        elif op == 'shift':
            r = x << y
        else:
            r = x ** y
    except (TypeError, ValueError, ArithmeticError) as e:
        log.append(b)  # ?rc b
        r = e
    return r


attempt('add', 1, 'a')  # ?rc b
attempt('add', 'a', 'b')  # ?rc b
attempt('add', (1,), [2])  # ?rc b
attempt('add', None, 1)  # ?rc b
attempt('mul', [1], 'a')  # ?rc b
attempt('mul', 'ab', 2)  # ?rc b
attempt('mul', 'ab', 1.5)  # ?rc b
attempt('neg', 'a', None)  # ?rc b
attempt('neg', 2.5, None)  # ?rc b
attempt('fmt', '%d items', 'many')  # ?rc b
attempt('fmt', '%s and %s', ('a',))  # ?rc b
attempt('fmt', '%s', ('a', 'b'))  # ?rc b
attempt('fmt', 'plain', [])  # ?rc b
attempt('fmt', 'plain', 5)  # ?rc b
attempt('fmt', '%d%%', 5.5)  # ?rc b
attempt('shift', 1, -1)  # ?rc b
attempt('pow', 2.0, 5000)  # ?rc b
attempt('pow', 0, -1)  # ?rc b
attempt('pow', 2, 10)  # ?rc b
n = len(log)  # ?rc b
