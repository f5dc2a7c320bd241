"""Benchmarks that report speed as ratios to a baseline measured in the same run."""
