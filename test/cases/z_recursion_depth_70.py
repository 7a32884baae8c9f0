# Recursion deeper than about 59 frames (memoised fib(90) recurses 90 deep):
# the result and everything after become unknown.
def down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return down(n - 1, acc)


short = down(50, [])  # ?rc short
deep = down(70, [])  # ?rc deep
same = deep  # ?rc deep same
k = len(deep) * 1000  # ?rc k
