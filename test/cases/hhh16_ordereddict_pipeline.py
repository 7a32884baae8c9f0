# An ordered processing pipeline stored in an OrderedDict of step name ->
# function; steps are reordered with move_to_end and removed with popitem.
from collections import OrderedDict


def strip_step(s):
    return s.strip()


def lower_step(s):
    return s.lower()


def squash_step(s):
    return " ".join(s.split())


pipeline = OrderedDict()  # ?rc pipeline
pipeline["strip it"] = strip_step
pipeline["lower it"] = lower_step
pipeline["squash it"] = squash_step  # ?rc pipeline squash_step
pipeline.move_to_end("strip it", last=False)
pipeline.move_to_end("lower it")  # ?rc lower_step


def run(steps, text):
    for name, fn in steps.items():
        text = fn(text)  # ?rc fn
    return text


result = run(pipeline, "  Hello   BIG   World  ")  # ?rc result
order = list(pipeline)  # ?rc order
backwards = list(reversed(pipeline))  # ?rc backwards
name, last_fn = pipeline.popitem()  # ?rc last_fn
first_name, first_fn = pipeline.popitem(last=False)  # ?rc first_fn
snapshot = OrderedDict(pipeline)  # ?rc snapshot squash_step
same = snapshot == pipeline
history = []
for key in ("alpha step", "beta step"):
    pipeline[key] = squash_step  # ?rc squash_step
    history.append(list(pipeline))
hist0 = history[0]  # ?rc hist0
del snapshot  # ?rc squash_step
pipeline.clear()  # ?rc squash_step lower_step strip_step
print(result, order, backwards, same, history)
