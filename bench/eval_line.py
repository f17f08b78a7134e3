#!/usr/bin/env python3
"""Formats one `roundup eval --format json` result as a line comparable with peers.py's output."""
import json
import sys

r = json.load(sys.stdin)
f = lambda k: 100 * r[k]["f"]
rate = r.get("clusters_per_second") or 0.0
print(f"roundup {r['method']:<9} n={r['clusters']} R1={f('rouge1'):.2f} R2={f('rouge2'):.2f} "
      f"RL={f('rougeL'):.2f} RLsum={f('rougeLsum'):.2f} ({rate:.0f} clusters/s)")
