# Theme: a generator pipeline whose stages' suspended frames hold loop
# variables; lambdas made inside a stage capture the loop variable in a cell
# that is shared by the frame and every lambda made so far;
# inspect.getgeneratorlocals() shows a suspended stage's variables.
import inspect


class Reading:
    def __init__(self, value):
        self.value = value


def source(items):
    for item in items:
        yield item


def with_getters(stream):
    for r in stream:
        yield r, lambda: r


readings = [Reading(1.5), Reading(2.5), Reading(3.5)]
first = readings[0]  # ?rc first
second = readings[1]  # ?rc second
pipe = with_getters(source(readings))  # ?rc pipe readings
r0, get0 = next(pipe)  # ?rc first r0 get0 readings
r1, get1 = next(pipe)  # ?rc first r1 second -- the one cell now holds r1
again = get0()  # ?rc second again
del r0  # ?rc first
pipe.close()  # ?rc first second get0 readings
del again  # ?rc second
snapshot = list(with_getters(source(readings)))  # ?rc first second snapshot
last = snapshot[0][1]()  # ?rc last
del snapshot  # ?rc first second last readings
del get0  # ?rc second get1
del get1, r1  # ?rc second
values = [get() for get in [lambda: r.value for r in source(readings)]]  # ?rc first second
print(values)
watch = with_getters(source(readings))
pair = next(watch)  # ?rc first
state = inspect.getgeneratorlocals(watch)  # ?rc first state
del state, pair  # ?rc first
watch.close()  # ?rc first
