# Theme: structural pattern matching on nested dicts and lists decoded by
# json.loads. Captures take references to the decoded objects; **rest copies
# the leftover keys into a fresh dict; the decoded tree is dropped at the end.
import json

RAW = """
[
  {"type": "order", "id": 17, "lines": [{"sku": "pen-blue!", "qty": 3}], "note": "gift wrap please"},
  {"type": "refund", "order": {"id": 17, "amount": 12.75}, "reason": "damaged on arrival"},
  {"type": "ping"}
]
"""

events = json.loads(RAW)  # ?rc events
first = events[0]  # ?rc first
lines0 = first["lines"]  # ?rc lines0


def handle(event):
    match event:
        case {"type": "order", "lines": [{"sku": sku, "qty": q}, *more], **extra}:
            info = (sku, extra)  # ?rc sku extra more info event
            return info
        case {"type": "refund", "order": {"amount": float(amt)} as order}:
            kept = order  # ?rc kept order amt
            return kept
        case {"type": str(kind)}:
            return kind


results = []
for ev in events:
    out = handle(ev)  # ?rc ev
    results.append(out)
order_info = results[0]  # ?rc order_info first
refund_order = results[1]  # ?rc refund_order
extra = order_info[1]  # ?rc extra
note = extra["note"]  # ?rc note
del events, first, ev  # ?rc lines0 refund_order
results.clear()  # ?rc extra refund_order order_info


def count_skus(doc):
    n = 0
    match json.loads(doc):
        case {"items": [*items]}:
            n = len(items)  # ?rc items
    return n


count_skus('{"items": [{"a": 1.5}, {"b": 2.5}]}')
