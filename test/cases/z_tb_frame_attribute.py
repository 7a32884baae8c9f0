# Once a dead function frame is bound (tb.tb_frame of a kept exception),
# a dict that frame saw is treated as unknown, and a KeyError lookup on it
# is assumed to succeed: the except clause is never analysed.
def catch(data, log):
    try:
        data["missing"]
    except KeyError as err:
        log.append(err)


data = {"rate": [2.5]}  # ?rc data
log = []
catch(data, log)  # ?rc data
frame = log[0].__traceback__.tb_frame  # ?rc frame data
try:
    data["nope"]
    found = True
except KeyError:
    handled = [1.5]  # ?rc handled
after = data  # ?rc data
