# Theme: a delegation proxy with __getattr__ forwarding to a wrapped object,
# caching looked-up bound methods, and __setattr__ forwarding writes.
import gc


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def deposit(self, amount):
        self.history.append(amount)
        return amount


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_cache", {})

    def __getattr__(self, name):
        value = getattr(self._target, name)
        self._cache[name] = value
        return value

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


owner = "Ada L." + "ovelace"  # ?rc owner
acct = Account(owner)  # ?rc acct owner
p = Proxy(acct)  # ?rc p acct
hist = p.history  # ?rc hist acct
amount = 12.5 * 4  # ?rc amount
p.deposit(amount)  # ?rc amount acct -- bound method cached in _cache
dep = p.deposit  # ?rc dep acct
p.owner = owner * 2  # ?rc owner
new_owner = acct.owner  # ?rc new_owner
p.backref = p  # ?rc p
cache = p._cache  # ?rc cache
del dep, cache  # ?rc acct
del p  # ?rc acct
print(gc.collect())  # the proxy <-> acct.backref cycle is still reachable via acct
acct.backref = None  # ?rc acct
print(gc.collect())
del acct, hist  # ?rc amount
