# A set display of three or more constants compiles (starunpack_helper) to an empty set updated
# from one frozenset constant in co_consts: the frozenset holds each distinct item (merged with
# the file's other equal constants) for as long as the code lives; the items are not in co_consts
# themselves.  Two items, or any item that is not a constant, is a plain BUILD_SET.
size = 10 ** 5  # ?rc size
a = {10 ** 3, 10 ** 4, 10 ** 5}  # ?rc a size
b = {10 ** 5, 2.5}  # ?rc b size
label = "not an identifier!"  # ?rc label
c = {label, "not an identifier!", "another one!", 1.5}  # ?rc c label
d = {1.5, 1.5, 3.5}  # ?rc d
f = 3.5  # ?rc f
def g():
    return {7.25, 8.25, 9.25}
s1 = g()  # ?rc s1
s2 = g()  # ?rc s1 s2
x = 8.25  # ?rc x
e = {size, 4.5, 5.5}  # ?rc e size
