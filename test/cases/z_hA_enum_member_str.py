# str() / print / f-string of a plain Enum member runs enum.py's __str__, which builds a new
# str and keeps nothing: the member and its class keep their counts (state machine style).
from enum import Enum, Flag

class State(Enum):
    IDLE = 1
    PAID = 2
    DONE = 3

class Perm(Flag):
    R = 1
    W = 2

class Loud(Enum):
    A = 1
    def __str__(self):
        return "loud " + self.name

history = [State.IDLE]  # ?rc history State
s = State.PAID
print("state", s)  # ?rc State
text = str(s)  # ?rc text State
line = f"now {s} after {history[0]}"  # ?rc line State
for st in State:
    history.append(st)
    msg = "-> %s" % st  # ?rc msg
    print(st)  # ?rc State
label = str(Perm.R)  # ?rc label Perm
loud = str(Loud.A)  # ?rc loud Loud
print(text, line, label, loud)  # ?rc State Perm Loud
