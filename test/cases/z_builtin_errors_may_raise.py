# Theme: builtin operations whose result the model does not compute may raise instead: a
# str.format field naming a missing keyword, date.replace to a day the month lacks, math on a
# value of unknown content. A try around them may go to its handler (sound, not exact).
import datetime
import math
import sys


class Box:
    pass


b = Box()
log = []
name = 'ab' + str(len('abc'))
same = '{name}'.format(name=name)  # ?rc name same
wide = '{name:>2}'.format(name=name)  # ?rc name wide
pair = '{name}-{n}'.format(name=name, n=3)  # ?rc name pair


def missing_field(label):
    try:
        return '{name}-{age}'.format(name=label)
    except KeyError:
        log.append(b)  # ?rc b
        return None


def bad_day(d):
    try:
        return d.replace(month=2)
    except ValueError:
        log.append(b)  # ?rc b
        return None


def unknown_root(x):
    try:
        return math.sqrt(x)
    except ValueError:
        log.append(b)  # ?rc b
        return None


missing_field(name)
bad_day(datetime.date(2020, 1, 31))
unknown_root(float(len(sys.argv)) - 5.0)
n = len(log)  # ?rc b
