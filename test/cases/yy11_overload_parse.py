# Theme: typing.overload signatures with one runtime implementation that
# dispatches on the argument type; the overload stubs stay in a registry.
from typing import overload, get_overloads


@overload
def normalize(value: int) -> float: ...
@overload
def normalize(value: list) -> list: ...
def normalize(value):
    if isinstance(value, list):
        out = [normalize(v) for v in value]  # ?rc out value
        return out
    scaled = value / 100  # ?rc scaled
    return scaled


impl = normalize  # ?rc impl
stubs = get_overloads(normalize)  # ?rc stubs impl
first_stub = stubs[0]  # ?rc first_stub
raw = [150, 250, 10 ** 4]  # ?rc raw
one = normalize(raw[2])  # ?rc one raw
many = normalize(raw)  # ?rc many raw
copy = many[:]  # ?rc copy many
del stubs  # ?rc first_stub
again = get_overloads(impl)  # ?rc again first_stub
del again, first_stub
nested = normalize([raw[0], 10 ** 5])  # ?rc nested
