# Theme: exceptions collected in a loop: storing caught exceptions in a list
# keeps their tracebacks and frames alive; clearing __traceback__ helps.
import gc


class Bad:
    pass


def check(value):
    if value < 0:
        raise ValueError(value)
    return value


def validate_all(values):
    errors = []
    for v in values:
        try:
            check(v)
        except ValueError as e:
            errors.append(e)  # ?rc errors
    return errors


gc.collect()
vals = [1.5, -2.5, 3.5, -4.5]  # ?rc vals
errs = validate_all(vals)  # ?rc errs
first = errs[0]  # ?rc first
arg = first.args[0]  # ?rc arg
del first, arg
del errs
print(gc.collect())  # each error's traceback -> validate_all frame -> errors list
token = Bad()  # ?rc token
caught = []
for i in range(3):
    try:
        raise KeyError(token)
    except KeyError as ex:
        ex.__traceback__ = None
        caught.append(ex)  # ?rc token
del caught  # ?rc token
print(gc.collect())  # tracebacks were cleared: no cycle
