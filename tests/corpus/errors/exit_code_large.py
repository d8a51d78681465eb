import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit(42)
