# Theme: computed numbers and strings: fresh objects and their names.
big = 2 ** 40  # ?rc big
same = big  # ?rc big
other = 2 ** 40  # ?rc other big
f = 1.5 * 3  # ?rc f
nums = [big, big, f]  # ?rc big f
s = "not an identifier!" + "?"  # ?rc s
words = [s, s]  # ?rc s
k = str(10 ** 9)  # ?rc k
d = {k: big}  # ?rc k big
del nums, words  # ?rc big s
