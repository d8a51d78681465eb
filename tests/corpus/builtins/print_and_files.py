import sys
print('a', 1, None, [1, 'x'], sep=', ', end=' |\n')
print(sep='x')
print('no newline', end='')
print(' then newline')
print('flushed', flush=True)
print('err', 'line', file=sys.stderr, sep='-')

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

s = Sink()
print('x', 2, 3.5, file=s, sep='+')
print(s.parts)
with open('/tmp/minipy_print_and_files.tmp', 'w') as f:
    print(f.closed, f.mode, f.name)
    n = f.write('first line\n')
    print(n)
    print('second', 'line', file=f)
    f.writelines(['third\n', 'fourth'])
print(f.closed)
with open('/tmp/minipy_print_and_files.tmp', 'a') as f:
    f.write('\nappended é\n')
with open('/tmp/minipy_print_and_files.tmp') as f:
    print(repr(f.read()))
f = open('/tmp/minipy_print_and_files.tmp')
print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
print(f.readlines())
f.close()
for line in open('/tmp/minipy_print_and_files.tmp'):
    print(repr(line))
with open('/tmp/minipy_print_and_files.tmp') as f:
    print(repr(f.read(5)), repr(f.read(0)), len(f.read()))
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
try:
    open('no_such_file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
except OSError as e:
    print('OSError', e)
print(format(255, 'x'), format(3.5), format('ab', '^6'), repr(format(12)))
