# Theme: build a plain-text invoice from tuple line items with f-strings,
# str.format, format_map, ljust and join; which intermediate strings stay
# alive and which are dropped right after the join.
items = [("widget large", 3, 4.25), ("gadget, blue", 1, 19.99), ("cable 2m", 4, 2.5)]  # ?rc items
item0 = items[0]  # ?rc item0
name0 = item0[0]  # ?rc name0
header = "{:<14}{:>4}{:>9}".format("item name", "qty", "total")  # ?rc header
rule = "-" * len(header)  # ?rc rule
rows = []
for name, qty, price in items:
    line = f"{name:<14}{qty:>4}{qty * price:>9.2f}"  # ?rc line
    rows.append(line)
del line  # ?rc rows
subtotal = sum(q * p for _, q, p in items)  # ?rc subtotal
tax = round(subtotal * 0.08, 2)  # ?rc tax
footer = "{label}: {amount:.2f}".format_map({"label": "grand total", "amount": subtotal + tax})  # ?rc footer
body = "\n".join([header, rule, *rows, rule, footer])  # ?rc body header rule
short = body[:20]  # ?rc short
padded = name0.ljust(20, ".")  # ?rc padded name0
same = name0.ljust(5)  # ?rc same name0 -- already wider than 5
upper = name0.upper()  # ?rc upper
title = name0.title()  # ?rc title
del rows, header  # ?rc rule body
csv_line = ",".join(str(x) for x in item0)  # ?rc csv_line item0
print(body, csv_line, padded)
