"""The interfaces people and programs use: the command line (``cli``), its interactive
consultation (``consult_terminal``) and the knowledge-base reference writer (``kb_docs``).

The HTTP server, batch runs and the Dask integration belong here too, one module each.
"""
