# Theme: dataclass __post_init__ with InitVar and field(init=False). An
# InitVar is passed to __post_init__ but never stored; init=False fields
# are filled by __post_init__ from the other arguments.
import gc
from dataclasses import InitVar, dataclass, field


@dataclass
class Account:
    owner: list
    opening: InitVar[list]
    history: list = field(init=False)
    balance: float = field(init=False, default=0.0)

    def __post_init__(self, opening):
        self.history = list(opening)  # ?rc opening
        self.balance = sum(opening)

    def deposit(self, amount):
        self.history.append(amount)
        self.balance += amount


owner = ["A. Person"]  # ?rc owner
seed = [100.5, 20.25]  # ?rc seed
acct = Account(owner, seed)  # ?rc acct owner seed
hist = acct.history  # ?rc hist seed
amt = 7.5 * 3
acct.deposit(amt)  # ?rc amt hist
bal = acct.balance  # ?rc bal
acct2 = Account(owner, opening=hist)  # ?rc owner hist
h2 = acct2.history  # ?rc h2 amt
del acct  # ?rc hist owner amt
del hist  # ?rc amt
acct2.owner = acct2
del acct2  # ?rc owner h2
print(gc.collect())  # acct2 refers to itself; its history list goes with it? no: h2 keeps it
