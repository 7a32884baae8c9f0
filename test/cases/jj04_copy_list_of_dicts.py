# Theme: shallow vs deep copy with a list of dicts (records). The shallow
# copy shares every record; changing a record through the copy shows up in
# the original. deepcopy - and the popular json / pickle round trips -
# duplicate the records and their nested lists.
import copy
import json
import pickle

users = [
    {"name": "Ann Lee", "tags": ["admin", "ops"]},
    {"name": "Bo Chan", "tags": ["dev"]},
]
first = users[0]  # ?rc first
tags = first["tags"]  # ?rc tags

shallow = users.copy()  # ?rc shallow first
sliced = users[:]
shallow[0]["tags"].append("root")
print(users[0]["tags"])

deep = copy.deepcopy(users)  # ?rc deep tags
deep_first = deep[0]  # ?rc deep_first
deep_first["tags"].append("guest")

via_json = json.loads(json.dumps(users))  # ?rc via_json tags
json_first = via_json[0]  # ?rc json_first
via_pickle = pickle.loads(pickle.dumps(users))  # ?rc users via_pickle tags
pickle_first = via_pickle[0]  # ?rc pickle_first first
print(pickle_first == first, pickle_first is first)

record_copy = dict(first)  # ?rc first record_copy tags
del shallow, sliced  # ?rc first
users.pop(0)  # ?rc first tags
del first  # ?rc tags record_copy
del deep, via_pickle  # ?rc deep_first pickle_first
