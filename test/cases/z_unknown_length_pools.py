# results made from an iteration of unknown length: nsmallest, combinations, product, islice tuples are not taken as short
import heapq
import html
import itertools
words = html.unescape("a-1 b-2 c-3").split()
second = heapq.nsmallest(2, words)[1]                 # ?rc second
top = heapq.nlargest(2, words)                        # ?rc top
pair = list(itertools.combinations(words, 2))[1]      # ?rc pair
item = list(itertools.product(words))[2]              # ?rc item
known = list(itertools.combinations([1.5, 2.5, 3.5], 2))  # ?rc known
