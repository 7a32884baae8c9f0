# Theme: divide and conquer sorts written by hand: merge sort that returns
# new lists, quicksort with list comprehensions around a pivot, and a
# binary search over the sorted result.


def merge(left, right):
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])  # ?rc merged
    return merged


def merge_sort(values):
    if len(values) <= 1:
        return values
    mid = len(values) // 2
    return merge(merge_sort(values[:mid]), merge_sort(values[mid:]))


def quicksort(values):
    if len(values) <= 1:
        return list(values)
    pivot = values[0]
    less = [v for v in values[1:] if v < pivot]
    more = [v for v in values[1:] if v >= pivot]
    return quicksort(less) + [pivot] + quicksort(more)


def binary_search(values, target):
    lo, hi = 0, len(values) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if values[mid] == target:
            return mid
        if values[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


data = [x * 1.5 for x in (7, 3, 9, 1, 8, 2, 6)]  # ?rc data
smallest = data[3]  # ?rc smallest
ordered = merge_sort(data)  # ?rc ordered smallest
quick = quicksort(data)  # ?rc quick smallest
pos = binary_search(ordered, smallest)
found = ordered[pos]  # ?rc found smallest
same = merge_sort(ordered[:1])  # ?rc same smallest
del data  # ?rc smallest
del ordered, quick  # ?rc smallest same
