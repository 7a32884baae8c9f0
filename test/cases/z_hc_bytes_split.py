# bytes.split / rsplit of known bytes: each piece a new bytes object (b"" and one-byte pieces are the
# cached singletons), and when nothing is split off (no separator found, maxsplit=0, one word without
# whitespace) the list holds the exact bytes object itself, as str.split does (stringlib/split.h).
joined = b"|".join([b"alpha", b"beta", b"gamma"])  # ?rc joined
parts = joined.split(b"|")  # ?rc parts joined
p0 = parts[0]  # ?rc p0
whole = joined.split(b"@@")  # ?rc whole joined
w0 = whole[0]  # ?rc w0
rs = joined.rsplit(b"|", 1)  # ?rc rs
r0 = rs[0]  # ?rc r0
ws = b"  one two\tthree  ".split()  # ?rc ws
one = ws[0]  # ?rc one
word = b"singleword-here"  # ?rc word
wl = word.split()  # ?rc wl word
sh = b"a,b,,c".split(b",")  # ?rc sh
e = sh[2]  # ?rc e
m0 = joined.split(b"|", 0)  # ?rc m0 joined
kw = joined.split(sep=b"a", maxsplit=2)  # ?rc kw
k1 = kw[1]  # ?rc k1
