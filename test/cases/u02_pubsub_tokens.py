# Theme: a publish/subscribe broker. subscribe() returns a Subscription
# token that remembers the broker, the topic and the callback (often a
# bound method, which keeps its listener alive); cancel() removes it.
# Tokens double as context managers for temporary listeners.
import gc


class Subscription:
    def __init__(self, broker, topic, callback):
        self.broker = broker
        self.topic = topic
        self.callback = callback
        self.active = True

    def cancel(self):
        if self.active:
            self.broker.topics[self.topic].remove(self)
            self.active = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.cancel()


class Broker:
    def __init__(self):
        self.topics = {}
        self.delivered = 0

    def subscribe(self, topic, callback):
        sub = Subscription(self, topic, callback)
        self.topics.setdefault(topic, []).append(sub)  # ?rc sub
        return sub

    def publish(self, topic, message):
        for sub in list(self.topics.get(topic, ())):
            sub.callback(message)
            self.delivered += 1


class Listener:
    def __init__(self, label):
        self.label = label
        self.inbox = []

    def on_message(self, message):
        self.inbox.append(message)  # ?rc message self


broker = Broker()  # ?rc broker
alice = Listener("alice")  # ?rc alice
bob = Listener("bob")
t1 = broker.subscribe("news", alice.on_message)  # ?rc t1 alice broker
t2 = broker.subscribe("news", bob.on_message)  # ?rc bob
msg = {"text": "hello world!", "score": 2.5}
broker.publish("news", msg)  # ?rc msg
with broker.subscribe("news", alice.on_message) as temp:
    broker.publish("news", {"text": "second one"})  # ?rc alice temp
print(len(alice.inbox), temp.active)
del temp  # ?rc alice
t2.cancel()  # ?rc t2 bob broker
first = alice.inbox[0]  # ?rc first msg
print(gc.collect())
del alice  # t1 still holds a bound method of alice
owner = t1.callback.__self__  # ?rc owner
del owner, first
del broker, t1, t2
print(gc.collect())  # broker, its topics, t1, the bound method, alice...
