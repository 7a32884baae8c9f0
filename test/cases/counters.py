# Counters and state: nonlocal, global, while loops, try/else, raise from.
total = []
limit = 3


def make_counter():
    count = 0
    seen = []

    def step(item):
        nonlocal count
        count += 1
        seen.append(item)  # ?rc item seen
        return count

    return step


def register(item):
    global total
    total = total + [item]  # ?rc item
    return len(total)


box = {"v": 1.25}  # ?rc box
step = make_counter()
i = 0
while i < limit:
    step(box)  # ?rc box
    i += 1
register(box)  # ?rc box total
register(box)  # ?rc box total


def parse(text):
    try:
        value = float(text)
    except ValueError as err:
        raise KeyError(text) from err
    else:
        result = [value]  # ?rc result
    return result


ok = parse("2.5")  # ?rc ok
try:
    parse("nope")
except KeyError as e:
    cause = e.__cause__  # ?rc e cause
kept = cause  # ?rc kept
