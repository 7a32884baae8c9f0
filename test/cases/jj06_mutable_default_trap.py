# Theme: the mutable default argument trap, shown with a small class whose
# __init__ uses a default list and a helper with a default dict cache. All
# instances built without an argument share one list from __defaults__.


class Playlist:
    def __init__(self, name, songs=[]):
        self.name = name
        self.songs = songs  # ?rc songs

    def add(self, song):
        self.songs.append(song)
        return self


def remember(key, value, memory={}):
    memory[key] = value  # ?rc memory value
    return memory


rock = Playlist("rock list")
jazz = Playlist("jazz list")
rock.add("song one!").add("song two!")
shared = jazz.songs  # ?rc shared
print(len(shared), rock.songs is jazz.songs)

own = Playlist("own list", [])
own_songs = own.songs  # ?rc own_songs
defaults = Playlist.__init__.__defaults__  # ?rc defaults shared

m1 = remember("first key!", [1.5])  # ?rc m1
m2 = remember("second key!", [2.5])  # ?rc m1 m2
first_value = m1["first key!"]  # ?rc first_value
del rock  # ?rc shared
del jazz, defaults  # ?rc shared
m2.clear()  # ?rc first_value m1
playlists = [Playlist("p" + str(i)) for i in range(3)]  # ?rc shared
del playlists  # ?rc shared
