# Theme: a playlist with sequence protocols. Slicing returns a new
# Playlist sharing the songs, membership goes through __contains__,
# iteration through a cursor whose __iter__ returns itself, and
# __reversed__ hands out a list_reverseiterator over the song list.


class Song:
    def __init__(self, title):
        self.title = title


class Cursor:
    def __init__(self, songs):
        self.songs = songs
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.songs):
            raise StopIteration
        self.pos += 1
        return self.songs[self.pos - 1]


class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(self.songs[index])
        return self.songs[index]

    def __contains__(self, song):
        return any(s is song for s in self.songs)

    def __iter__(self):
        return Cursor(self.songs)

    def __reversed__(self):
        return reversed(self.songs)


a, b, c = Song("x1"), Song("x2"), Song("x3")
pl = Playlist([a, b, c])  # ?rc a pl
head = pl[:2]  # ?rc a c head
one = pl[1]  # ?rc b one
found = b in head  # ?rc b
it = iter(pl)  # ?rc it
same = iter(it)  # ?rc it
first = next(it)  # ?rc a first
for song in it:
    last = song  # ?rc song
back = reversed(pl)  # ?rc back
tail = next(back)  # ?rc c
del back  # ?rc c
order = list(reversed(head))  # ?rc a b
for s in reversed(pl):
    pass  # ?rc s
del it, same, last, song  # ?rc c
