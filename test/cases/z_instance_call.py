# Calling an instance: slot_tp_call holds the argument tuple (and with keywords an unpacked copy) while __call__ runs
class A0:
    def __call__(self, x, k=None):
        y = x  # ?rc x
        return y

class A1:
    def __call__(self, x, k=None):
        y = x  # ?rc x
        return y

class A2:
    def __call__(self, x, k=None):
        y = x  # ?rc x
        return y

class A3:
    def __call__(self, x, k=None):
        y = x  # ?rc x
        return y

class A4:
    def __call__(self, x, k=None):
        y = x  # ?rc x
        return y

class A5:
    def __call__(self, x, k=None):
        y = x  # ?rc x
        return y

class A6:
    def __call__(self, x, k=None):
        y = x  # ?rc x
        return y

class A7:
    def __call__(self, x, k=None):
        y = x  # ?rc x
        return y

class T:
    pass
t = T()
lst = [t]
tt = (t,)
a = A0()
a(t)
a = A1()
a(t, k=1)
a = A2()
a(*(t,))
a = A3()
a(*lst)
a = A4()
a(t, **{'k': 2})
a = A5()
a.__call__(t)
a = A6()
a(*lst, **{'k': 2})
a = A7()
a(*tt, k=3)
