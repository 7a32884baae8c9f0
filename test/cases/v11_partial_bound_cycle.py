# Theme: functools.partial over bound methods. Each partial holds the bound
# method, which holds the instance; storing the partials on the instance
# builds a cycle. A partial of a partial is flattened: it holds the inner
# function, not the inner partial.
import functools
import gc


class Logger:
    def __init__(self):
        self.lines = []

    def write(self, prefix, msg):
        self.lines.append(prefix + msg)


gc.collect()
log = Logger()  # ?rc log
warn = functools.partial(log.write, "warning: ")  # ?rc log warn
err = functools.partial(log.write, "error: ")  # ?rc log
warn("disk almost full")  # ?rc warn
late = functools.partial(warn, "late message")  # ?rc warn log late
method = warn.func  # ?rc method log
handlers = {"warn key!": warn, "err key!": err}  # ?rc warn
log.handlers = handlers  # ?rc handlers
del warn, err, handlers, method  # ?rc log
late()  # ?rc late
lines = log.lines  # ?rc lines
del log, late  # ?rc lines
print(gc.collect())  # logger, dict, two partials, two bound methods, args
print(len(lines))  # ?rc lines


def scale(factor, value):
    return factor * value


double = functools.partial(scale, 2.5)  # ?rc double
values = [1.5, 3.5]
scaled = list(map(double, values))  # ?rc double scaled
keyed = functools.partial(sorted, key=abs)  # ?rc keyed
ordered = keyed([-3.5, 1.5, -0.5])  # ?rc ordered
