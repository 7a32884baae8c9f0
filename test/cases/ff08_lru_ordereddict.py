# Theme: a small LRU cache of pages built on collections.OrderedDict:
# move_to_end on a hit, popitem(last=False) on overflow, evicted pages
# released, and snapshots of the cache order.
import gc
import sys
from collections import OrderedDict


class Page:
    def __init__(self, url):
        self.url = url
        self.body = url.upper() * 3


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old_key, old = self.data.popitem(last=False)  # ?rc old
            print("evict", old_key)


cache = LRU(2)  # ?rc cache
home = Page("https://example.org/")  # ?rc home
about = Page("https://example.org/about")  # ?rc about
cache.put(home.url, home)  # ?rc home
cache.put(about.url, about)  # ?rc about
hit = cache.get(home.url)  # ?rc hit
blog = Page("https://example.org/blog")
cache.put(blog.url, blog)  # ?rc about blog
miss = cache.get(about.url)
order = list(cache.data)  # ?rc order
url = order[0]  # ?rc url
cache.data.move_to_end(url, last=False)  # ?rc url
snapshot = OrderedDict(cache.data)  # ?rc snapshot hit
first_key, first_page = next(iter(snapshot.items()))  # ?rc first_page
del snapshot  # ?rc first_page
print(sys.getrefcount(home), miss, order, gc.collect())
