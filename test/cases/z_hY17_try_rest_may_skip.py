# Theme: a try body (or a contextlib.suppress block) whose statement may raise where the model cannot
# tell (int() of environment text, a missing environment key): the statements after it may not run,
# so what they bind after the block is not as sure as if they ran (both raised in every run here).
import os
import contextlib

res = [1]  # ?rc res
try:
    n = int(os.environ.get("RL_NOPE", "x"))
    w = res
except ValueError:
    pass
a = res  # ?rc res
with contextlib.suppress(KeyError):
    z = os.environ["RL_NOPE"]
    w2 = res
b = res  # ?rc res
