# Theme: what property, classmethod and staticmethod objects keep: fget /
# fset / fdel are the functions themselves, __func__ (and __wrapped__) the
# wrapped one. Reading a property calls its getter without keeping it.
import collections


class Temp:
    def __init__(self, kelvin):
        self._k = kelvin

    @property
    def kelvin(self):
        return self._k

    @kelvin.setter
    def kelvin(self, value):
        self._k = value

    @classmethod
    def freezing(cls):
        return cls(273.15)

    @staticmethod
    def scale():
        return "kelvin scale!"

    def _get_c(self):
        return self._k - 273.15

    celsius = property(fget=_get_c, doc="degrees")


t = Temp(300.5)
k1 = t.kelvin
k2 = t.kelvin  # ?rc k1
prop = Temp.__dict__["kelvin"]  # ?rc prop
getter = prop.fget  # ?rc getter
setter = prop.fset  # ?rc setter
gone = prop.fdel
k3 = getter(t)  # ?rc k1
cm = Temp.__dict__["freezing"]
func = cm.__func__  # ?rc func
wrapped = cm.__wrapped__  # ?rc func
bound = Temp.freezing  # ?rc func
plain = Temp.__dict__["scale"].__func__  # ?rc plain
cget = Temp.__dict__["celsius"].fget  # ?rc cget
c1 = t.celsius  # ?rc cget


def fresh():
    return []


table = collections.defaultdict(fresh)
x = table["x key!"]
y = table["y key!"]  # ?rc fresh
