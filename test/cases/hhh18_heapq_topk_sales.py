# Top-k of sales records with a bounded min-heap (heapreplace), plus
# heapq.merge of already sorted daily lists and nlargest with a key.
import gc
import heapq


class Sale:
    def __init__(self, region, amount):
        self.region = region
        self.amount = amount


day1 = [Sale("north", 120.5), Sale("south", 340.0), Sale("east", 99.9)]  # ?rc day1
day2 = [Sale("west", 410.25), Sale("north", 75.0), Sale("south", 220.0)]  # ?rc day2
big = day2[0]  # ?rc big


def top_k(sales, k):
    heap = []
    for i, s in enumerate(sales):
        item = (s.amount, i, s)
        if len(heap) < k:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            dropped = heapq.heapreplace(heap, item)  # ?rc dropped
    heap.sort(reverse=True)  # ?rc heap
    return [t[2] for t in heap]


best = top_k(day1 + day2, 2)  # ?rc best big
winner = best[0]  # ?rc winner
key = lambda s: s.amount  # ?rc key
merged = list(heapq.merge(sorted(day1, key=key), sorted(day2, key=key), key=key))  # ?rc merged big
smallest = merged[0]  # ?rc smallest
largest = heapq.nlargest(3, merged, key=key)  # ?rc largest
amounts = [round(s.amount) for s in largest]  # ?rc amounts
totals = {}
for s in merged:
    totals[s.region] = totals.get(s.region, 0.0) + s.amount
del s
region_sum = totals["south"]  # ?rc region_sum
del merged, largest  # ?rc big smallest
del day2  # ?rc big winner
print(amounts, region_sum, winner.region, smallest.region)
print(gc.collect())
