"""Benchmarks and the deterministic fake-prospect generator (`bench.generate`).

Kept free of imports so that the app can import `bench.generate` for its demo workspace cheaply.
"""
