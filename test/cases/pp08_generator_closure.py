# Theme: generators and closures. A generator function nested in another
# function reads the outer variables through cells; the generator object
# keeps the function's closure (and so the captured objects) alive.


class Record:
    pass


def make_stream(records, prefix):
    def stream():
        for rec in records:
            tag = prefix  # ?rc rec tag
            yield rec

    return stream


r1, r2 = Record(), Record()  # ?rc r1 r2
data = [r1, r2]  # ?rc data
label = "row: " + str(len(data))  # ?rc label
factory = make_stream(data, label)  # ?rc data label factory
g = factory()  # ?rc data g factory
x = next(g)  # ?rc data r1 x
g2 = factory()  # ?rc data
y = next(g2)  # ?rc r1 y
del factory  # ?rc data label
rest = list(g)  # ?rc data r2 rest
del g  # ?rc data label
g2.close()  # ?rc data r1
del g2  # ?rc data label
data = None  # ?rc r1 r2 rest
