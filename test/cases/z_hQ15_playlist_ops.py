# Theme: a playlist editor using list mutations on Song objects: slice
# assignment, del of slices, insert/remove (remove uses __eq__), in-place +=
# and *=, list.index, reverse and sort with a key; songs shared between lists.
class Song:
    def __init__(self, title, secs):
        self.title = title
        self.secs = secs
    def __eq__(self, other):
        return isinstance(other, Song) and self.title == other.title
    __hash__ = None

intro = Song("Intro", 65)  # ?rc intro
hit = Song("Hit", 210)  # ?rc hit
ballad = Song("Ballad", 300)  # ?rc ballad
playlist = [intro, hit]  # ?rc playlist intro
playlist += [ballad, hit]  # ?rc hit ballad
queue = playlist[1:3]  # ?rc queue hit
playlist[0:1] = [ballad, ballad]  # ?rc intro ballad
del playlist[-1]  # ?rc hit
playlist.remove(Song("Ballad", 0))  # ?rc ballad
pos = playlist.index(hit)  # ?rc pos hit
loop = queue * 2  # ?rc loop hit ballad
queue *= 2  # ?rc queue hit
playlist.insert(0, intro)  # ?rc intro
playlist.sort(key=lambda s: s.secs)  # ?rc playlist intro
playlist.reverse()  # ?rc ballad
del loop  # ?rc hit ballad
queue.clear()  # ?rc hit ballad intro
