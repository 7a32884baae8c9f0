# Theme: inheritance chains with a registry: the base class records every
# subclass in __init_subclass__; instances made through a classmethod.


class Plugin:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls)

    @classmethod
    def create(cls):
        return cls()


class Audio(Plugin):
    pass


class Mp3(Audio):
    pass


reg = Plugin.registry  # ?rc reg
kinds = [Audio, Mp3]  # ?rc Audio Mp3
p = Mp3.create()  # ?rc Mp3 p
del kinds  # ?rc Audio Mp3
reg.clear()  # ?rc Audio Mp3
del p  # ?rc Mp3
