"""The conclusions: from the engine's working memory to the ``Report`` a person reads.

``build`` turns working memory into a report, with ``escalation`` deciding what to do now and
``questions`` ranking what is worth checking next; ``results`` and ``report`` are the public
frozen types, ``serialize`` their JSON form, ``text`` their readable form. ``knowledge_base``
assembles the whole pipeline: load, check, compile, diagnose.
"""
