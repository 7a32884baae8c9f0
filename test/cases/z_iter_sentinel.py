# iter(callable, sentinel): a callable_iterator holds both until the sentinel comes back
stack = [[1.5], [2.5]]
it = iter(stack.pop, None)  # ?rc stack
popped = next(it)  # ?rc popped
sent = [9.5]
it2 = iter(lambda: sent, sent)  # ?rc sent
rest = list(it2)  # ?rc sent rest
vals = [3.5, 4.5, 5.5]
feed = iter(vals.pop, 3.5)
got = list(feed)  # ?rc got
