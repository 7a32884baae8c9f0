# Theme: dict displays with constant keys: CPython builds runs of two or more
# constant keys from one key tuple in co_consts (BUILD_CONST_KEY_MAP), which
# holds the key strings; a run is cut at ** and after 17 pairs.
k0 = "key number 0"  # ?rc k0
k16 = "key number 16"
k17 = "key number 17"  # ?rc k0 k16 k17
big = {"key number 0": 0.5, "key number 1": 1.5, "key number 2": 2.5, "key number 3": 3.5, "key number 4": 4.5, "key number 5": 5.5, "key number 6": 6.5, "key number 7": 7.5, "key number 8": 8.5, "key number 9": 9.5, "key number 10": 10.5, "key number 11": 11.5, "key number 12": 12.5, "key number 13": 13.5, "key number 14": 14.5, "key number 15": 15.5, "key number 16": 16.5, "key number 17": 17.5, "key number 18": 18.5, "key number 19": 19.5}  # ?rc big k0 k16 k17
one = {"key number 0": 1.5}  # ?rc k0
extra = {"solo": 2.5}
mixed = {"key number 16": 1, **extra, "key number 17": 2, "other key": 3}  # ?rc k16 k17
nonconst = {k0: 1, "key number 17": 2}  # ?rc k0 k17
del big  # ?rc k0 k16 k17
