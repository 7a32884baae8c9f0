# Theme: kw_only dataclasses (3.10+): KW_ONLY sentinel, kw_only=True on
# the class, field(kw_only=True), and __match_args__ that leaves keyword
# only fields out. Default factories run once per instance.
from dataclasses import KW_ONLY, dataclass, field, fields


@dataclass
class Job:
    name: str
    cmd: list
    _: KW_ONLY
    env: dict = field(default_factory=dict)
    retries: int = 3


@dataclass(kw_only=True)
class Schedule:
    job: Job
    every: float
    tags: list = field(default_factory=list)


cmd = ["make", "all"]  # ?rc cmd
j = Job("build job!", cmd, env={"CC": "gcc"})  # ?rc j cmd
envd = j.env  # ?rc envd
s = Schedule(every=60.5 * 1, job=j)  # ?rc s j
t = s.tags  # ?rc t
s2 = Schedule(job=j, every=30.5 * 1, tags=t)  # ?rc s2 j t
ma = Job.__match_args__  # ?rc ma
match s2:
    case Schedule(job=Job(n, c), every=e):
        picked = c  # ?rc c cmd picked
fs = fields(j)  # ?rc fs
del fs
del s, s2  # ?rc j t
del picked, c  # ?rc cmd
