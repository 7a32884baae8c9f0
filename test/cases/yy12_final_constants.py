# Theme: typing.Final module constants and class-level Final settings used by
# application functions; annotations live in __annotations__, values in globals.
from typing import Final

MAX_RETRIES: Final = 3
TIMEOUT: Final[float] = 2.5 * 4  # ?rc TIMEOUT
BASE_URL: Final = "https://example.invalid/api"  # ?rc BASE_URL
HEADERS: Final[dict] = {"Accept": "application/json", "X-Id": "client one"}  # ?rc HEADERS


class Limits:
    PAGE_SIZE: Final = 10 ** 3
    BACKOFF: Final[tuple] = (0.5, 1.5, 4.5)

    def delays(self):
        out = [b * TIMEOUT for b in self.BACKOFF]  # ?rc out
        return out


def request_plan(path):
    url = BASE_URL + path  # ?rc url
    plan = {"url": url, "timeout": TIMEOUT, "headers": HEADERS}  # ?rc plan
    return plan


page = Limits.PAGE_SIZE  # ?rc page
backoff = Limits.BACKOFF  # ?rc backoff
lim = Limits()
delays = lim.delays()  # ?rc delays TIMEOUT
plan = request_plan("/users/list")  # ?rc plan TIMEOUT HEADERS
hdr = plan["headers"]  # ?rc hdr HEADERS
ann = __annotations__  # ?rc ann
del plan  # ?rc TIMEOUT HEADERS hdr
del hdr, delays  # ?rc HEADERS TIMEOUT
