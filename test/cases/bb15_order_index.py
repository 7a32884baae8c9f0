# Theme: an index of orders by customer. setdefault returns the stored
# list (the default list built for each call is dropped when the key
# exists); pop hands back the value the dict held; popitem returns a new
# (key, value) tuple; a dict comprehension builds totals per customer.


class Order:
    def __init__(self, cust, amount):
        self.cust = cust
        self.amount = amount


cust_a = "-".join(["cust", "a"])  # ?rc cust_a
cust_b = "-".join(["cust", "b"])
orders = [Order(cust_a, 1.5), Order(cust_b, 2.5), Order(cust_a, 3.5)]
o0 = orders[0]  # ?rc cust_a
index = {}
for o in orders:
    bucket = index.setdefault(o.cust, [])  # ?rc bucket
    bucket.append(o)
del bucket, o  # ?rc o0
la = index[cust_a]  # ?rc la o0 cust_a
totals = {k: sum(x.amount for x in v) for k, v in index.items()}  # ?rc cust_a
gone = index.pop(cust_b)  # ?rc gone cust_b
missing = index.pop(cust_b, la)  # ?rc la
k, v = index.popitem()  # ?rc k v cust_a la
pair = totals.popitem()  # ?rc pair cust_b
first_total = totals.pop(cust_a)  # ?rc first_total cust_a
dflt = index.setdefault(cust_a, la)  # ?rc la cust_a
del orders, gone  # ?rc o0
index.clear()  # ?rc la o0 cust_a
