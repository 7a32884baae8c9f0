# An escaped exception's traceback holds each frame it passed through; the
# frames hold their locals; clearing the traceback frees them.
import gc


class Data:
    pass


def level2(d):
    inner_ref = d  # ?rc d inner_ref
    raise IndexError("deep")


def level1(d):
    mid_ref = [d]  # ?rc d mid_ref
    level2(d)


data = Data()  # ?rc data
try:
    level1(data)
except IndexError as e:
    saved = e
tb = saved.__traceback__  # ?rc data tb
frame = tb.tb_next.tb_frame  # ?rc frame
names = sorted(frame.f_locals)  # ?rc names
del frame  # ?rc data
tb = None  # ?rc data
saved.__traceback__ = None  # ?rc data
del saved  # ?rc data
gc.collect()  # ?rc data
