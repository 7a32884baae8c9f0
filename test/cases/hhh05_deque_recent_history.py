# Recent-search history with deque(maxlen=3): appendleft puts the newest
# query first and drops the oldest from the right; rotate cycles a playlist.
from collections import deque


class Query:
    def __init__(self, text):
        self.text = text
        self.terms = text.split()


history = deque(maxlen=3)  # ?rc history
queries = [Query(t) for t in ("cheap flights", "hotel paris", "car rental", "museum tickets")]  # ?rc queries
q0, q3 = queries[0], queries[3]  # ?rc q0 q3
for q in queries:
    history.appendleft(q)  # ?rc q q0
del q  # ?rc q3
newest = history[0]  # ?rc newest q3
snapshot = list(history)  # ?rc snapshot newest


def drain(d):
    out = []
    while d:
        item = d.pop()  # ?rc item
        out.append(item.text)
    return out


texts = drain(deque(history))  # ?rc texts
playlist = deque(["intro song", "main theme", "credits roll"])  # ?rc playlist
tracks = []
for step in range(4):
    playlist.rotate(-1)
    cur = playlist[0]  # ?rc cur
    tracks.append(cur)
del cur
joined = " / ".join(tracks)  # ?rc joined
pieces = joined.split(" / ")  # ?rc pieces
del snapshot  # ?rc newest q0
history.clear()  # ?rc newest q0 q3
del queries  # ?rc q0 q3
print(texts, joined, pieces, history.maxlen)
