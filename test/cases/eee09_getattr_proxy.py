# A logging proxy built on __getattr__: attribute lookups that miss on the
# proxy are delegated to the wrapped object, and bound methods are wrapped
# so every call is recorded.
import gc
import sys


class Recorder:
    def __init__(self, target):
        self._target = target
        self._calls = []

    def __getattr__(self, name):
        value = getattr(self._target, name)  # ?rc value
        if callable(value):
            def wrapper(*args):
                self._calls.append((name, args))
                return value(*args)
            return wrapper
        return value


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)  # ?rc amount
        return self.balance


acct = Account("grace hopper", 100.5)  # ?rc acct
rec = Recorder(acct)  # ?rc rec acct
amt = 25.25 * 2  # ?rc amt
result = rec.deposit(amt)  # ?rc result amt
hist = rec.history  # ?rc hist
deposit = rec.deposit  # ?rc deposit rec
deposit(amt)  # ?rc amt
deposit(amt)  # ?rc amt
calls = rec._calls  # ?rc calls
first = calls[0]  # ?rc first amt
print(sys.getrefcount(acct))
missing = getattr(rec, "nothing_here", None)
del deposit  # ?rc rec
del first, calls  # ?rc amt
del rec  # ?rc acct hist
print(gc.collect())
del acct  # ?rc hist amt
print(gc.collect())
