# Theme: de-duplicate an email list while keeping first-seen order, using
# dict.fromkeys, a normalising key and a "seen" dict; compare which string
# objects survive in each result.
RAW = """Ana.Lee@Example.com
bo.chen@example.com
ana.lee@example.com
cy.park@example.org
BO.CHEN@example.com
di.ross@example.net"""

lines = RAW.splitlines()  # ?rc lines
ana_mixed = lines[0]  # ?rc ana_mixed
exact_unique = list(dict.fromkeys(lines))  # ?rc exact_unique ana_mixed
normal = [s.lower() for s in lines]  # ?rc normal
ana_low = normal[0]  # ?rc ana_low
seen = {}
for original, key in zip(lines, normal):
    seen.setdefault(key, original)  # ?rc original
del original, key
keepers = list(seen.values())  # ?rc keepers ana_mixed
dupes = [s for s, k in zip(lines, normal) if seen[k] is not s]  # ?rc dupes
dup0 = dupes[0]  # ?rc dup0
domains = sorted({s.split("@")[1] for s in normal})  # ?rc domains
dom0 = domains[0]  # ?rc dom0
marks = dict.fromkeys(keepers, 0.5)  # ?rc marks ana_mixed
weight = marks[ana_mixed]  # ?rc weight
del normal  # ?rc ana_low
del lines, exact_unique  # ?rc ana_mixed dup0
seen.clear()  # ?rc ana_mixed ana_low
print(keepers, dupes, domains, weight)
