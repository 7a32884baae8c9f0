# Theme: typing.NamedTuple rows with a method, _make from an iterable,
# _asdict, _replace, and unpacking into names; rows shared by a list.
from typing import NamedTuple


class Row(NamedTuple):
    name: str
    score: float
    tags: list

    def bumped(self, delta):
        new = self._replace(score=self.score + delta)  # ?rc new self
        return new


tags = ["alpha tag", "beta tag"]  # ?rc tags
score = 7.5 * 10  # ?rc score
r1 = Row("first row!", score, tags)  # ?rc r1 score tags
r2 = Row._make(["second row!", score, tags])  # ?rc r2 score
r3 = r1.bumped(0.5)  # ?rc r3
name, sc, tg = r2  # ?rc sc tg score
d = r1._asdict()  # ?rc d tags
table = [r1, r2, r3]  # ?rc table r1
best = max(table, key=lambda r: r.score)  # ?rc best r3
scores = [r.score for r in table]  # ?rc scores score
del d, table  # ?rc r1 tags
del r1, r2  # ?rc tags score
