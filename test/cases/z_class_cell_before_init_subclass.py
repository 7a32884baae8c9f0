# A class whose methods use super() has a __class__ cell; type.__new__ fills it
# before __init_subclass__ runs, so the new class has one more reference there.
import gc


class Plugin:
    loaded = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.loaded.append(cls)  # ?rc cls

    def run(self, data):
        return data


class Upper(Plugin):
    def run(self, data):
        base = super().run(data)  # ?rc base data
        return base.upper()


class Plain(Plugin):
    pass


out = Upper().run("some text here")  # ?rc out
loaded = Plugin.loaded  # ?rc loaded Upper Plain
del Plain
loaded.pop()
print(gc.collect())
