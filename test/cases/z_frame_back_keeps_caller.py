# A traceback kept after a function returns keeps its frame; that frame links its caller's
# frame (f_back), so the caller's variables live on until the traceback goes.
import gc
def inner(log):
    try:
        1 / 0
    except ZeroDivisionError as e:
        log.append(e)

def outer(log):
    big = [1.5]
    inner(log)
    return big

log = []
b = outer(log)  # ?rc b
b2 = outer(log)  # ?rc b b2
del b2  # ?rc b
fr = log[0].__traceback__.tb_frame  # ?rc fr
del fr
log.clear()
n = gc.collect()  # ?rc n
print(n)
