# Theme: weakref.ref/proxy/finalize and callbacks on one object; a finalize
# holds strong references to its arguments; WeakMethod for bound methods.
import weakref

log = []


class Res:
    def ping(self):
        return 1


def cleanup(tag):
    log.append(tag)  # ?rc tag


res = Res()  # ?rc res
tag = [1.5]  # ?rc tag
fz = weakref.finalize(res, cleanup, tag)  # ?rc res tag fz
px = weakref.proxy(res)  # ?rc res px
px2 = weakref.proxy(res)  # ?rc px px2
r = weakref.ref(res, lambda w: log.append(0.5))  # ?rc res r
wm = weakref.WeakMethod(res.ping)  # ?rc res wm
bm = wm()  # ?rc res bm
del bm  # ?rc res
alive = fz.alive  # ?rc fz
del res  # ?rc tag fz r
done = fz.alive  # ?rc tag
dead = wm()  # ?rc wm
