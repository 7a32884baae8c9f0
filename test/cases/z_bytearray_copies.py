# A bytearray is mutable: every slice of it is a new bytearray, while a whole slice of bytes is the bytes itself; += and *= change it in place.
raw = bytes([1, 2, 3, 200])  # ?rc raw
buf = bytearray(raw)  # ?rc buf raw
dup = buf[:]  # ?rc buf dup
same = raw[:]  # ?rc raw
dup2 = buf[0:len(buf)]  # ?rc buf dup2
alias = buf
buf += b"xyz"  # ?rc buf alias
buf *= 2  # ?rc buf alias
tail = buf[2:]  # ?rc tail buf
cp = buf.copy()  # ?rc cp buf
zeros = bytearray(10)  # ?rc zeros
zeros[0] = 65  # ?rc zeros
del zeros[1]  # ?rc zeros
back = bytes(buf)  # ?rc back buf
nums = [1, 2, 3]
made = bytes(nums)  # ?rc made nums
print(len(buf), len(tail), len(back))
