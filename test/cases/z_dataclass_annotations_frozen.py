# dataclass fields keep their annotations (Field.type, the generated __init__); frozen=True adds __setattr__ / __delattr__ closing over the class and raising
import dataclasses
class Person:
    pass
z = 1.5  # ?rc Person
@dataclasses.dataclass
class Loan:
    who: Person
    days: int = 3
z = 1.5  # ?rc Person Loan
@dataclasses.dataclass(frozen=True)
class Money:
    amount: float = 2.5
z = 1.5  # ?rc Money
m = Money()
try:
    m.amount = 3.5
except dataclasses.FrozenInstanceError:
    caught = [1.5]
z = 1.5  # ?rc caught
