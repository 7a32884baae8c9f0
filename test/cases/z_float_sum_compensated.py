# sum() of floats: from 3.12 a compensated sum (sum([0.1] * 10) is exactly
# 1.0), so the total may find, or miss, an equal key.
seen = {1.0: "one", 0.0: "zero"}
total = sum([0.1] * 10)
seen[total] = "ten tenths"  # ?rc total
big = sum([1e100, 1.0, -1e100])
seen[big] = "cancelled"  # ?rc big
mixed = sum([1, 0.25, 2, 0.5])
seen[mixed] = "mixed"  # ?rc mixed
start = sum([0.1, 0.2], 0.7)
seen[start] = "with start"  # ?rc start
print(len(seen))
