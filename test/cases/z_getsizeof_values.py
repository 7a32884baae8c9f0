# sys.getsizeof of exact values: a size of at most 256 is the shared small int, a larger one a new int
import sys

a = sys.getsizeof(12345678)  # ?rc a
b = sys.getsizeof("hello")  # ?rc b
c = sys.getsizeof(None)  # ?rc c
d = sys.getsizeof(2 ** 2000)  # ?rc d
e = sys.getsizeof("x" * 300)  # ?rc e
f = sys.getsizeof(b"abc")  # ?rc f
g = sys.getsizeof((1, 2, 3))  # ?rc g
t = tuple(range(40))
h = sys.getsizeof(t)  # ?rc h t
i = sys.getsizeof(1.5)  # ?rc i
j = sys.getsizeof(True)  # ?rc j
k = sys.getsizeof(2 ** 1700)  # ?rc k
m = sys.getsizeof("é")  # ?rc m
lst = [1, 2, 3]
n = sys.getsizeof(lst)  # ?rc n lst
sizes = [sys.getsizeof(x) for x in (0, "", b"", ())]  # ?rc sizes
total = sum(sizes)  # ?rc total
