# A sweep over builtins that teaching programs use with containers.
import sys

gc_item = [1]
nums = [gc_item, [2], [3]]  # ?rc nums gc_item
rev = reversed(nums)  # ?rc rev nums
first_rev = next(rev)  # ?rc first_rev nums
evens = filter(None, nums)  # ?rc evens nums
ev_list = list(evens)  # ?rc ev_list gc_item
en = list(enumerate(nums))  # ?rc en gc_item
pairs = list(zip(nums, nums))  # ?rc pairs gc_item
mapped = list(map(len, nums))  # ?rc mapped
srt = sorted(nums, key=len)  # ?rc srt gc_item
it = iter(nums)  # ?rc it nums
a = next(it)  # ?rc a gc_item
rest = list(it)  # ?rc rest nums
mx = max(nums, key=len)  # ?rc mx gc_item
mn = min(nums, key=len)  # ?rc mn
tup = tuple(nums)  # ?rc tup gc_item
st = set(map(id, nums))  # ?rc st
fz = frozenset(["a", "b"])  # ?rc fz
d = dict.fromkeys(["x", "y"], gc_item)  # ?rc d gc_item
d2 = dict(zip(["p", "q"], nums))  # ?rc d2 gc_item
lst2 = list(range(5))  # ?rc lst2
total = sum([len(x) for x in nums])  # ?rc total
flag = any(x is gc_item for x in nums)  # ?rc flag gc_item
sl = nums[::-1]  # ?rc sl gc_item
nums.reverse()  # ?rc nums gc_item
nums.sort(key=id)  # ?rc nums gc_item
ins = isinstance(nums, list)  # ?rc ins
h = hash("text")  # ?rc h
cnt = nums.count(gc_item)  # ?rc cnt gc_item
idx = nums.index(gc_item)  # ?rc idx
popped = nums.pop()  # ?rc popped nums
nums.insert(0, popped)  # ?rc popped nums
ext = []
ext.extend(nums)  # ?rc ext gc_item
ext += nums  # ?rc ext gc_item
mul = [gc_item] * 3  # ?rc mul gc_item
del ext[1:3]  # ?rc ext gc_item
ext.clear()  # ?rc ext gc_item
rc = sys.getrefcount(gc_item)
same = id(gc_item) == id(nums[0]) or id(gc_item) == id(nums[1]) or id(gc_item) == id(nums[2])  # ?rc same
live_pair = id(nums) == id(ext)  # ?rc live_pair
