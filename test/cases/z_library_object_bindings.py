# names bound to a library's objects (not called): reported with an open count, not left out
import io
import json
import sys

argv = sys.argv  # ?rc argv
sio = io.StringIO  # ?rc sio
err_cls = json.JSONDecodeError  # ?rc err_cls
vi = sys.version_info  # ?rc vi
out = sys.stdout  # ?rc out
import dataclasses
missing = dataclasses.MISSING  # ?rc missing
mine = [out, argv]  # ?rc mine
