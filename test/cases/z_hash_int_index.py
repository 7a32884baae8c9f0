# Theme: hash() of an int is its value (mod 2**61 - 1): buckets[hash(k) % n]
# is a read at a known position, so the bucket and the list keep their counts.
buckets = [[2.5], [3.5], [4.5], [5.5]]
key = 21
b = buckets[key % 4]  # ?rc b buckets -- exact: index 1 is known
h = buckets[hash(key) % 4]  # ?rc h b buckets -- same element: hash(21) == 21
other = buckets[0]  # ?rc other -- not the element h is bound to
item = [6.5]
h.append(item)  # ?rc item
neg = buckets[hash(-1) % 4]  # ?rc neg -- hash(-1) is -2: bucket 2
big = buckets[hash(2**61 + 2) % 4]  # ?rc big -- 2**61 + 2 hashes to 3: bucket 3
flag = buckets[hash(True)]  # ?rc flag h -- bucket 1
