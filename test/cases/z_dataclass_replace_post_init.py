# dataclasses.replace() calls obj.__class__(**changes): a keyword call, so
# __init__ (and __post_init__) see self with one more reference
# (_PyStack_UnpackDict copies self into a new argument array).
from dataclasses import dataclass, replace

@dataclass
class Point:
    x: float

    def __post_init__(self):
        keep = [self]  # ?rc self

p = Point(1.5)
q = replace(p, x=2.5)
