# Config loader: parse JSON settings into an enum-keyed dict, validate with
# re, and swallow bad entries with contextlib.suppress; logs warnings.
import json
import logging
import re
import sys
from contextlib import suppress
from enum import Enum

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
logger = logging.getLogger("config")


class Level(Enum):
    LOW = 1
    HIGH = 2


TEXT = '{"name": "web server", "port": 8080, "level": "HIGH", "hosts": ["a.example", "b!bad"]}'
HOST_RE = re.compile(r"^[a-z]+\.[a-z]+$")  # ?rc HOST_RE


def load(text):
    data = json.loads(text)  # ?rc data
    level = Level[data["level"]]  # ?rc data
    return data, level


def valid_hosts(hosts):
    good = []
    for h in hosts:
        m = HOST_RE.match(h)  # ?rc h
        if m is None:
            logger.warning("dropping host %r", h)  # ?rc h
            continue
        good.append(m.group(0))  # ?rc good
    return good


data, level = load(TEXT)  # ?rc data
hosts = data["hosts"]  # ?rc hosts data
good = valid_hosts(hosts)  # ?rc good hosts
port = data["port"] * 10 + int("3")  # ?rc port
with suppress(KeyError):
    missing = data["timeout"]
settings = {"level": level, "hosts": good, "port": port}  # ?rc settings good port
dumped = json.dumps({"hosts": good, "port": port}, sort_keys=True)  # ?rc dumped good
logger.info("loaded %s with %d hosts", data["name"], len(good))  # ?rc data
del data  # ?rc hosts
print(sys.getrefcount(settings))
print(sys.getrefcount(level))
