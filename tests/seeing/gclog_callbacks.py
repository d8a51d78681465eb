# Every collection gc.callbacks sees, printed as "generation collected uncollectable"; the test
# compares these lines with the -X gclog lines of the same run.
import gc


def report(phase, info):
    if phase == 'stop':
        print('callback', info['generation'], info['collected'], info['uncollectable'])


gc.callbacks.append(report)


class Pair:
    pass


survivors = []
for i in range(4000):
    a = Pair()
    b = Pair()
    a.other = b
    b.other = a
    if i % 4 == 0:
        survivors.append(a)
print('manual', gc.collect())
del survivors
