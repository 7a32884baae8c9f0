# Theme: swapping and simultaneous assignment. `a, b = b, a + b` evaluates the
# right side first; big Fibonacci numbers are new objects each step. Rotating
# a list with slices copies references.


class Slot:
    def __init__(self, n):
        self.n = n


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


f90 = fib(90)  # ?rc f90
f91 = fib(91)  # ?rc f91
f90, f91 = f91, f90  # ?rc f90 f91
pair = (f90, f91)  # ?rc f90 pair
x, y = pair  # ?rc f90 f91 pair

slots = [Slot(i) for i in range(4)]
s0 = slots[0]  # ?rc s0
slots[0], slots[-1] = slots[-1], slots[0]  # ?rc s0
rotated = slots[1:] + slots[:1]  # ?rc s0 rotated
slots = rotated  # ?rc rotated


def rotate_in_place(lst, k):
    lst[:] = lst[k:] + lst[:k]  # ?rc lst
    return lst


again = rotate_in_place(slots, 2)  # ?rc again s0
i, j = 0, 3
again[i], again[j] = again[j], again[i]  # ?rc s0
hold = again[3]  # ?rc hold
del slots, rotated  # ?rc again s0
swap_a, swap_b = hold, s0  # ?rc hold s0
swap_a, swap_b = swap_b, swap_a  # ?rc hold s0
print(f90 > f91, hold.n, s0.n)
