# Theme: dicts are shared through aliases; `d = dict(d)` and `{**d}` copy the
# table but share the values. setdefault, update and pop move references.


class Setting:
    def __init__(self, val):
        self.val = val


timeout = Setting(30.5)  # ?rc timeout
retries = Setting(3.5)  # ?rc retries
defaults = {"timeout": timeout, "retries": retries}  # ?rc timeout
active = defaults  # ?rc defaults
snapshot = dict(defaults)  # ?rc timeout snapshot
merged = {**defaults, "retries": Setting(5.5)}  # ?rc retries merged

active["timeout"] = Setting(60.5)  # ?rc timeout
fallback = snapshot.setdefault("timeout", retries)  # ?rc fallback retries
extra = snapshot.setdefault("verbose", Setting(0.5))  # ?rc extra


def apply_overrides(base, **over):
    cfg = base.copy()  # ?rc cfg
    cfg.update(over)  # ?rc cfg
    removed = cfg.pop("retries", None)  # ?rc removed
    return cfg


final = apply_overrides(snapshot, retries=timeout)  # ?rc final timeout retries
active = {}  # ?rc defaults
for key in list(snapshot):
    value = snapshot.pop(key)  # ?rc value
inverse = {v: k for k, v in final.items()}  # ?rc timeout inverse
del final  # ?rc timeout
del merged, value  # ?rc retries extra
print(len(defaults), len(inverse))
