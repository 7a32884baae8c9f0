# Theme: str.maketrans tables (a new dict from code points) and str.translate,
# which always makes a new str, even when nothing changes.
TABLE = str.maketrans({";": " ", ",": " "})  # ?rc TABLE
T2 = str.maketrans("abc", "xyz", "q")  # ?rc T2
s = "hello; world, again"  # ?rc s
t = s.translate(TABLE)  # ?rc t s
u = "nothing to change".translate(TABLE)  # ?rc u
v = s.lower()  # ?rc v
