# A property getter's `self` while `obj.prop` runs in a loop: 3.12+ specialize the load from its
# second run (LOAD_ATTR_PROPERTY), the stack's reference to the object becoming the getter's
# argument; 3.11 and first runs call it from C, the stack keeping the object meanwhile.
class Account:
    def __init__(self, owner, cents):
        self.owner = owner
        self.cents = cents

    @property
    def balance(self):
        me = self  # ?rc self
        return self.cents / 100

    @property
    def label(self):
        me = self  # ?rc self
        return "%s: %.2f" % (self.owner, self.balance)


def total(accounts):
    s = 0.0
    for acc in accounts:
        s += acc.balance  # ?rc acc
    return s


def main():
    accounts = [Account("ann", 1250), Account("bob", 300), Account("cy", 75)]
    t = total(accounts)
    first = accounts[0]
    text = first.label  # ?rc first
    return t, text


main()
