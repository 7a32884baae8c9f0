# Theme: saving and restoring objects through their __dict__: json of vars(),
# a clone made with cls(**vars(obj)), printing the dict, and a snapshot list
# of (name, value) pairs.
import gc
import json


class Account:
    def __init__(self, owner, balance, tags):
        self.owner = owner
        self.balance = balance
        self.tags = tags


tags = ["vip", "old customer!"]
acct = Account("Ada Lovelace", 10 ** 6, tags)  # ?rc acct tags
text = json.dumps(vars(acct))  # ?rc text tags
print(text)
clone = Account(**vars(acct))  # ?rc clone tags
print(vars(clone))
snapshot = sorted(acct.__dict__.items())  # ?rc snapshot tags
backup = acct.__dict__.copy()  # ?rc backup tags
backup["balance"] = 0
restored = Account.__new__(Account)
restored.__dict__.update(json.loads(text))  # ?rc restored tags
same = [k for k in vars(acct) if getattr(acct, k) == getattr(restored, k)]  # ?rc same
print(same)
del clone, snapshot
print(gc.collect())
