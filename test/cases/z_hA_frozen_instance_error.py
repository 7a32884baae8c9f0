# A frozen dataclass's __setattr__ / __delattr__ raise dataclasses.FrozenInstanceError, a class
# of dataclasses.py (an AttributeError subclass): type(e) is that class, whose __name__ is its own str.
# Those methods are generated Python code: the traceback keeps their frame, and with it self and the
# value, while the exception lives.
import dataclasses
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Job:
    name: str
    steps: int

job = Job("build", 3)  # ?rc job
kind = None
try:
    job.steps = 2
except AttributeError as e:
    kind = type(e).__name__  # ?rc kind
    same = type(e) is FrozenInstanceError
    plain = type(e) is AttributeError
try:
    del job.name
except FrozenInstanceError as e2:
    caught = [1.5]  # ?rc caught
    err = e2  # ?rc err job
del err
print(kind, same, plain)  # ?rc job kind
