# a class __dict__ holds its slot members, its __dict__ / __weakref__ getsets and __module__
class S:
    __slots__ = ("a", "b")
class P:
    def m(self):
        return self
mem = S.__dict__["a"]                    # ?rc mem
mem2 = vars(S)["b"]                      # ?rc mem2
try:
    wr = P.__dict__["__weakref__"]
except KeyError:
    wr = [1.5]
x = wr                                   # ?rc wr
dd = vars(P)["__dict__"]                 # ?rc dd
try:
    gone = S.__dict__["__dict__"]
except KeyError:
    gone = None
mod = P.__dict__["__module__"]
same = mod == __name__
name = __name__
s = S()
s.a = mem                                # ?rc mem
