# (the variant of z_unknown_dict_key whose loop sources the analysis can never know: the environment)
# A dict whose key comes from an unmodelled stdlib call (re match groups,
# date.month): looking it up with a constant is predicted to raise KeyError
# for certain, so the analysis stops there and every later probe is missing.
import datetime
import os
import re

m = re.match(r"(\w+) (.*)", os.environ.get("RCL_UNSET", "GET /index"))
verb = m.group(1)
routes = {}  # ?rc routes
routes[verb] = [1.5, 2.5]  # ?rc routes
handler = routes["GET"]  # ?rc handler routes
d0 = datetime.date(2024, 2, 1)
by_month = {d0.month: ["a booking!"]}  # ?rc by_month
feb = by_month[2]  # ?rc feb
after = [handler, feb]  # ?rc after handler feb
