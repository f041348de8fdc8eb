"""The engine: experta, reached only through ``experta_shim``, and what runs on it.

``observations`` checks and converts what the caller observed (the engine's input);
``compiler`` turns a checked knowledge base into an experta engine class whose working memory
holds the facts of ``memory``, with certainties combined by ``certainty``; ``rete`` tunes each
engine's matcher; ``pool`` lends engines to threads one at a time.
"""
