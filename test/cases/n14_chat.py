# Chat-room simulation: rooms notify member observers held through weak references.
import gc
import weakref


class Message:
    def __init__(self, sender, text):
        self.sender = sender
        self.text = text


class User:
    def __init__(self, name):
        self.name = name
        self.inbox = []
        self.rooms = []

    def notify(self, room, message):
        self.inbox.append(message)  # ?rc message


class Room:
    def __init__(self, title):
        self.title = title
        self.members = []
        self.log = []  # ?rc self

    def join(self, user):
        ref = weakref.ref(user, self._gone)
        self.members.append(ref)  # ?rc ref user
        user.rooms.append(self)

    def _gone(self, ref):
        self.members.remove(ref)

    def post(self, sender, text):
        msg = Message(sender, text)
        self.log.append(msg)  # ?rc msg
        delivered = 0
        for ref in list(self.members):
            member = ref()
            if member is not None and member is not sender:
                member.notify(self, msg)
                delivered += 1
        return delivered

    def online(self):
        names = [r().name for r in self.members if r() is not None]  # ?rc names
        return names


lobby = Room("lobby room")  # ?rc lobby
dev = Room("dev talk")
alice = User("alice")  # ?rc alice
bob = User("bob")
carol = User("carol")  # ?rc carol
for u in (alice, bob, carol):
    lobby.join(u)
del u  # ?rc alice carol
dev.join(alice)  # ?rc alice dev
dev.join(carol)
sent = lobby.post(alice, "hello everyone out there")  # ?rc alice
sent2 = dev.post(carol, "build is green again")  # ?rc carol
msg = lobby.log[0]  # ?rc msg
ref_a = lobby.members[0]  # ?rc ref_a alice
got = ref_a()  # ?rc got alice
del got  # ?rc alice
print(sent, sent2, lobby.online(), dev.online())
bob_inbox = bob.inbox  # ?rc bob_inbox msg
del bob  # ?rc bob_inbox
n = gc.collect()
print(lobby.online())
del carol  # ?rc dev
n = gc.collect()
print(dev.online(), len(lobby.members))
proxy = weakref.proxy(alice)  # ?rc alice proxy
del alice  # ?rc lobby
n = gc.collect()
print(len(lobby.members), len(dev.members))
del lobby, dev, msg
n = gc.collect()
print(n)
