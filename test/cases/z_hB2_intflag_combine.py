# IntFlag members combined with | & ^ run Flag's operators: a combination of members' bits
# is one pseudo-member cached in _value2member_map_, the same object the next time
import enum


class Perm(enum.IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


rw = Perm.READ | Perm.WRITE          # ?rc rw
rw2 = Perm.WRITE | Perm.READ         # ?rc rw rw2
same = rw is rw2
allp = rw | Perm.EXEC                # ?rc allp
none = Perm.READ & Perm.WRITE        # ?rc none
flip = allp ^ Perm.WRITE             # ?rc flip
back = allp & Perm.READ              # ?rc back
can_write = Perm.WRITE in rw         # ?rc can_write
can_exec = Perm.EXEC in rw           # ?rc can_exec
grants = [rw, allp, flip]            # ?rc grants rw allp
del rw, rw2                          # ?rc grants
total = grants[0] + 100000           # ?rc total
print(same, allp, none, flip, back, can_write, can_exec, total)
