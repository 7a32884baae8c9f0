# Theme: pickle.dumps only reads the object graph; loads builds a new one
import pickle

inner = [1.5, "txt"]
rows = {"a": inner, "b": (inner, 2)}  # ?rc inner rows
blob = pickle.dumps(rows)  # ?rc rows inner blob
blob2 = pickle.dumps(rows, protocol=2)  # ?rc rows inner blob2
clone = pickle.loads(blob)  # ?rc clone rows inner blob
del blob2, blob  # ?rc rows inner
rows["c"] = inner  # ?rc inner
del rows  # ?rc inner
