# Set difference of two sets whose members have their own __eq__: `a - b` (set_difference) holds
# each member of a once more and looks it up in b (b's member held by the lookup), keeping the
# ones not found in a new set; difference_update discards each member of the argument from the
# receiver itself (held once more while it is looked up). The model's own settling of a new
# object against the others adds a comparison CPython does not make: __eq__'s counts are open.
class Account:
    def __init__(self, email):
        self.email = email

    def __hash__(self):
        return len(self.email)

    def __eq__(self, other):
        left = self  # ?rc self
        right = other  # ?rc other
        return self.email.casefold() == other.email.casefold()


ann = Account("ann@mail.org")
bob = Account("bob@post.com")
active = {ann}
banned = {bob}
allowed = active - banned  # ?rc ann
print(len(allowed))  # ?rc allowed


def purge(accounts, gone):
    accounts.difference_update(gone)
    return len(accounts)


left = purge(set(active), {Account("zed@mail.org")})  # ?rc ann
print(left)  # ?rc active
