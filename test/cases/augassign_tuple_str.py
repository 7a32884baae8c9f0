# Theme: augmented assignment on tuples and strings (new objects each time)
# versus lists (in place), including through attributes and subscripts.


class Part:
    pass


p = Part()  # ?rc p
tup = (p,)  # ?rc p tup
alias = tup  # ?rc tup
tup += (p,)  # ?rc p tup alias
tup *= 2  # ?rc p tup
del alias  # ?rc p
s = "x-" * 4  # ?rc s
keep = s  # ?rc s
s += "!"  # ?rc s keep
lst = [p]
ref = lst  # ?rc lst
lst *= 3  # ?rc p lst ref
lst += tup  # ?rc p
d = {"k": (p,)}
d["k"] += (p, p)  # ?rc p d
nums = [1.5]
nums[0] += 2.0  # ?rc nums
val = nums[0]  # ?rc val
del lst, ref  # ?rc p
del tup  # ?rc p
