# Theme: an __init__ that raises: type.__call__ drops the new object, which lives on only through what holds it.
registry = []


class Device:
    def __init__(self, settings):
        registry.append(self)
        raise ValueError("bad settings")


try:
    Device({})
except ValueError as e:
    err = e
dev = registry[0]  # ?rc dev -- registry, dev, the __init__ frame kept by err's traceback
err.__traceback__ = None  # ?rc dev
del err  # ?rc dev
registry.clear()  # ?rc dev
