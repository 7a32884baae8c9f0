# Theme: a list of dataclass employee records sorted several ways with
# operator.attrgetter (single and multi-key) and the results sliced into a
# leaderboard. Every sorted copy holds its own reference to each record.
from dataclasses import dataclass, field
from operator import attrgetter


@dataclass(order=False)
class Emp:
    name: str
    team: str
    score: float
    tags: list = field(default_factory=list)


staff = [
    Emp("ana lee", "red team", 91.5),
    Emp("bo chen", "blue team", 78.0, ["new hire"]),
    Emp("cy park", "red team", 85.25),
    Emp("di ross", "blue team", 99.0),
]  # ?rc staff
ana = staff[0]  # ?rc ana
by_score = sorted(staff, key=attrgetter("score"), reverse=True)  # ?rc by_score ana
by_team = sorted(staff, key=attrgetter("team", "name"))  # ?rc by_team ana
leaders = by_score[:2]  # ?rc leaders
leader = leaders[0]  # ?rc leader
get_tags = attrgetter("tags")  # ?rc get_tags
bo_tags = get_tags(staff[1])  # ?rc bo_tags
team_names = [e.team for e in by_team]  # ?rc team_names
red = team_names[0]  # ?rc red
score = ana.score  # ?rc score
del by_score  # ?rc ana leader
del by_team, team_names  # ?rc ana red
staff.remove(ana)  # ?rc ana
staff.sort(key=attrgetter("score"))  # ?rc leader
del leaders  # ?rc leader
print(leader.name, score, bo_tags)
