# Theme: two more classic TypeError / ValueError demos: sorting objects that define no order
# ('<' not supported between instances), and a format spec the value's type refuses
# (`'{:.2f}'.format('a')`, `format('a', 'd')`, f'{x:d}' of a str). The handlers run.
class Account:
    def __init__(self, balance):
        self.balance = balance


class Box:
    pass


b = Box()
log = []
accounts = [Account(5), Account(2)]
label = 'total'


def attempt(kind):
    try:
        if kind == 'sorted':
            return sorted(accounts)
        if kind == 'lt':
            return accounts[0] < accounts[1]
        if kind == 'fmt':
            return '{:.2f}'.format(label)
        if kind == 'builtin':
            return format(label, 'd')
        if kind == 'fstring':
            return f'{label:d}'
        return sorted(accounts, key=lambda a: a.balance)
    except (TypeError, ValueError):
        log.append(b)  # ?rc b accounts
        return None


for kind in ['sorted', 'lt', 'fmt', 'builtin', 'fstring']:
    attempt(kind)
ranked = attempt('key')  # ?rc b ranked
first = ranked[0]  # ?rc first
n = len(log)  # ?rc b
