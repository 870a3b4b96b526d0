"""Hand-written vocabularies for the fake-prospect generator (plain Python constants).

Kept as constants rather than data files so that importing them costs no file I/O and they
travel with the package unchanged.
"""
