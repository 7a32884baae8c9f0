# Theme: asyncio.TimeoutError is the builtin TimeoutError from 3.11: an except clause naming it
# catches a TimeoutError and nothing else (a ValueError goes to the next clause).
import asyncio
class Box:
    pass
b = Box()
keep = []
try:
    raise ValueError("x")
except asyncio.TimeoutError:
    keep.append(b)
except ValueError:
    pass
n = len(keep)  # ?rc b
try:
    raise TimeoutError("slow")
except asyncio.TimeoutError as exc:
    caught = exc  # ?rc caught
print(n)
