# Theme: a Heartbeat service object stores the task running its own method
# and the beats it produced; the task/coroutine/service cycle is collected
# after asyncio.run.
import asyncio
import gc


class Beat:
    def __init__(self, n):
        self.n = n


class Heartbeat:
    def __init__(self, interval):
        self.interval = interval
        self.beats = []
        self.task = None

    async def run(self, count):
        for i in range(count):
            await asyncio.sleep(self.interval)
            beat = Beat(i)
            self.beats.append(beat)  # ?rc beat
        return self.beats


async def main():
    hb = Heartbeat(0.001)  # ?rc hb
    hb.task = asyncio.create_task(hb.run(2))  # ?rc hb
    beats = await hb.task  # ?rc beats hb
    b0 = beats[0]  # ?rc b0
    return hb


hb = asyncio.run(main())  # ?rc hb
beats = hb.beats  # ?rc beats
n0 = gc.collect()
del hb
n1 = gc.collect()
b0 = beats[0]  # ?rc b0 beats
