# Theme: a crawler simulation: worker tasks pull URLs from an asyncio.Queue,
# build Page objects kept in a shared dict, and stop on a sentinel object.
import asyncio

DONE = object()


class Page:
    def __init__(self, url, links):
        self.url = url
        self.links = links


SITE = {"/": ["/a", "/b"], "/a": ["/c"], "/b": [], "/c": []}


async def worker(q, pages, seen):
    while True:
        url = await q.get()
        if url is DONE:
            q.task_done()
            break
        await asyncio.sleep(0)
        page = Page(url, list(SITE[url]))
        pages[url] = page  # ?rc page
        for link in page.links:
            if link not in seen:
                seen.append(link)
                q.put_nowait(link)
        q.task_done()


async def main():
    q = asyncio.Queue()  # ?rc q
    pages = {}
    seen = ["/"]
    q.put_nowait("/")
    workers = [asyncio.create_task(worker(q, pages, seen)) for _ in range(2)]  # ?rc q pages seen
    await q.join()  # ?rc q pages
    for _ in workers:
        q.put_nowait(DONE)
    await asyncio.gather(*workers)  # ?rc q pages seen
    root = pages["/"]  # ?rc root
    del workers  # ?rc q pages
    return pages


pages = asyncio.run(main())  # ?rc pages
root = pages["/"]  # ?rc root
links = root.links  # ?rc links
pages.clear()  # ?rc root links
