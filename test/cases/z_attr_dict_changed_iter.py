# Theme: an object's or a class's attribute dict changed while a loop walks vars() of it
import gc


class Settings:
    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def add_defaults(self, fallback):
        # The bug: adding attributes while iterating vars(self) raises on the next step.
        for name in vars(self):
            setattr(self, "default_" + name, fallback)

    def add_defaults_safely(self, fallback):
        for name in list(vars(self)):
            setattr(self, "safe_" + name, fallback)


fallback = ["fallback"]
hosts = ["db", "cache"]
s = Settings(hosts=hosts, retries=[3])
error = None
try:
    s.add_defaults(fallback)
except RuntimeError as exc:
    error = exc
message = str(error)
held = fallback  # ?rc fallback error hosts

s.add_defaults_safely(fallback)
after = fallback  # ?rc fallback s

# Replacing a value in place keeps the dict's size: the walk goes on and sees the new values.
replacement = {"k": 1}
seen = []
for name, value in vars(s).items():
    seen.append(value)
    if name == "retries":
        s.hosts = replacement
walked = len(seen)  # ?rc replacement hosts fallback


class Registry:
    alpha = [1]
    beta = [2]

    def run(self):
        return self


grabbed = []
late = ["late"]
try:
    for key, value in vars(Registry).items():
        grabbed.append(value)
        if key == "alpha":
            Registry.gamma = late
except RuntimeError as exc:
    error = exc
count = len(grabbed)  # ?rc late grabbed error
del grabbed, error
collected = gc.collect()
end = late  # ?rc late fallback
