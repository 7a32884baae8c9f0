# Theme: dictionary counting with string keys built at run time.
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
words = sorted(counts)  # ?rc words counts
top = max(counts, key=counts.get)  # ?rc top
pairs = sorted(counts.items(), key=lambda kv: -kv[1])  # ?rc pairs
best = pairs[0]  # ?rc best pairs
del pairs  # ?rc best
