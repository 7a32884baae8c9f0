# Theme: one-byte bytes objects: cached singletons or new objects.
import struct
n = int("97")
b1 = bytes([n])  # ?rc b1
b2 = b"ab"[:1]  # ?rc b2
b3 = b"ab"[1:]  # ?rc b3
b4 = "a".encode()  # ?rc b4
b5 = b"a".upper()  # ?rc b5
b6 = b"ab".replace(b"b", b"")  # ?rc b6
b7 = b"".join([b"a"])  # ?rc b7
b8 = b"".join([b"a", b""])  # ?rc b8
b9 = b"a,b".split(b",")[0]  # ?rc b9
b10 = b" a ".strip()  # ?rc b10
b11 = bytes(1)  # ?rc b11
b12 = b"a" + b""  # ?rc b12
b13 = b"a" * 1  # ?rc b13
b14 = struct.pack("B", n)  # ?rc b14
b15 = n.to_bytes(1, "big")  # ?rc b15
b16 = bytes.fromhex("61")  # ?rc b16
b17 = bytes(bytearray(b"a"))  # ?rc b17
b18 = b"%c" % n  # ?rc b18
b19 = b"a".lower()  # ?rc b19
b20 = bytes(b"a")  # ?rc b20
b21 = bytes("a", "ascii")  # ?rc b21
b22 = b"ba"[::-1][:1]  # ?rc b22
b23 = b"xa".lstrip(b"x")  # ?rc b23
b24 = b"a".center(1)  # ?rc b24
b25 = b"a".ljust(2)[:1]  # ?rc b25
