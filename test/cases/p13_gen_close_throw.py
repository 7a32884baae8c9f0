# Generators closed midway, generator.throw and yield inside try/finally: the
# finally clause runs on close(), and throw() resumes the frame to handle it.


class Res:
    pass


cleanup = []


def stream(res):
    try:
        while True:
            got = yield res
            if got is not None:
                res = got
    except ValueError:
        yield "recovered"
    finally:
        cleanup.append(res)  # ?rc res


r = Res()  # ?rc r
g = stream(r)  # ?rc r g
v = next(g)  # ?rc r v
r2 = Res()
v2 = g.send(r2)  # ?rc r2 v2
msg = g.throw(ValueError)  # ?rc r2
del v2  # ?rc r2
g.close()  # ?rc r2
kept = cleanup.pop()  # ?rc kept
g2 = stream(r)  # ?rc r
next(g2)  # ?rc r
del g2  # ?rc r
done = cleanup.pop()  # ?rc done r
