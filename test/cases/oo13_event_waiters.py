# Theme: asyncio.Event: several waiter tasks block on wait() until set();
# a shared state dict is passed to all of them.
import asyncio


class Signal:
    def __init__(self):
        self.payload = None


async def waiter(ev, sig, out):
    await ev.wait()
    got = sig.payload  # ?rc got
    out.append(got)


async def main():
    ev = asyncio.Event()  # ?rc ev
    sig = Signal()  # ?rc sig
    out = []
    tasks = [asyncio.create_task(waiter(ev, sig, out)) for _ in range(3)]  # ?rc ev sig
    await asyncio.sleep(0)  # ?rc ev sig out
    sig.payload = ["ready now!"]
    data = sig.payload  # ?rc data
    ev.set()
    await asyncio.gather(*tasks)  # ?rc data out
    tasks.clear()  # ?rc ev sig
    return data, out


data, out = asyncio.run(main())  # ?rc data out
