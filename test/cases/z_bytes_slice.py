# Slicing bytes: a whole slice is the object itself, a part is a new bytes, and a bytes of length 0 or 1 is a cached singleton.
RAW = b"\x00\x01 bytes"  # ?rc RAW
head = RAW[:]  # ?rc RAW head
part = RAW[2:]  # ?rc RAW part
built = bytes([1, 2, 3, 200])  # ?rc built
whole = built[0:len(built)]  # ?rc built
one = built[1:2]
none = built[3:3]
enc = "hello world".encode()  # ?rc enc
same = enc * 1  # ?rc enc same
plus = enc + b""  # ?rc enc plus
twice = enc * 2  # ?rc twice
letter = "a".encode()
print(len(part), len(twice), one is bytes([2]), none is bytes(), letter is bytes([97]))
