# Theme: a hash table written by hand with separate chaining: a list of
# bucket lists holding [key, value] pairs, put/get/delete and a resize
# that rehashes every pair into a new bucket list.


class HashTable:
    def __init__(self, size=4):
        self.buckets = [[] for _ in range(size)]
        self.count = 0

    def _bucket(self, key):
        return self.buckets[hash(key) % len(self.buckets)]

    def put(self, key, value):
        bucket = self._bucket(key)  # ?rc bucket
        for pair in bucket:
            if pair[0] == key:
                pair[1] = value
                return
        bucket.append([key, value])
        self.count += 1
        if self.count > 2 * len(self.buckets):
            self.resize()

    def get(self, key):
        for k, v in self._bucket(key):
            if k == key:
                return v
        raise KeyError(key)

    def delete(self, key):
        bucket = self._bucket(key)
        for i, pair in enumerate(bucket):
            if pair[0] == key:
                del bucket[i]
                self.count -= 1
                return pair[1]
        raise KeyError(key)

    def resize(self):
        old = self.buckets
        self.buckets = [[] for _ in range(len(old) * 2)]  # ?rc old
        for bucket in old:
            for pair in bucket:
                self._bucket(pair[0]).append(pair)


table = HashTable()  # ?rc table
payload = [2.5, 3.5]  # ?rc payload
for n in range(10):
    table.put(n * 7, payload)
value = table.get(21)  # ?rc value payload
table.put(21, [9.5])  # ?rc payload
buckets = table.buckets  # ?rc buckets
removed = table.delete(14)  # ?rc removed payload
first_bucket = buckets[0]  # ?rc first_bucket
del table  # ?rc buckets payload
