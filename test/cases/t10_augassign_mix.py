# Theme: augmented assignment. `+=` on a list mutates it in place (every
# alias sees it); on tuples and strings it builds a new object and rebinds
# only that one name. A list inside a tuple is extended even though the
# tuple item assignment then fails.

item = [0.5]  # ?rc item
nums = [item]  # ?rc item
view = nums
nums += [item, item]  # ?rc item nums view
tup = (item,)  # ?rc item
old = tup  # ?rc tup
tup += (item,)  # ?rc item tup old
text = "spam, "  # ?rc text
copy_text = text
text += "eggs!"  # ?rc text copy_text
pair = ([1.5], "x y")
inner = pair[0]  # ?rc inner pair
try:
    pair[0] += [2.5]
except TypeError as exc:
    print("tuple item assignment failed:", exc)
seen = inner  # ?rc inner


def grow(acc, extra):
    acc += extra  # ?rc acc extra
    return acc


base = [3.5]
res = grow(base, [item])  # ?rc base item
tres = grow(tup, (item,))  # ?rc tup tres item
s = "".join(["abc", " def"])
for piece in ["+1", "+2"]:
    s += piece  # ?rc s
