# A function that returns in an if of unknown direction and raises after it:
# the call may have returned, so the program goes on with an unknown result.
import gc
import re


def first_number(words):
    if words:
        value = [float(words[0])]  # ?rc value
        return value
    raise ValueError("no numbers")


words = re.findall(r"[\d.]+", "price 2.5 eur")  # ?rc words
got = first_number(words)  # ?rc got
pair = [got, got]  # ?rc pair got
del pair  # ?rc got
print(gc.collect())
