# Theme: word frequencies of an inline text with re.findall and Counter;
# most_common builds fresh (word, count) tuples, arithmetic on Counters
# builds new Counters that share the word strings.
import re
from collections import Counter

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs. A quick fox, a lazy dog, and the brown hen."""

words = re.findall(r"[a-z]+", TEXT.lower())  # ?rc words
fox = words[3]  # ?rc fox
counts = Counter(words)  # ?rc counts fox
top3 = counts.most_common(3)  # ?rc top3
top = top3[0]  # ?rc top
stop = Counter({"the": 1, "a": 1, "and": 1})
content = counts - stop  # ?rc content fox
both = counts + Counter(["fox", "hen", "owl"])  # ?rc both fox
ratio = counts["fox"] / len(words)  # ?rc ratio
pct = f"{ratio:.1%}"  # ?rc pct
lines = [f"{w:<6}{n:>3}" for w, n in content.most_common()]  # ?rc lines
table = "\n".join(lines)  # ?rc table
del words  # ?rc fox
del counts  # ?rc fox
del content, both  # ?rc fox
total = sum(c for _, c in top3)  # ?rc top3
print(table, pct, total)
