# lists: build a list of maps, filter it, sum a field; count words in a map.
def main():
    rows = [{"id": i, "score": i * 7 % 100, "group": f"g{i % 10}"} for i in range(200000)]
    high = [r for r in rows if r["score"] >= 50]
    total = sum(r["score"] for r in high)
    picked = 0
    for r in rows:
        if r["group"] == "g3" and r["score"] > 90:
            picked = picked + 1
    words = [f"w{i * 7919 % 5003 % 1000}" for i in range(300000)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print(f"{len(high)} {total} {picked} {len(counts)} {counts['w7']}")

main()
