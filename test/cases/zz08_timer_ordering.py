# Theme: timers built from asyncio.sleep(delay): alarms fire in deadline
# order and each appends its Alarm object to a shared timeline.
import asyncio


class Alarm:
    def __init__(self, label, delay):
        self.label = label
        self.delay = delay


async def alarm(a, timeline):
    await asyncio.sleep(a.delay)
    timeline.append(a)  # ?rc a


async def main():
    timeline = []
    alarms = [Alarm("late", 0.03), Alarm("early", 0.01), Alarm("middle", 0.02)]
    late = alarms[0]  # ?rc late
    tasks = [asyncio.create_task(alarm(a, timeline)) for a in alarms]  # ?rc late
    await asyncio.sleep(0.015)
    first = timeline[0]  # ?rc first late
    await asyncio.gather(*tasks)  # ?rc late timeline
    del tasks  # ?rc late
    order = [a.label for a in timeline]  # ?rc order
    alarms.clear()  # ?rc late first
    return timeline


timeline = asyncio.run(main())  # ?rc timeline
first = timeline[0]  # ?rc first
last = timeline[-1]  # ?rc last
timeline.reverse()  # ?rc first last
