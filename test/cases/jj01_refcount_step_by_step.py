# Theme: "reference counting explained" - a tutorial walks one list through
# every way a reference is added and removed, printing sys.getrefcount at
# each step (the printed number includes the call's own argument).
import sys

print("--- step 1: a fresh list")
numbers = [10.5, 20.5, 30.5]  # ?rc numbers
print("refs:", sys.getrefcount(numbers))

print("--- step 2: a second name")
alias = numbers  # ?rc numbers alias
print("refs:", sys.getrefcount(numbers))

print("--- step 3: stored in containers")
box = {"the numbers": numbers}  # ?rc numbers
pair = (numbers, alias)  # ?rc numbers pair
print("refs:", sys.getrefcount(numbers))


def show(obj, label):
    count = sys.getrefcount(obj)
    print(label, count)
    return count


print("--- step 4: passed to a function")
seen = show(numbers, "inside show:")
nested = [[numbers], [numbers, numbers]]  # ?rc numbers nested

print("--- step 5: dropping references one by one")
del alias  # ?rc numbers
box.clear()  # ?rc numbers
pair = None  # ?rc numbers
nested.pop()  # ?rc numbers nested
nested = []  # ?rc numbers
print("refs at the end:", sys.getrefcount(numbers))
