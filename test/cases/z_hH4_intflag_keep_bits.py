# Theme: Unix-style open flags as an enum.IntFlag: extra bits an int brings
# are kept (KEEP boundary), combinations are cached pseudo-members, ~ maps a
# negative value back into the flag's bits, int() gives plain ints.
import enum
import gc
import sys


class Open(enum.IntFlag):
    READ = 1
    WRITE = 2
    CREATE = 4
    APPEND = 8


class Port(enum.IntEnum):
    HTTP = 80
    ADMIN = 8443


class Handle:
    def __init__(self, path, flags):
        self.path = path
        self.flags = flags


rw = Open.READ | Open.WRITE  # ?rc rw
rw_again = Open.WRITE | Open.READ  # ?rc rw rw_again
odd = rw | 4096  # ?rc odd
odd_again = 4096 | rw  # ?rc odd odd_again
no_write = ~Open.WRITE  # ?rc no_write
no_write2 = ~Open.WRITE  # ?rc no_write no_write2
inv_rw = ~rw  # ?rc inv_rw rw
back = ~inv_rw  # ?rc back rw
low = odd & 15  # ?rc low rw
nothing = Open.READ & Open.APPEND  # ?rc nothing
raw = int(odd)  # ?rc raw
port = int(Port.ADMIN)  # ?rc port
h = Handle("/var/log/app.log", odd)  # ?rc h odd
handles = [h, Handle("/tmp/scratch file", rw)]  # ?rc handles rw
writable = [x for x in handles if x.flags & Open.WRITE]  # ?rc writable h
print(sys.getrefcount(odd), sys.getrefcount(inv_rw))
del handles, writable, h  # ?rc odd
del odd_again, rw_again, no_write2  # ?rc odd rw no_write
print(gc.collect())
print(raw, port, low, nothing, back)
