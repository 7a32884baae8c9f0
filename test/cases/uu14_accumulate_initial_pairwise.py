# Theme: an account ledger with itertools.accumulate (with initial= and a
# custom function), pairwise over the balances, chain to splice in a
# correction, and a running maximum.
from itertools import accumulate, chain, pairwise
import operator

opening = 1000.0 + 0.25  # ?rc opening
moves = [float(x) / 4 for x in (100, -250, 75, -30, 400)]  # ?rc moves
m0 = moves[0]  # ?rc m0
balances = list(accumulate(moves, initial=opening))  # ?rc balances opening
b0 = balances[0]  # ?rc b0 opening
b1 = balances[1]  # ?rc b1
peaks = list(accumulate(balances, max))  # ?rc peaks
p_last = peaks[-1]  # ?rc p_last
product = list(accumulate(moves[:3], operator.mul))  # ?rc product m0
deltas = [b - a for a, b in pairwise(balances)]  # ?rc deltas
steps = list(pairwise(moves))  # ?rc steps
step0 = steps[0]  # ?rc step0 m0
fix = [opening * 0.01]
spliced = list(chain(moves[:2], fix, moves[2:]))  # ?rc spliced m0
report = {"final balance": balances[-1], "lowest": min(balances)}  # ?rc report
del moves  # ?rc m0 step0
del steps, step0  # ?rc m0
del balances, peaks  # ?rc b0 opening p_last
print(deltas, product, spliced[-1], b1)
