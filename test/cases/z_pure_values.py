# Theme: library values the analysis does not compute but whose references it
# knows: dates, timedeltas, Decimals, Fractions, statistics results, struct
# bytes and digests are new objects that keep nothing they were given.
import datetime
import gc
import hashlib
import statistics
import struct
from decimal import Decimal
from fractions import Fraction

prices = [2.5, 4.75, 10.0, 3.25]  # ?rc prices
p0 = prices[0]  # ?rc p0
avg = statistics.mean(prices)  # ?rc avg prices p0
spread = statistics.stdev(prices)  # ?rc spread p0
start = datetime.date(2024, 1, 29)  # ?rc start
day = datetime.timedelta(days=1)  # ?rc day
week = 7 * day  # ?rc week day
later = start + week  # ?rc later start
stamps = [start + i * day for i in range(3)]  # ?rc stamps start
iso = later.isoformat()  # ?rc iso later
year = later.year  # ?rc later
total = Decimal("10.25") + Decimal("0.75")  # ?rc total
amounts = {"rent": Decimal("800.00"), "food": Decimal("250.50")}  # ?rc amounts
rent = amounts["rent"]  # ?rc rent amounts
half = Fraction(1, 2)  # ?rc half
third = half * Fraction(2, 3)  # ?rc third half
packed = struct.pack("<if", 7, 2.5)  # ?rc packed
fields = struct.unpack("<if", packed)  # ?rc fields packed
digest = hashlib.sha256(packed).hexdigest()  # ?rc digest packed
key = "price list"  # ?rc key
h = hashlib.md5(key.encode())  # ?rc h key
records = [[start, rent], [later, total]]
records.append(records)
del records  # ?rc start rent later total
print(gc.collect())  # ?rc prices
