# Theme: class attributes shadowed by instance attributes; classmethods and
# staticmethods. The class keeps its attribute while instances shadow it.


class Config:
    default = [1.5, 2.5]  # ?rc default

    @classmethod
    def make(cls):
        inst = cls()  # ?rc inst
        return inst

    @staticmethod
    def helper(x):
        return x  # plain function


d = Config.default  # ?rc d
c = Config()  # ?rc c Config
c.default = [9.5]  # ?rc d
own = c.default  # ?rc own d
m = Config.make()  # ?rc m Config
h = Config.helper  # ?rc h
v = h(own)  # ?rc v own
cm = Config.make  # ?rc cm
cm2 = Config.make  # ?rc cm cm2 -- new bound method each time
del c.default  # ?rc own
again = c.default  # ?rc again d
Config.default = own  # ?rc own d
del Config.default  # ?rc own d
sm = Config.__dict__["helper"]  # ?rc sm
del m  # ?rc Config
