# Theme: reading a kept frame's attributes: f_code is the code object, f_back
# the caller's frame, f_locals a cached dict on 3.11/3.12 (one more reference
# to every variable while the frame lives) and a proxy on 3.13; gi_frame.
import gc


def inner(box, label):
    return 1 / 0


def outer(box):
    return inner(box, "inner call")


box = [2.5]  # ?rc box
try:
    outer(box)
except ZeroDivisionError as e:
    err = e
frame = err.__traceback__.tb_next.tb_next.tb_frame  # ?rc frame box
code = frame.f_code  # ?rc box frame
back = frame.f_back  # ?rc box back
name = frame.f_locals["label"]  # ?rc box name
same = frame.f_locals["box"] is box  # ?rc box


def counter(start):
    seen = [start]
    while True:
        yield seen


gen = counter(1.5)
first = next(gen)  # ?rc first gen
fr = gen.gi_frame  # ?rc fr first
del fr, frame, back, err  # ?rc box first
gen.close()  # ?rc first
print(gc.collect())
