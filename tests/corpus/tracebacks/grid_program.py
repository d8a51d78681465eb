# A grid game: __slots__, properties with setters, sets of hashable points, BFS with deque, and a final error.
from collections import deque

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
    def __iter__(self):
        yield self.x
        yield self.y

DIRS = {"N": Point(0, -1), "S": Point(0, 1), "E": Point(1, 0), "W": Point(-1, 0)}

class Grid:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self._walls = {Point(x, y) for y, r in enumerate(rows) for x, c in enumerate(r) if c == "#"}

    @property
    def size(self):
        return len(self.rows[0]), len(self.rows)

    @property
    def walls(self):
        return frozenset(self._walls)

    @walls.setter
    def walls(self, value):
        self._walls = set(value)

    def inside(self, p):
        w, h = self.size
        return 0 <= p.x < w and 0 <= p.y < h

    def find(self, ch):
        for y, row in enumerate(self.rows):
            for x, c in enumerate(row):
                if c == ch:
                    return Point(x, y)
        raise LookupError(f"no {ch!r} on the grid")

    def shortest(self, start, goal):
        seen = {start: None}
        queue = deque([start])
        while queue:
            p = queue.popleft()
            if p == goal:
                break
            for name, d in sorted(DIRS.items()):
                q = p + d
                if self.inside(q) and q not in self._walls and q not in seen:
                    seen[q] = (p, name)
                    queue.append(q)
        else:
            return None
        path = []
        while seen[p] is not None:
            p, name = seen[p]
            path.append(name)
        return "".join(reversed(path))

maze = Grid([
    "S..#....",
    ".#.#.##.",
    ".#...#..",
    ".####.#.",
    "......#G",
])
s, g = maze.find("S"), maze.find("G")
print(s, g, maze.size, len(maze.walls), Point(1, 1) in maze.walls, tuple(g))
route = maze.shortest(s, g)
print(route, len(route))
maze.walls = maze.walls | {Point(7, 3)}
print(maze.shortest(s, g))
x, y = Point(3, 4)
print(x * y, {Point(1, 2), Point(1, 2), Point(2, 1)} == {Point(2, 1), Point(1, 2)})
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    maze.size = (1, 1)
except AttributeError as e:
    print("AttributeError:", e)
counts = {}
for ch in "".join("".join(r) for r in maze.rows):
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("%(name)s is %(age)d" % {"name": "grid", "age": 3}, "{a}-{b}".format_map({"a": 1, "b": 2}))

def finder():
    try:
        return "try"
    finally:
        print("finally runs")

print(finder())
print(maze.find("X"))
