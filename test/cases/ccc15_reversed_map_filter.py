# A playlist filtered and transformed with map, filter and reversed objects:
# each lazy object holds its function (or the list itself, for reversed)
# and its source iterator until exhausted or dropped.
import itertools


class Track:
    def __init__(self, title, secs):
        self.title = title
        self.secs = secs


def is_long(t):
    return t.secs > 200


playlist = [Track("Intro!", 95), Track("Epic #1", 410), Track("Outro?", 260)]  # ?rc playlist
epic = playlist[1]  # ?rc epic
back = reversed(playlist)  # ?rc back playlist
last = next(back)  # ?rc last
del back  # ?rc playlist
longs = filter(is_long, playlist)  # ?rc longs playlist
l1 = next(longs)  # ?rc l1 epic
l_rest = list(longs)  # ?rc l_rest
del longs  # ?rc playlist
minutes = map(lambda t: t.secs / 60.0, playlist)  # ?rc minutes playlist
m1 = next(minutes)  # ?rc m1
del minutes  # ?rc playlist
durations = list(map(len, [playlist, l_rest]))
doubled = list(map(lambda a, b: (a, b), playlist, reversed(playlist)))  # ?rc doubled epic


def titles_backwards(tracks):
    out = []
    for tr in reversed(tracks):
        out.append(tr.title)  # ?rc tr tracks
    return out


titles = titles_backwards(playlist)  # ?rc titles playlist
keep = [t for t in filter(None, playlist)]  # ?rc keep epic
del keep, doubled  # ?rc epic
again = itertools.repeat(epic, 3)  # ?rc epic
marks = list(map(lambda a, b: a is b, playlist, again))  # ?rc epic
del again  # ?rc epic
