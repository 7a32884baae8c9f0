# Theme: dataclasses built in loops, with __post_init__ looking at the fields.
# The generated __init__ is an ordinary Python function: on 3.13 a call site
# that passes every field positionally is specialised after its first run, so
# the caller's references are moved into the frame; a call that leaves a
# defaulted field out, or uses a keyword, keeps the argument tuple.
from dataclasses import dataclass, field


@dataclass
class Reading:
    sensor: object
    value: float

    def __post_init__(self):
        src = self.sensor  # ?rc src


@dataclass
class Batch:
    owner: object
    items: list = field(default_factory=list)

    def __post_init__(self):
        who = self.owner  # ?rc who


sensor = ["probe-7", 20.5]  # ?rc sensor
readings = []
for i in range(3):
    readings.append(Reading(sensor, i * 1.5))  # ?rc sensor
batches = []
for _ in range(3):
    batches.append(Batch(sensor))
for _ in range(2):
    batches.append(Batch(sensor, []))
first = readings[0]  # ?rc first sensor
readings.clear()  # ?rc first sensor
del batches  # ?rc sensor
