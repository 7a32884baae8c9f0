# Word statistics over a text: str methods, dict counting, sorting with keys.
TEXT = "the quick brown fox jumps over the lazy dog the end"

words = TEXT.split()  # ?rc words TEXT
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1  # ?rc counts words
pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))  # ?rc pairs counts
top = pairs[0]  # ?rc top
word, n = top  # ?rc word top
longest = max(words, key=len)  # ?rc longest
upper = [x.upper() for x in words if len(x) > 3]  # ?rc upper
joined = "-".join(upper)  # ?rc joined upper
index = {w: i for i, w in enumerate(words)}  # ?rc index words
del pairs  # ?rc top
first_letters = {w[0] for w in words}  # ?rc first_letters
