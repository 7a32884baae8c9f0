# Calling a bound method object that only the value stack holds (getattr(a, "f")(x), a method
# returned by a call, types.MethodType(...)()): CALL unpacks it into its function and self and
# drops it before the call, so it is freed and holds nothing while the callee runs. A method
# a name or a list keeps still holds self then.
import types


class A:
    def f1(self, x):
        y = self  # ?rc self
        return y

    def f2(self, x):
        y = self  # ?rc self
        return y

    def f3(self, x):
        y = self  # ?rc self
        return y

    def f4(self, x):
        y = self  # ?rc self
        return y


class Probe:
    def __call__(self, obj, *args):
        y = obj  # ?rc obj
        return y


def pick(a):
    return a.f3


a = A()
getattr(a, "f1")(1)
m = a.f2
m(2)  # ?rc m a
pick(a)(3)
kept = [a.f4]
kept[0](4)  # ?rc a
p = Probe()
types.MethodType(p, a)()  # ?rc a p
