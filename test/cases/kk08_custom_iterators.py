# Theme: custom iterator classes. A container whose __iter__ returns a new
# iterator object (which keeps the container), a countdown whose __iter__
# returns self, and a container iterated through the old __getitem__ protocol.


class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __iter__(self):
        return PlaylistIterator(self)


class PlaylistIterator:
    def __init__(self, playlist):
        self.playlist = playlist
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= len(self.playlist.songs):
            raise StopIteration
        self.index += 1
        return self.playlist.songs[self.index - 1]


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current


class Legacy:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]


songs = [1.5, 2.5, 3.5]  # ?rc songs
pl = Playlist(songs)  # ?rc pl songs
it = iter(pl)  # ?rc pl it
same = iter(it)  # ?rc it same
firstsong = next(it)  # ?rc firstsong
rest = list(it)  # ?rc rest pl
del it, same  # ?rc pl
for song in pl:
    held = song  # ?rc pl song
cd = Countdown(3)  # ?rc cd
for n in cd:
    pass  # ?rc cd
leg = Legacy(songs)  # ?rc leg songs
lit = iter(leg)  # ?rc leg lit
x = next(lit)  # ?rc x leg
rest2 = list(lit)  # ?rc leg lit -- the exhausted iterator drops its container
