# Python 3.13: generator.close() returns the value the generator returns
# while handling GeneratorExit (3.11/3.12 return None and drop it).
keep = [9.5]  # ?rc keep


def tally(msg):
    try:
        yield
    except GeneratorExit:
        return msg


tl = tally(keep)
next(tl)
res = tl.close()  # ?rc keep
del res  # ?rc keep
