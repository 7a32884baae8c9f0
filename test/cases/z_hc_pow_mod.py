# Three-argument pow() of ints: long_pow reduces every product modulo |m| into a new int and moves
# the result to m's sign, so the answer is a new int of that value (count 1 when bound to one name),
# never one of the arguments; a zero modulus is a ValueError.
base = 10 ** 6 + 3  # ?rc base
mod = 10 ** 9 + 7  # ?rc mod
pw = pow(3, 40, mod)  # ?rc pw mod
p2 = pow(base, 1, mod)  # ?rc p2 base
p3 = pow(base, 2, -mod)  # ?rc p3
p4 = pow(-base, 3, mod)  # ?rc p4
keep = [pow(7, k, mod) for k in range(20, 23)]  # ?rc keep
k0 = keep[0]  # ?rc k0
try:
    pow(base, 2, 0)
except ValueError as e:
    err = e
print(err)  # ?rc err
