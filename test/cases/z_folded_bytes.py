# A bytes value folded from literals at compile time has no extra parser reference.
w = b"abc" + b"defgh"  # ?rc w
lit = b"abcdefgh!"  # ?rc lit
r = b"xy" * 5  # ?rc r
s = "not an " + "identifier!"  # ?rc s
t = ("a b", "c d") + ("e f",)  # ?rc t
