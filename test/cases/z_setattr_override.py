# A class that overrides __setattr__ and does not store: `obj.a = v` runs
# the override; nothing keeps v afterwards.
class Validated:
    def __setattr__(self, name, value):
        checked = value  # ?rc value


s = Validated()
v = 1.5 * 3  # ?rc v
s.a = v  # ?rc v
setattr(s, "b", v)  # ?rc v
