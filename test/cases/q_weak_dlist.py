# Application: a doubly linked list for an LRU-ish playlist. Forward links
# are strong, back links are weakref.ref so no cycles are created.
import gc
import sys
import weakref


class Node:
    __slots__ = ("value", "next", "_prev", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.next = None
        self._prev = None

    @property
    def prev(self):
        return self._prev() if self._prev is not None else None


class DList:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
            node._prev = weakref.ref(self.tail)
        self.tail = node
        self.size += 1
        return node

    def unlink(self, node):
        before = node.prev
        after = node.next
        if before is None:
            self.head = after
        else:
            before.next = after
        if after is None:
            self.tail = before
        else:
            after._prev = node._prev
        node.next = None
        self.size -= 1
        return before  # probe-free


playlist = DList()  # ?rc playlist
song_a = "Song A (live)"  # ?rc song_a
n1 = playlist.append(song_a)  # ?rc n1 song_a
n2 = playlist.append("Song B (demo)")  # ?rc n2 n1
n3 = playlist.append(["Song C", 4.25])  # ?rc n3 n2
back = n3.prev  # ?rc back n2
link = n2._prev  # ?rc link
print(sys.getrefcount(n2), sys.getrefcount(link))
del back
playlist.unlink(n2)  # ?rc n2 n3 link
still = link()  # ?rc still n1
print(gc.collect())
values = []  # ?rc values
node = playlist.head
while node is not None:
    values.append(node.value)
    node = node.next
first = values[0]  # ?rc first song_a
del n1, still  # ?rc link
gone = link()  # ?rc gone
playlist.head = None
del first, values  # ?rc song_a
print(gc.collect())
