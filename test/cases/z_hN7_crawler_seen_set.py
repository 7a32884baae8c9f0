# Theme: a crawler that adds discovered links to the set it is iterating
# ("Set changed size during iteration"), catches the error and retries over a
# copy of the set, then grows a worklist list instead (a list's iterator goes
# by index: appending extends the loop).
import gc

LINKS = {"/": ["/a", "/b"], "/a": ["/c"], "/b": [], "/c": ["/"]}


class Page:
    def __init__(self, url):
        self.url = url
        self.links = list(LINKS.get(url, []))


pages = {}
seen = {"/"}
errors = []
try:
    for url in seen:
        page = Page(url)
        pages[url] = page
        for link in page.links:
            seen.add(link)
except RuntimeError as exc:
    errors.append(exc)  # ?rc exc seen page
print(len(seen), len(pages), len(errors))  # ?rc seen pages
gc.collect()

# Retry over a copy: the copy does not change.
for url in set(seen):
    if url not in pages:
        pages[url] = Page(url)
print(len(pages))  # ?rc pages page

# A list as the worklist: the loop visits what it appends.
work = ["/"]
visited = []
for url in work:
    visited.append(url)
    for link in LINKS[url]:
        if link not in work:
            work.append(link)
print(visited)  # ?rc work visited url
problem = errors[0]  # ?rc problem
errors.clear()
del problem
gc.collect()
