# Theme: a retry loop with try/except/else/finally where continue and break
# leave the try; finally runs on every path and a nonlocal counter in a
# closure counts attempts.


class Request:
    def __init__(self, fails):
        self.fails = fails


def make_sender():
    attempts = 0

    def send(req, log):
        nonlocal attempts
        attempts += 1
        if req.fails > 0:
            req.fails -= 1
            raise TimeoutError(req)
        log.append(req)  # ?rc req log
        return attempts

    return send


def deliver(req, tries):
    send = make_sender()
    log = []
    errors = []
    for n in range(tries):
        try:
            got = send(req, log)
        except TimeoutError as err:
            errors.append(err)  # ?rc req errors
            continue
        else:
            done = req  # ?rc req done
            break
        finally:
            seen = req  # ?rc req seen
    else:
        return None
    return errors


r = Request(2)  # ?rc r
out = deliver(r, 5)  # ?rc r out
first = out[0]  # ?rc first r
del out  # ?rc first r
r2 = Request(9)  # ?rc r2
none = deliver(r2, 3)  # ?rc r2
del first  # ?rc r
