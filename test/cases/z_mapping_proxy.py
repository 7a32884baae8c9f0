# Theme: mappingproxy. A dict view's `.mapping` and types.MappingProxyType(d) make a
# new read-only proxy holding the dict; reads through it are the dict's own.
import gc
import types


class Contact:
    pass


book = {"ada lovelace": Contact(), "alan turing": Contact()}  # ?rc book
names = book.keys()  # ?rc book names
proxy = names.mapping  # ?rc book proxy names
again = names.mapping  # ?rc book again
ada = proxy["ada lovelace"]  # ?rc ada
alan = proxy.get("alan turing")  # ?rc alan
copied = proxy.copy()  # ?rc copied ada
count = len(proxy)
present = "ada lovelace" in proxy
listed = list(proxy)  # ?rc listed
rebuilt = dict(proxy)  # ?rc rebuilt ada
frozen = types.MappingProxyType(book)  # ?rc frozen book
nested = types.MappingProxyType(frozen)  # ?rc nested frozen book
try:
    frozen["grace hopper"] = Contact()
except TypeError as e:
    why = str(e)  # ?rc why
merged = {**frozen}  # ?rc merged ada
walker = iter(frozen)  # ?rc walker book
del book, names, proxy, again, frozen, nested, walker  # ?rc ada alan
print(count, present)
if not {}.keys():
    marker = Contact()  # ?rc marker
print(gc.collect())
