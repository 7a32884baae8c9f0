# (the variant of z_return_then_raise whose loop sources the analysis can never know: the environment)
# A function that returns in an if of unknown direction and raises after it:
# the call may have returned, so the program goes on with an unknown result.
import gc
import os
import re


def first_number(words):
    if words:
        value = [float(words[0])]  # ?rc value
        return value
    raise ValueError("no numbers")


words = os.environ.get("RCL_UNSET", "2.5 eur").split()  # ?rc words
got = first_number(words)  # ?rc got
pair = [got, got]  # ?rc pair got
del pair  # ?rc got
print(gc.collect())
