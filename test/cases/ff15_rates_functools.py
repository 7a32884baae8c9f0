# Theme: currency conversion with functools: an lru_cache'd rate lookup with
# eviction, partial to pre-bind the rate, reduce to fold the results.
import gc
import sys
from functools import lru_cache, partial, reduce


class Rate:
    def __init__(self, code, value):
        self.code = code
        self.value = value


@lru_cache(maxsize=2)
def fetch_rate(code):
    r = Rate(code, len(code) * 0.75)  # ?rc r
    return r


usd = fetch_rate("USD to EUR")  # ?rc usd
usd2 = fetch_rate("USD to EUR")  # ?rc usd
gbp = fetch_rate("GBP to EUR")  # ?rc gbp usd
jpy = fetch_rate("JPY to EUR")  # ?rc jpy usd
info = fetch_rate.cache_info()  # ?rc info


def convert(amount, rate, fee=0.0):
    return amount * rate.value - fee


to_eur = partial(convert, rate=usd, fee=0.5)  # ?rc to_eur usd
prices = [10.0, 25.5, 99.99]  # ?rc prices
converted = list(map(to_eur, prices))  # ?rc converted
biggest = reduce(max, converted)  # ?rc biggest
total = reduce(lambda acc, x: acc + x, converted, 0.0)  # ?rc total
fetch_rate.cache_clear()  # ?rc gbp jpy
double = partial(partial(convert, fee=1.5), rate=gbp)  # ?rc double gbp
kw = double.keywords  # ?rc kw
del to_eur, usd2  # ?rc usd
print(sys.getrefcount(fetch_rate), info, biggest, total, gc.collect())
