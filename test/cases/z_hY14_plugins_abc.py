# Theme: a plugin system: an abstract base class with abstractmethod,
# subclasses registered by __init_subclass__ into a class-level dict,
# descriptors with __set_name__ validating fields, instances built from a
# config dict, and a plugin class dropped and collected with its registry.
import abc
import gc


class Positive:
    """A data descriptor keeping the checked value in the instance dict under its own name."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__[self.name]

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        obj.__dict__[self.name] = value


class Plugin(abc.ABC):
    registry = {}
    timeout = Positive()

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key is not None:
            Plugin.registry[key] = cls

    def __init__(self, timeout):
        self.timeout = timeout

    @abc.abstractmethod
    def run(self, payload):
        ...


class Echo(Plugin, key="echo"):
    def run(self, payload):
        return [payload, payload]


class Count(Plugin, key="count"):
    def run(self, payload):
        return len(payload) * 1000


config = {"echo": 30, "count": 5}  # ?rc config
plugins = [Plugin.registry[name](t) for name, t in config.items()]  # ?rc plugins
echo = plugins[0]  # ?rc echo
out = echo.run("payload text!")  # ?rc out
n = plugins[1].run(out)  # ?rc n
desc = Plugin.__dict__["timeout"]  # ?rc desc
try:
    echo.timeout = -1
except ValueError as exc:
    problem = exc  # ?rc problem
msg = problem.args[0]  # ?rc msg
try:
    Plugin(3)
except TypeError as exc:
    abstract_error = exc  # ?rc abstract_error
del problem, abstract_error
registry = Plugin.registry  # ?rc registry
del plugins, echo  # ?rc out
del Plugin.registry["count"]
del Count
print(gc.collect())  # the Count class: its MRO tuple, dict, weakref to itself
