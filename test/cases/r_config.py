# A configuration merger: defaults, environment-style overrides and per-user
# settings are merged with dict unpacking; validators are closures.


DEFAULTS = {"retries": 3, "timeout": 2.5, "hosts": ["db.local", "cache.local"]}  # ?rc DEFAULTS


def make_validator(key, low, high):
    bounds = (low, high)  # ?rc bounds

    def check(cfg):
        value = cfg[key]  # ?rc cfg
        return bounds[0] <= value <= bounds[1]

    return check


def merge(*layers, **extra):
    merged = {}
    for layer in layers:
        merged = {**merged, **layer}  # ?rc layer merged
    merged.update(extra)  # ?rc merged
    return merged


def describe(cfg, *, keys=("retries", "timeout")):
    parts = [f"{k}={cfg[k]}" for k in keys]  # ?rc parts
    return ", ".join(parts)


env = {"timeout": 5.0 * 2}  # ?rc env
user = {"retries": 10 ** 3, "hosts": DEFAULTS["hosts"][:1]}  # ?rc user
hosts = DEFAULTS["hosts"]  # ?rc hosts
final = merge(DEFAULTS, env, user, debug=True)  # ?rc final DEFAULTS env user hosts
validators = [make_validator("retries", 0, 5), make_validator("timeout", 0.5, 30.0)]  # ?rc validators
results = [v(final) for v in validators]  # ?rc final results
timeout = final["timeout"]  # ?rc timeout
retries = final["retries"]  # ?rc retries
check = validators[0]  # ?rc check
del validators  # ?rc check
text = describe(final)  # ?rc text
snapshot = {**final}  # ?rc final snapshot timeout
copy_hosts = snapshot["hosts"]  # ?rc copy_hosts
del snapshot  # ?rc copy_hosts timeout
del final, env  # ?rc timeout
history = [DEFAULTS]
history.append(history)  # ?rc history DEFAULTS
print(text, results)
