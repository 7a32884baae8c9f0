# sys.setprofile(hook): from then on CPython calls the hook with the frame of every call
# and return, so the hook may keep any frame object; a frame object still held when its
# call returns takes the frame's variables over, which then outlive the call until the
# hook's list lets the frame go. sys.setprofile(None) removes the hook.
import sys

frames = []


class Obj:
    pass


def hook(frame, event, arg):
    if event == "return" and frame.f_code.co_name == "work":
        frames.append(frame)


def work(x):
    tmp = [x]
    return len(tmp)


o = Obj()  # ?rc o
sys.setprofile(hook)
work(o)
sys.setprofile(None)
print(len(frames))
print(sys.getrefcount(o))
frames.clear()
print(sys.getrefcount(o))
p = Obj()  # ?rc p
n = work(p)  # ?rc p
