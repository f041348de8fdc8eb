"""The knowledge base as data: reading rule files, their schema, the typed model, the checks.

Data flows through the modules in this order: ``files`` finds and parses each file
(``yaml_reader``, whose ``yaml_limits`` refuse what a rule file may not hold, then ``schema``);
``reader`` turns it into the types of ``model``; ``assemble`` merges the files; ``checks`` (with
``exclusive``, ``layers`` and the safety invariants of ``safety_checks``) checks the whole.
``conditions`` is the registry of condition tests; ``levels`` holds the public ``EscalationLevel``.
``loading`` ties it together for a list of paths.
"""
