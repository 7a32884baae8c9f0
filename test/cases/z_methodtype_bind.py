# Theme: types.MethodType(func, obj) is the bound method obj.method would be: it holds the function and the object
import gc
import types


def beep(self, times):
    self.count += times
    return self.count


class Timer:
    def __init__(self):
        self.count = 0


t = Timer()  # ?rc t
m = types.MethodType(beep, t)  # ?rc t m
n = m(3)  # ?rc t m
also = m.__self__  # ?rc t also
del also  # ?rc t
t.alarm = types.MethodType(beep, t)  # ?rc t
t.alarm(2)  # ?rc t
del m  # ?rc t
box = [1.5]  # ?rc box
bm = types.MethodType(len, box)  # ?rc box
del bm  # ?rc box
del t
print(gc.collect())
u = Timer()  # ?rc u
u.hook = types.MethodType(beep, u)  # ?rc u
u.hook = None  # ?rc u
del u
print(gc.collect())
