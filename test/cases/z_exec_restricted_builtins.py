# Theme: eval of formulas over a dict whose own __builtins__ restricts what the text may call:
# an empty mapping makes every builtin name a NameError, a given one supplies only its names.
safe = {"__builtins__": {}}
total = eval("3 * 4", safe)  # ?rc total
try:
    eval("len([1, 2])", safe)
    outcome = "ran"
except NameError as exc:
    outcome = "refused"
    err = exc  # ?rc err
allowed = {"__builtins__": {"abs": abs}}
neg = eval("abs(-5000)", allowed)  # ?rc neg allowed
print(total, outcome, neg)  # ?rc outcome
