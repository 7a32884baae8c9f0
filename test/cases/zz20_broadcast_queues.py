# Theme: a chat broadcast: a hub keeps one asyncio.Queue per subscriber; one
# published Post object sits in every subscriber queue until each reads it.
import asyncio


class Post:
    def __init__(self, author, text):
        self.author = author
        self.text = text


class Hub:
    def __init__(self):
        self.subs = {}

    def subscribe(self, name):
        q = asyncio.Queue()
        self.subs[name] = q
        return q

    def publish(self, post):
        for q in self.subs.values():
            q.put_nowait(post)


async def reader(name, q, inbox):
    post = await q.get()
    inbox.append((name, post))  # ?rc post


async def main():
    hub = Hub()  # ?rc hub
    inbox = []
    qs = [hub.subscribe(n) for n in ["ann", "bob", "cy"]]
    q0 = qs[0]  # ?rc q0
    post = Post("ann", "hello everyone!")  # ?rc post
    hub.publish(post)  # ?rc post
    readers = [asyncio.create_task(reader(n, q, inbox)) for n, q in zip(["ann", "bob", "cy"], qs)]  # ?rc post q0
    await asyncio.gather(*readers)  # ?rc post inbox
    del readers  # ?rc post q0
    entry = inbox[0]  # ?rc entry post
    return inbox


inbox = asyncio.run(main())  # ?rc inbox
entry = inbox[0]  # ?rc entry
post = entry[1]  # ?rc post
inbox.clear()  # ?rc entry post
