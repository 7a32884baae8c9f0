# bytes strip / lstrip / rstrip and ljust / rjust / center / zfill of known bytes: nothing stripped or no
# padding needed gives the exact bytes itself; a stripped piece comes from PyBytes_FromStringAndSize (b"" and
# one byte are the cached singletons); a padded result is made at its size and filled (a new object).
raw = b"  padded bytes  "  # ?rc raw
st = raw.strip()  # ?rc st raw
ls = raw.lstrip()  # ?rc ls
rs = raw.rstrip()  # ?rc rs
tight = b"no-padding-here"  # ?rc tight
same = tight.strip()  # ?rc same tight
xs = b"xxcorexx".strip(b"x")  # ?rc xs
one = b" a ".strip()  # ?rc one
none = b"    ".strip()  # ?rc none
lj = tight.ljust(20)  # ?rc lj
lj2 = tight.ljust(3)  # ?rc lj2 tight
ce = b"mid".center(9, b"*")  # ?rc ce
zf = b"-42".zfill(6)  # ?rc zf
rj = b"r".rjust(1)  # ?rc rj
pad1 = b"".ljust(1)  # ?rc pad1
