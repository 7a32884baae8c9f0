# A frozen dataclass refusing an assignment or a deletion raises FrozenInstanceError from its generated
# __setattr__ / __delattr__: the traceback keeps that frame, and with it self and the value, while the exception lives.
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
    err = e2  # ?rc err job
del err
print(kind, same, plain)  # ?rc job
