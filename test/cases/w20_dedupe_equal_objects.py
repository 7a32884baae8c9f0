# Theme: equal-but-distinct objects in hashed containers. A set or dict keeps
# the FIRST of several equal keys and drops the newcomer; dict.fromkeys and
# a dict comprehension differ in which object survives; list.count and
# list.remove work by equality, not identity.
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Tag:
    name: str
    color: str


def dedupe(tags):
    seen, out = set(), []
    for t in tags:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


red = Tag("urgent!", "red")  # ?rc red
red_copy = Tag("urgent!", "red")  # ?rc red_copy
blue = Tag("later on", "blue")  # ?rc blue
tags = [red, blue, red_copy, red, blue]  # ?rc red red_copy
unique = dedupe(tags)  # ?rc unique red red_copy
as_set = set(tags)  # ?rc red red_copy
as_keys = dict.fromkeys(reversed(tags), 0)  # ?rc red red_copy
last_wins = {t: i for i, t in enumerate(tags)}  # ?rc red red_copy
print(len(unique), len(as_set), len(as_keys), last_wins[red], tags.count(red))
tags.remove(red_copy)  # ?rc red red_copy -- removes the first equal item: red
print(tags[0] is blue, sys.getrefcount(red))
del as_set, as_keys, last_wins  # ?rc red red_copy blue
del tags[:]  # ?rc red
holder = {red: [red_copy]}  # ?rc holder red
holder[red_copy].append(blue)  # ?rc blue
del unique, red  # ?rc red_copy
