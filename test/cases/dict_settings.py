# Theme: a settings store built on dict methods: setdefault, get, pop,
# update, copy, fromkeys, items/keys/values and popitem.

DEFAULTS = {"timeout": 30, "retries": 3}

fallback = [0.5, 1.5]  # ?rc fallback
paths = ["/etc/app.conf", "/home/user/.apprc"]  # ?rc paths
settings = {}
settings.setdefault("paths", paths)  # ?rc paths
settings.setdefault("paths", fallback)  # ?rc paths fallback
got = settings.get("missing", fallback)  # ?rc got fallback
got = settings.get("paths", fallback)  # ?rc got paths fallback
bucket = settings.setdefault("plugins", [])  # ?rc bucket
bucket.append(fallback)  # ?rc fallback
overrides = {"paths": fallback, "level": 2.5 * 2}
settings.update(overrides)  # ?rc paths fallback got
del got  # ?rc paths
snapshot = settings.copy()  # ?rc fallback bucket
marks = dict.fromkeys(["a", "b", "c"], fallback)  # ?rc fallback
for key, value in settings.items():
    last = value  # ?rc last
vals = list(settings.values())  # ?rc fallback bucket
popped = settings.pop("plugins")  # ?rc popped bucket
nothing = settings.pop("absent", paths)  # ?rc nothing paths
k, v = settings.popitem()  # ?rc v
del snapshot, marks  # ?rc fallback bucket
vals.clear()  # ?rc fallback popped
del overrides, v, last  # ?rc fallback
