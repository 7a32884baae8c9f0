# Theme: builtin operations that raise on the values given (a bytes that is not UTF-8, a join of
# a non-str, math domain errors, a character latin-1 cannot take): the handler runs, and the
# UnicodeEncodeError holds the str it could not encode (twice: args and its `object`).
import math


class Box:
    pass


b = Box()
log = []


def attempt(kind, arg):
    try:
        if kind == 'decode':
            r = arg.decode('utf-8')
        elif kind == 'join':
            r = ','.join(arg)
        elif kind == 'sqrt':
            r = math.sqrt(arg)
        elif kind == 'log':
            r = math.log(arg)
        elif kind == 'exp':
            r = math.exp(arg)
        else:
            r = arg.encode('latin-1')
    except (ValueError, TypeError, OverflowError) as e:
        log.append(b)  # ?rc b
        r = e
    return r


attempt('decode', b'\xff\xfe')  # ?rc b
attempt('decode', b'caf\xc3\xa9')  # ?rc b
attempt('join', ['a', 1])  # ?rc b
attempt('join', ['a', 'b'])  # ?rc b
attempt('sqrt', -1.0)  # ?rc b
attempt('sqrt', 4.0)  # ?rc b
attempt('log', 0)  # ?rc b
attempt('log', 8)  # ?rc b
attempt('exp', 1000.0)  # ?rc b
text = 'h' + '\u20ac' * 2
err = attempt('encode', text)  # ?rc b text err
ok = attempt('encode', 'plain')  # ?rc b ok
del err  # ?rc text
n = len(log)  # ?rc b
