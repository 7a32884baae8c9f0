# object.__getattribute__ and super().__getattribute__ failing: the AttributeError keeps the object
class Plain:
    pass
p = Plain()
try:
    object.__getattribute__(p, "nothing")
except AttributeError:
    q = p                                # ?rc p
class Guarded:
    def __getattribute__(self, name):
        try:
            return super().__getattribute__(name)
        except AttributeError:
            me = self                    # ?rc self
            return None
g = Guarded()
v = g.missing                            # ?rc g
err = None
try:
    object.__getattribute__(g, "other")
except AttributeError as e:
    err = e                              # ?rc g
del err
left = g                                 # ?rc g
