# An application reads its settings with configparser from a literal string.
import configparser
import gc

TEXT = """
[server]
host = example.org
port = 8080
workers = 4

[paths]
root = /srv/app
logs = %(root)s/logs
"""


class AppConfig:
    def __init__(self, parser):
        self.parser = parser
        self.port = parser.getint("server", "port")
        self.workers = parser["server"].getint("workers")


cp = configparser.ConfigParser()  # ?rc cp
cp.read_string(TEXT)  # ?rc cp
names = cp.sections()  # ?rc names
app = AppConfig(cp)  # ?rc app cp
logs = cp.get("paths", "logs")  # ?rc logs
section = cp["server"]  # ?rc section cp
port = app.port * 2  # ?rc port
opts = dict(cp.items("server"))  # ?rc opts
print(names, port, logs, opts)
cp.parser_back = app  # ?rc app cp
del app  # ?rc cp
gc.collect()  # ?rc cp
del cp  # ?rc section
n = gc.collect()  # ?rc n
