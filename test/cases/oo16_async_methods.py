# Theme: async methods on a class: obj.method() makes a coroutine whose
# frame holds self; tasks of bound-method coroutines keep the instance alive.
import asyncio


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.entries = []

    async def deposit(self, amount):
        await asyncio.sleep(0)
        self.entries.append(amount)
        return self

    async def audit(self):
        snapshot = list(self.entries)  # ?rc snapshot
        await asyncio.sleep(0)
        return snapshot


async def main():
    acct = Account("ann smith")  # ?rc acct
    pending = acct.deposit(10.5)  # ?rc acct
    same = await pending  # ?rc acct same
    del pending, same  # ?rc acct
    tasks = [asyncio.create_task(acct.deposit(i * 2.5)) for i in range(3)]  # ?rc acct
    await asyncio.gather(*tasks)  # ?rc acct
    del tasks  # ?rc acct
    snap = await acct.audit()  # ?rc snap acct
    return acct, snap


acct, snap = asyncio.run(main())  # ?rc acct snap
meth = acct.audit  # ?rc acct meth
