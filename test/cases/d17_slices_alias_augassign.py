# Theme: slices copy references, not objects. `+=` through an alias extends
# the shared list in place, `x = x + ...` rebinds to a new list, and slice
# assignment and deletion move references in and out.


class Track:
    def __init__(self, title):
        self.title = title


playlist = [Track("song %d" % i) for i in range(4)]
t0 = playlist[0]  # ?rc t0
alias = playlist  # ?rc playlist
copy = playlist[:]  # ?rc t0 copy
alias += copy[:2]  # ?rc t0 playlist
copy = copy + [t0]  # ?rc t0 copy
rev = playlist[::-1]  # ?rc t0
playlist[1:3] = []  # ?rc t0
del alias[0]  # ?rc t0
alias[:0] = [t0, t0]  # ?rc t0
head = alias[:1] * 3  # ?rc t0 head
del rev  # ?rc t0
playlist = playlist + []  # ?rc alias t0
alias.clear()  # ?rc t0 alias
tup = tuple(copy)  # ?rc t0 tup
tup += (t0,)  # ?rc t0 tup
copy[::2] = [t0] * len(copy[::2])  # ?rc t0
del copy[1::2]  # ?rc t0
