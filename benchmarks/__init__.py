"""Benchmarks: figures and ratios, not tests. `make bench` runs them all and writes bench.json."""
