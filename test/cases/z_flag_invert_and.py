# Theme: a plain enum.Flag's ~, & and ^ return members or cached pseudo-members;
# ~X is also stored in X._inverted_, so the same ~X again is that object.
import enum


class Perm(enum.Flag):
    READ = 1
    WRITE = 2
    EXEC = 4


rw = Perm.READ | Perm.WRITE  # ?rc rw
inv = ~Perm.EXEC  # ?rc rw inv
again = ~Perm.EXEC  # ?rc rw again
both = rw & Perm.WRITE  # ?rc rw both
nothing = rw & Perm.EXEC  # ?rc nothing
nothing2 = Perm.READ & Perm.WRITE  # ?rc nothing nothing2
back = ~rw  # ?rc back rw
flip = rw ^ Perm.READ  # ?rc flip
wx = Perm.WRITE ^ Perm.EXEC  # ?rc wx
allp = rw | Perm.EXEC  # ?rc allp
none_left = ~allp  # ?rc none_left nothing allp
everything = ~nothing  # ?rc everything allp
has_w = Perm.WRITE in rw  # ?rc rw
stripped = allp & ~Perm.EXEC  # ?rc stripped rw
del inv, again, stripped, back  # ?rc rw
