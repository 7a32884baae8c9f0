# Course exercise: a playlist editor built on slicing: slice objects saved as
# names, slice assignment and deletion, extended slices and a custom
# __getitem__ that understands both ints and slices.
import gc


class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            part = self.songs[index]  # ?rc part index
            return Playlist(part)
        return self.songs[index]

    def __len__(self):
        return len(self.songs)


songs = [f"song number {i}" for i in range(10)]  # ?rc songs
s0 = songs[0]  # ?rc s0
FIRST_THREE = slice(0, 3)  # ?rc FIRST_THREE
EVERY_OTHER = slice(None, None, 2)  # ?rc EVERY_OTHER
top = songs[FIRST_THREE]  # ?rc top s0
odd = songs[EVERY_OTHER]  # ?rc odd s0
backwards = songs[::-1]  # ?rc backwards s0
tail = songs[-3:]  # ?rc tail
songs[1:3] = ["new single!", "another one!"]  # ?rc songs top
songs[::3] = [s.upper() for s in songs[::3]]  # ?rc songs s0
del songs[5:7]  # ?rc songs
pl = Playlist(backwards)  # ?rc pl backwards
middle = pl[2:5]  # ?rc middle pl
inner = middle.songs  # ?rc inner
one = pl[0]  # ?rc one
bounds = EVERY_OTHER.indices(len(pl))  # ?rc bounds
step_slice = slice(*bounds)  # ?rc step_slice
again = pl[step_slice]  # ?rc again step_slice
copy_all = songs[:]  # ?rc copy_all songs
view = memoryview(bytearray(b"0123456789"))[2:8:2]
chunk = bytes(view)  # ?rc chunk
letters = "abcdefghij"[FIRST_THREE]  # ?rc letters
del backwards  # ?rc s0 pl
pl.songs.append(pl)
del pl
print(gc.collect())
print(top, odd, tail, inner, one, bounds, again.songs, copy_all, chunk, letters)  # ?rc FIRST_THREE
