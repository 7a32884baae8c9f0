# Bound methods called through CALL_FUNCTION_EX: an exact tuple passed as it is adds no reference
class M:
    def m1(self, a, b):
        x = a  # ?rc x
        return x
    def m2(self, a, b):
        x = a  # ?rc x
        return x
    def m3(self, a, b):
        x = a  # ?rc x
        return x
    def m4(self, a, b, **kw):
        x = a  # ?rc x
        return x
s = "not an id!"
t = (s, 2)
lst = [s, 3]
o = M()
o.m1(*t)
o.m2(*lst)
o.m3(s, *[4])
o.m4(*t, k=5)
bm = o.m1
bm(*t)
