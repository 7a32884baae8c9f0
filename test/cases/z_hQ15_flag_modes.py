# Theme: file modes as an enum.Flag rebuilt from stored ints: Mode(n) gives
# the member or the cached combination Flag._missing_ makes (the same object
# for the same int, shared with `|`), Mode(0) is the cached empty flag, and a
# bit no member has raises ValueError (the default STRICT boundary).
import enum

class Mode(enum.Flag):
    READ = 1
    WRITE = 2
    EXEC = 4

class Entry:
    def __init__(self, path, bits):
        self.path = path
        self.mode = Mode(bits)

stored = [("notes.txt", 3), ("run.sh", 5), ("empty.bin", 0), ("log.txt", 3)]
entries = [Entry(p, bits) for p, bits in stored]  # ?rc entries
rw = entries[0].mode  # ?rc rw
same = Mode.READ | Mode.WRITE  # ?rc same rw
rx = entries[1].mode  # ?rc rx
none = entries[2].mode  # ?rc none
again = Mode(0)  # ?rc again none
read = Mode(1)  # ?rc read
bad = []  # ?rc bad
for bits in (8, 2, 16):
    try:
        bad.append(Mode(bits))
    except ValueError as exc:
        reason = exc  # ?rc reason
wr = bad[0]  # ?rc wr
has = Mode.WRITE in rw  # ?rc rw
del entries  # ?rc rw rx none
del same, again  # ?rc rw none read
