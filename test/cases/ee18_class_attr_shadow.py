# Theme: class attributes versus instance attributes: an instance attribute
# shadows the class one, `del` reveals it again, a classmethod builds
# instances that register themselves on the class.
class Setting:
    default = [0.5]
    instances = []

    def __init__(self, value=None):
        if value is not None:
            self.value = value  # ?rc value
        Setting.instances.append(self)

    @classmethod
    def from_pair(cls, pair):
        obj = cls(pair[1])  # ?rc obj
        return obj

    def current(self):
        return getattr(self, "value", Setting.default)


dflt = Setting.default  # ?rc dflt
a = Setting()  # ?rc a
cur = a.current()  # ?rc dflt cur
custom = [1.5, 2.5]  # ?rc custom
b = Setting(custom)  # ?rc b custom
b.default = custom  # ?rc custom
got = b.default  # ?rc custom got
del b.default  # ?rc custom dflt
c = Setting.from_pair((None, custom))  # ?rc c custom
Setting.instances.clear()  # ?rc a b c
Setting.default = custom  # ?rc dflt custom
