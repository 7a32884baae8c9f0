# Theme: star-unpacking into lists and nested unpacking, plus the dict merge
# operators | and |=. `d1 | d2` builds a new dict sharing the values; `|=`
# updates in place; starred targets always make a fresh list.


class Setting:
    def __init__(self, value):
        self.value = value


timeout = Setting(30.5)  # ?rc timeout
retries = Setting(3)  # ?rc retries
proxy = Setting("http://proxy.local:8080")  # ?rc proxy

defaults = {"timeout": timeout, "retries": retries}  # ?rc defaults timeout
overrides = {"proxy": proxy, "timeout": Setting(60.5)}  # ?rc overrides proxy
merged = defaults | overrides  # ?rc merged timeout retries proxy
merged |= {"retries": retries, "extra": proxy}  # ?rc merged retries proxy
defaults |= overrides  # ?rc defaults timeout proxy

records = [("alpha one", (timeout, retries, proxy)), ("beta two", (proxy, timeout))]
for label, (head, *others) in records:
    keep = [head, *others]  # ?rc head others keep
(n1, (first, *mid, last)), second = records  # ?rc first mid last second


def spread(*groups):
    flat = [*groups[0], *groups[-1]]  # ?rc flat groups
    a, *b = flat  # ?rc a b
    return b


tail = spread([timeout, retries], (proxy,))  # ?rc tail timeout retries proxy


def apply(config, /, **changes):
    new = config | changes  # ?rc new changes config
    config |= {"applied marker": new}
    return new


cfg = {"timeout": timeout}  # ?rc cfg
res = apply(cfg, retries=retries, proxy=proxy)  # ?rc res cfg retries
*front, back = res.values()  # ?rc front back proxy
del merged, defaults, overrides, keep, head, others  # ?rc timeout retries proxy
cfg.clear()  # ?rc res
