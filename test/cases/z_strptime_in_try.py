# Theme: a library call followed only by its references (datetime.strptime on a text that does not match) may raise: the handler of a try around it is followed (open counts), never skipped.
from datetime import datetime
items = [[1], [2]]
bad = []
for text in ["2024-01-05", "not a date"]:
    try:
        d = datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        bad.append(items)  # ?rc items
print(len(bad))  # ?rc items
