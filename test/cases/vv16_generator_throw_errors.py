# Theme: a generator-based consumer that survives bad input: errors
# thrown in with gen.throw() are caught inside and recorded, the
# generator keeps running; close() runs its finally block. The recorded
# exceptions' tracebacks keep the generator's frame and its locals.


class Reading:
    def __init__(self, value):
        self.value = value


def consumer(errors, done):
    total = 0.0
    try:
        while True:
            try:
                item = yield total
                total += item.value
            except ArithmeticError as exc:
                errors.append(exc)
    finally:
        done.append(total)


errors = []  # ?rc errors
done = []
gen = consumer(errors, done)  # ?rc gen errors
next(gen)
r1 = Reading(2.5)  # ?rc r1
s = gen.send(r1)  # ?rc r1 s
bad = Reading(float("nan"))  # ?rc bad
gen.throw(ZeroDivisionError(bad))  # ?rc bad r1
gen.throw(OverflowError(bad, r1))  # ?rc bad r1
kept = errors[0]  # ?rc kept
gen.close()  # ?rc gen r1 bad
total = done[0]  # ?rc total s
errors.clear()  # ?rc kept bad r1
del gen, kept  # ?rc bad r1 total
