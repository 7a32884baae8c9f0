# Theme: running balance of a transaction list with itertools.accumulate,
# pairwise deltas through tee, and a windowed average over deque(maxlen);
# tee buffers hold the items one iterator has seen and the other not yet.
from collections import deque
from itertools import accumulate, tee

amounts = [120.5, -40.25, 310.0, -15.75, -99.5, 42.0]  # ?rc amounts
a0 = amounts[0]  # ?rc a0
balances = list(accumulate(amounts))  # ?rc balances a0
b0 = balances[0]  # ?rc b0 -- accumulate yields the first item itself
last = balances[-1]  # ?rc last
peak = max(accumulate(amounts, max))  # ?rc peak
it1, it2 = tee(balances)  # ?rc it1 balances
next(it2)
deltas = [round(b - a, 2) for a, b in zip(it1, it2)]  # ?rc deltas
d0 = deltas[0]  # ?rc d0
ahead, behind = tee(iter(amounts))  # ?rc ahead
lead = [next(ahead) for _ in range(3)]  # ?rc lead a0
lag = next(behind)  # ?rc lag a0
del lead  # ?rc a0
window = deque(maxlen=3)  # ?rc window
means = []
for x in amounts:
    window.append(x)
    means.append(sum(window) / len(window))  # ?rc x
del x  # ?rc a0
m_last = means[-1]  # ?rc m_last
del ahead, behind  # ?rc a0 lag
print(last, peak, d0, m_last)
