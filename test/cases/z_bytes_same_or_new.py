# bytes operations that give the object itself or a new one: `b * 0` is a new empty bytes (no
# cached singleton), replace / removeprefix / removesuffix with nothing to do give b itself,
# join of one item whose identity is not known may be that item; one-character str constants
# outside Latin-1 are ordinary objects.
import sys

x = bytes([97, 98, 99])  # ?rc x
y = x * 0  # ?rc y
one = x * 1  # ?rc x one
b = b"some bytes"  # ?rc b
w3 = b.replace(b"q", b"r")  # ?rc b w3
w4 = b"".join([b])  # ?rc b w4
w5 = b.replace(b"some", b"any")  # ?rc w5 b
w6 = b.replace(b"e", b"E", 0)  # ?rc w6 b
w7 = b.removeprefix(b"zz")  # ?rc w7 b
w8 = b.removesuffix(b"bytes")  # ?rc w8 b
w9 = w8.removesuffix(b" ")  # ?rc w9 w8
euro = "\u20ac"  # ?rc euro
print(sys.getrefcount(euro))
pair = [euro, "\u00e9"]  # ?rc pair euro
e3 = b"ab cd" * 0  # ?rc e3
