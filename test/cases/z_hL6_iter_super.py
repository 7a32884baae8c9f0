# Theme: containers that count how often they are iterated: list, dict
# and OrderedDict subclasses whose __iter__ bumps a counter and returns
# super().__iter__(), the builtin iterator over the instance itself.
import gc
from collections import OrderedDict


class Playlist(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.plays = 0

    def __iter__(self):
        self.plays += 1
        return super().__iter__()


class Tags(dict):
    def __iter__(self):
        return super().__iter__()


class Recent(OrderedDict):
    def __init__(self):
        super().__init__()
        self.scans = 0

    def __iter__(self):
        self.scans += 1
        return super().__iter__()


song = ["a song title (live)"]
pl = Playlist([song, song])  # ?rc pl song
it = iter(pl)  # ?rc it pl
first = next(it)  # ?rc first song
del it  # ?rc pl
copy = list(pl)  # ?rc copy song
tags = Tags(genre=song)  # ?rc tags song
names = [k for k in tags]  # ?rc names
recent = Recent()
recent["s1 key"] = song
seen = list(recent)  # ?rc seen recent song
print(pl.plays, recent.scans, names, seen)
pl.append(pl)
del pl, first
print(gc.collect())  # ?rc song
