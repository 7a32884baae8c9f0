# Theme: throw() into a generator delegating with `yield from`: only the sub-generator's frame gets a traceback entry;
# 3.11 leaves the finished sub-generator frame's f_back unset and holds the returned value until the delegator yields.
import gc


def inner(tags):
    box = [tags]
    try:
        yield 1
    except KeyError:
        pass
    return box


def outer(tags, out):
    got = yield from inner(tags)
    out.append(got)  # ?rc got
    yield 2


tags = [1.5]  # ?rc tags
res = []
err = KeyError()
o = outer(tags, res)
next(o)
o.throw(err)  # ?rc tags
kept = res[0]  # ?rc kept
o.close()  # ?rc tags
del o  # ?rc tags
del err  # ?rc tags
print(gc.collect())  # ?call gc.collect()


def inner2(b):
    yield 1


def outer2(b):
    yield from inner2(b)


box = [2.5]
o = outer2(box)
next(o)
try:
    o.throw(KeyError())
except KeyError as e:
    kept2 = e  # ?rc box
del o  # ?rc box
del kept2  # ?rc box
print(gc.collect())  # ?call gc.collect()
