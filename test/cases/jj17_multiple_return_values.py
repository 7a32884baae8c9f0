# Theme: functions returning multiple values. The return value is one
# tuple; unpacking binds names to its items and the tuple goes away unless
# it was kept. Namedtuples, dicts and SimpleNamespace results hold their
# values the same way, one reference per field.
import types
from collections import namedtuple

Stats = namedtuple("Stats", "mean spread samples")


def describe(samples):
    mean = sum(samples) / len(samples)  # ?rc mean
    spread = max(samples) - min(samples)  # ?rc spread
    return mean, spread, samples


def describe_nt(samples):
    mean, spread, same = describe(samples)  # ?rc mean same
    return Stats(mean, spread, samples)


def describe_ns(samples):
    m, s, _ = describe(samples)
    return types.SimpleNamespace(mean=m, spread=s, data=samples)


readings = [2.5, 4.5, 9.5]  # ?rc readings
mean, spread, data = describe(readings)  # ?rc mean data readings
whole = describe(readings)  # ?rc whole
m2 = whole[0]  # ?rc m2 whole
nt = describe_nt(readings)  # ?rc nt readings
nt_mean = nt.mean  # ?rc nt_mean
info = describe_ns(readings)  # ?rc info readings
info_mean = info.mean  # ?rc info_mean
del whole  # ?rc m2 readings
del nt  # ?rc nt_mean readings
info.data = None  # ?rc readings
del info  # ?rc info_mean
del data  # ?rc readings
