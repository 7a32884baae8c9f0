# Theme: reminders scheduled with loop.call_later and call_soon: the loop's
# handles hold the Reminder arguments until the callbacks have run.
import asyncio


class Reminder:
    def __init__(self, text):
        self.text = text
        self.fired = False


def fire(rem, fired):
    rem.fired = True
    fired.append(rem)


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    soon = Reminder("right away!")  # ?rc soon
    later = Reminder("in a moment!")  # ?rc later
    h1 = loop.call_soon(fire, soon, fired)  # ?rc soon h1
    h2 = loop.call_later(0.01, fire, later, fired)  # ?rc later h2
    await asyncio.sleep(0)  # ?rc soon later fired
    await asyncio.sleep(0.02)  # ?rc soon later fired
    del h1  # ?rc soon
    del h2  # ?rc later
    again = fired[1]  # ?rc again
    return fired


fired = asyncio.run(main())  # ?rc fired
soon = fired[0]  # ?rc soon
later = fired[1]  # ?rc later
fired.pop()  # ?rc later
