# A command-line tool builds an argparse parser and parses a literal argument list.
import argparse
import gc


class Settings:
    def __init__(self):
        self.verbose = False
        self.paths = []


defaults = Settings()  # ?rc defaults
parser = argparse.ArgumentParser(prog="tool", description="Process files.")  # ?rc parser
parser.add_argument("paths", nargs="*")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("--limit", type=int, default=10)
parser.set_defaults(settings=defaults)  # ?rc defaults parser
ns = parser.parse_args(["-v", "a.txt", "b.txt", "--limit", "25"])  # ?rc ns defaults
same = ns.settings  # ?rc same defaults
found = ns.paths  # ?rc found
print(ns.verbose, ns.limit, found)
target = Settings()  # ?rc target
parser.parse_args(["c.txt"], namespace=target)  # ?rc target
print(target.paths, target.limit)
del parser  # ?rc defaults
gc.collect()  # ?rc defaults ns
del ns  # ?rc defaults found same
