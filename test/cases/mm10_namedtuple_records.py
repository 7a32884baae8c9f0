# Theme: parse colon-separated passwd-style lines into namedtuple records
# with _make, derive changed copies with _replace and dicts with _asdict;
# copies share the untouched field values.
from collections import namedtuple

User = namedtuple("User", "login uid home shell")

PASSWD = """root:0:/root:/bin/bash
daemon:1:/usr/sbin:/usr/sbin/nologin
alice:1000:/home/alice:/bin/zsh
bob:1001:/home/bob:/bin/bash"""

users = [User._make(line.split(":")) for line in PASSWD.splitlines()]  # ?rc users
alice = users[2]  # ?rc alice
home = alice.home  # ?rc home
moved = alice._replace(home="/srv/alice")  # ?rc moved home alice
shell = moved.shell  # ?rc shell
as_dict = alice._asdict()  # ?rc as_dict home
login, uid, *rest = alice  # ?rc rest home
by_login = {u.login: u for u in users}  # ?rc by_login alice
bash_users = [u for u in users if u.shell.endswith("bash")]  # ?rc bash_users
root = bash_users[0]  # ?rc root
numbered = sorted(users, key=lambda u: int(u.uid), reverse=True)  # ?rc numbered alice
del users  # ?rc alice root
del by_login, numbered  # ?rc alice
del alice  # ?rc home moved
fields = User._fields  # ?rc fields
print(moved, as_dict["login"], rest, root.uid)
