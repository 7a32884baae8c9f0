# Theme: dataclass(frozen=True, order=True) release versions: sorting,
# max/min, hashing as dict keys, dataclasses.replace and astuple copies.
import dataclasses
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    label: str = field(default="final release", compare=False)


a = Version(10 ** 3, 2)  # ?rc a
b = Version(10 ** 3, 10)  # ?rc b
c = Version(999, 99, "old beta build")  # ?rc c
releases = [b, c, a]  # ?rc releases
ordered = sorted(releases)  # ?rc ordered a
newest = max(releases)  # ?rc newest b
oldest = min(releases)  # ?rc oldest c
notes = {a: ["first note"], b: []}  # ?rc notes a b
hit = notes[Version(10 ** 3, 2)]  # ?rc hit a
bumped = dataclasses.replace(a, minor=3)  # ?rc bumped a
fields = dataclasses.astuple(c)  # ?rc fields c
as_map = dataclasses.asdict(b)  # ?rc as_map
ordered.reverse()
del releases, ordered  # ?rc a b c
del notes  # ?rc a hit
