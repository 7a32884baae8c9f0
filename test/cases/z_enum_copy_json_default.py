# enum members through copy and json: copy.copy / deepcopy give the member back itself (Enum's
# __copy__ / __deepcopy__), json.dumps hands a plain Enum's member to default= (an IntEnum's is an int)
import copy
import json
from enum import Enum, Flag, IntEnum


class State(Enum):
    NEW = "new"
    DONE = "done"


class Perm(Flag):
    R = 1
    W = 2


class Level(IntEnum):
    LOW = 1


a = copy.deepcopy(State.NEW)  # ?rc a
b = copy.copy(State.DONE)  # ?rc b
snapshot = copy.deepcopy({"state": State.NEW, "levels": [Level.LOW, Level.LOW]})  # ?rc snapshot a
doc = {"s": State.NEW, "p": Perm.R, "n": Level.LOW}
seen = []


def enc(o):
    seen.append(o)
    return o.name


text = json.dumps(doc, default=enc)  # ?rc text seen a
pretty = json.dumps(doc, default=enc, indent=2)  # ?rc pretty seen a
try:
    json.dumps([State.DONE])
except TypeError as e:
    err = e  # ?rc err b
del err, seen  # ?rc a b
