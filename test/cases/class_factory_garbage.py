# Theme: classes created at run time by a factory function. A class is
# always part of cycles (its __mro__, its descriptors, the __class__ cell
# of methods that use super()); dropping one leaves work for the collector.
import gc


class Base:
    def describe(self):
        return "base"


def make_model(name, fields):
    def describe(self):
        return name + ":" + super(cls, self).describe()

    ns = {f: None for f in fields}
    ns["describe"] = describe
    cls = type(name, (Base,), ns)
    return cls


gc.collect()
User = make_model("User", ["id", "email"])  # ?rc User
u = User()  # ?rc User u
print(u.describe())
del u
del User
print("dynamic class:", gc.collect())


class Temp(Base):
    def describe(self):
        return "temp/" + super().describe()


t = Temp()  # ?rc t Temp
print(t.describe())
del t
del Temp
print("class statement with super():", gc.collect())
