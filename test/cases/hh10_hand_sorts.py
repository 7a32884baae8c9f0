# Theme: sorting by hand: bubble sort and selection sort on a list of
# records, swapping with tuple assignment, plus insertion sort that shifts
# elements; the records' counts do not change while they move.


class Student:
    def __init__(self, name, score):
        self.name = name
        self.score = score


def bubble_sort(arr):
    n = len(arr)
    for i in range(n):
        for j in range(n - 1 - i):
            if arr[j].score > arr[j + 1].score:
                arr[j], arr[j + 1] = arr[j + 1], arr[j]  # ?rc arr
    return arr


def selection_sort(arr):
    for i in range(len(arr)):
        smallest = i
        for j in range(i + 1, len(arr)):
            if arr[j].score < arr[smallest].score:
                smallest = j
        arr[i], arr[smallest] = arr[smallest], arr[i]


def insertion_sort(arr):
    for i in range(1, len(arr)):
        key = arr[i]  # ?rc key
        j = i - 1
        while j >= 0 and arr[j].score > key.score:
            arr[j + 1] = arr[j]
            j -= 1
        arr[j + 1] = key  # ?rc key


ann = Student("Ann Lee", 88.5)  # ?rc ann
bob = Student("Bob Ray", 72.0)
cyd = Student("Cyd Moe", 95.5)
dan = Student("Dan Oak", 60.5)
roster = [ann, bob, cyd, dan]  # ?rc roster ann
result = bubble_sort(roster)  # ?rc result roster ann
copy1 = roster[:]  # ?rc ann
selection_sort(copy1)  # ?rc ann dan
copy2 = list(reversed(roster))  # ?rc ann
insertion_sort(copy2)  # ?rc ann bob
best = copy2[-1]  # ?rc best cyd
del result, copy1  # ?rc ann roster
