# Theme: an asyncio.Event as a starting gun: workers register themselves,
# wait for the event, then each writes a Report object into a shared list.
import asyncio


class Report:
    def __init__(self, worker, payload):
        self.worker = worker
        self.payload = payload


class Worker:
    def __init__(self, wid):
        self.wid = wid
        self.report = None


async def run_worker(w, start, reports, ready):
    ready.append(w)
    await start.wait()
    rep = Report(w, [w.wid * 2.5])
    w.report = rep
    reports.append(rep)  # ?rc rep w


async def main():
    start = asyncio.Event()  # ?rc start
    reports, ready = [], []
    crew = [Worker(i) for i in range(3)]
    w0 = crew[0]  # ?rc w0
    tasks = [asyncio.create_task(run_worker(w, start, reports, ready)) for w in crew]
    await asyncio.sleep(0)  # ?rc start w0 ready
    start.set()  # ?rc start
    await asyncio.gather(*tasks)  # ?rc start reports w0
    r0 = reports[0]  # ?rc r0
    ready.clear()  # ?rc w0
    del tasks  # ?rc start
    return crew, reports


crew, reports = asyncio.run(main())  # ?rc crew reports
w0 = crew[0]  # ?rc w0
r0 = w0.report  # ?rc r0
del reports  # ?rc r0 w0
