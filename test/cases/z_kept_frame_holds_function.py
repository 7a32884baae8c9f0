# A frame object kept by a stored traceback owns its interpreter frame,
# which holds a strong reference to the function that ran (f_func /
# f_funcobj, 3.11+): the function gets +1 while the traceback lives.
kept = []

def boom(x):
    raise KeyError(x)

try:
    boom(1.5)
except KeyError as e:
    kept.append(e)
done = True  # ?rc boom
kept.clear()  # ?rc boom
