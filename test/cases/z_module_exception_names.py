# exception classes library modules define with a class statement: one object each, named by its interned identifier
import asyncio
import dataclasses

n1 = asyncio.CancelledError.__name__  # ?rc n1
n2 = dataclasses.FrozenInstanceError.__name__  # ?rc n2
q1 = asyncio.CancelledError.__qualname__  # ?rc q1
kept = [asyncio.CancelledError, dataclasses.FrozenInstanceError]
same = asyncio.CancelledError is asyncio.exceptions.CancelledError
try:
    raise asyncio.CancelledError()
except BaseException as e:
    name = type(e).__name__  # ?rc name
    err = e  # ?rc err
n3 = type(err).__name__  # ?rc err n3
del err
