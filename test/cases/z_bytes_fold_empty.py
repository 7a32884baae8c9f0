# An empty bytes a constant fold made (`b"ab cd" * 0`: bytes_repeat allocates it) is no cached
# b'': a mortal constant, whose count is left open (measured 4 or 5 by file).
e3 = b"ab cd" * 0  # ?rc e3
keep = [e3]  # ?rc keep
later = b""  # ?rc keep
