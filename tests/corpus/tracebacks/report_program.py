# A sales report: parsing CSV-ish text, aggregation with dicts, sorting, and table formatting.
data = """region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,widget,20,2.45
south,widget,0,2.50
east,doohickey,1,99.99
north,widget,5,2.50
"""

rows = []
header, *lines = data.strip().split("\n")
cols = header.split(",")
for line in lines:
    rec = dict(zip(cols, line.split(",")))
    rec["units"] = int(rec["units"])
    rec["price"] = float(rec["price"])
    rows.append(rec)

totals = {}
for r in rows:
    key = (r["region"], r["product"])
    totals[key] = totals.get(key, 0) + r["units"] * r["price"]

by_region = {}
for (region, product), amount in totals.items():
    by_region.setdefault(region, []).append((product, amount))

width = max(len(p) for _, p in totals) + 2
print(f"{'region':<8}{'product':<{width}}{'amount':>10}")
print("-" * (8 + width + 10))
for region in sorted(by_region):
    for product, amount in sorted(by_region[region], key=lambda pa: -pa[1]):
        print(f"{region:<8}{product:<{width}}{amount:>10.2f}")
    subtotal = sum(a for _, a in by_region[region])
    print(f"{'':<8}{'subtotal':<{width}}{subtotal:>10,.2f}")
grand = sum(totals.values())
print(f"{'TOTAL':<{8 + width}}{grand:>10.2f}", f"{grand:.3e}", f"{grand:_.1f}", f"{int(grand):,}")
best = max(totals, key=totals.get)
print("best:", "/".join(best), round(totals[best], 1), round(totals[best]), round(-2.5), round(3.5), round(0.125, 2))
zero = [r["product"] for r in rows if not r["units"]]
print("no sales:", zero, len(rows), sum(r["units"] for r in rows))
table = str.maketrans("aeiou", "AEIOU")
print("widget gadget".translate(table), "Region".ljust(10, ".") + "|", "7".zfill(3), "-7".zfill(4), "%5.1f%%" % 12.345)
b = "naïve café".encode("utf-8")
print(b, len(b), b.decode("utf-8").upper(), b[:5], list(b[:3]), bytes([65, 66]) + b"!", b.hex()[:10])
print((1234).to_bytes(2, "big"), int.from_bytes(b"\x04\xd2", "big"), bin(1234), oct(8), f"{1234:08b}", f"{-1234:x}")
print(sorted(["banana", "Apple", "cherry"], key=str.lower), sorted("bca"), "".join(sorted({"b": 1, "a": 2})))
print(list(enumerate("abc", start=1)), dict(enumerate("ab")), list(zip("ab", range(5))), list(reversed(range(3))))
nums = [4, 8, 15, 16, 23, 42]
mean = sum(nums) / len(nums)
var = sum((n - mean) ** 2 for n in nums) / (len(nums) - 1)
print(f"mean={mean:.4f} var={var:.4f} sd={var ** 0.5:.4f}", min(nums), max(nums), sorted(nums)[len(nums) // 2])
print(rows[0]["unknown"])
