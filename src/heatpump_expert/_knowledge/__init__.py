"""The knowledge base as data: reading rule files, their schema, the typed model, the checks.

Data flows through the modules in this order: ``files`` finds and parses each file
(``yaml_reader``, then ``schema``); ``reader`` turns it into the types of ``model``; ``assemble``
merges the files; ``checks`` (with ``exclusive`` and ``layers``) checks the whole against itself.
``conditions`` is the registry of condition tests; ``levels`` holds the public ``EscalationLevel``.
``loading`` ties it together for a list of paths.
"""
