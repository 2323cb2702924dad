"""Benchmarks (`make bench`): timings as figures with min/median/max, or ratios to baselines."""
