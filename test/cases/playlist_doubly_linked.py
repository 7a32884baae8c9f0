# Theme: a music playlist as a doubly linked list of plain instances with
# a sentinel; removing tracks, clearing the list, and cycles left behind.
import gc


class Track:
    def __init__(self, title, seconds):
        self.title = title
        self.seconds = seconds
        self.prev = None
        self.next = None


class Playlist:
    def __init__(self):
        self.sentinel = Track("<sentinel>", 0)
        self.sentinel.prev = self.sentinel.next = self.sentinel
        self.size = 0

    def append(self, title, seconds):
        t = Track(title, seconds)
        last = self.sentinel.prev
        t.prev, t.next = last, self.sentinel
        last.next = t
        self.sentinel.prev = t
        self.size += 1
        return t

    def remove(self, t):
        t.prev.next = t.next
        t.next.prev = t.prev
        t.prev = t.next = None
        self.size -= 1


gc.collect()
pl = Playlist()  # ?rc pl
intro = pl.append("Intro (live)", 95)  # ?rc intro
song = pl.append("Main theme!", 240)  # ?rc intro song
outro = pl.append("Outro, reprise", 120)  # ?rc song outro
pl.remove(song)  # ?rc song intro outro
del song
print("removed track freed by refcount:", gc.collect())
del intro, outro
print("still reachable from pl:", gc.collect())
del pl
print("ring of sentinel + 2 tracks:", gc.collect())
