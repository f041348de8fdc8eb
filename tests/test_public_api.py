"""The public surface is a flat namespace that changes only on purpose."""

import heatpump_expert


def test_all_is_pinned() -> None:
    """Adding or removing a public name must be a deliberate edit of this list."""
    assert heatpump_expert.__all__ == [
        "Action",
        "Advisory",
        "ConflictingObservationError",
        "Consultation",
        "Diagnosis",
        "EngineError",
        "Escalation",
        "EscalationLevel",
        "Evidence",
        "HeatpumpExpertError",
        "HeatpumpExpertWarning",
        "InputError",
        "InvalidValueError",
        "KnowledgeBase",
        "KnowledgeBaseError",
        "MissingExtraError",
        "Problem",
        "Question",
        "Report",
        "StopReason",
        "TraceStep",
        "UnknownFactError",
        "__version__",
        "check_knowledge_base",
        "diagnose",
        "diagnose_many",
        "load_knowledge_base",
        "parse_answer",
    ]


def test_all_is_sorted_and_importable() -> None:
    """Every listed name exists, and the list is sorted."""
    assert heatpump_expert.__all__ == sorted(heatpump_expert.__all__)
    for name in heatpump_expert.__all__:
        assert hasattr(heatpump_expert, name), name


def test_public_classes_live_in_private_modules() -> None:
    """Implementation stays in _underscore modules; the package only re-exports."""
    for name in heatpump_expert.__all__:
        obj = getattr(heatpump_expert, name)
        module = getattr(obj, "__module__", "heatpump_expert._x")
        assert module.startswith("heatpump_expert._"), (name, module)


def test_package_is_typed() -> None:
    """py.typed ships with the package so type checkers read our annotations."""
    from importlib import resources

    assert resources.files("heatpump_expert").joinpath("py.typed").is_file()


def test_escalation_level_is_an_ordered_string_enum() -> None:
    """Levels compare in the contract's order and equal their strings."""
    from heatpump_expert import EscalationLevel as L

    assert L.NONE < L.DIY < L.ROUTINE < L.PROMPT < L.EMERGENCY
    assert L.PROMPT == "prompt"
    assert max(L.DIY, L.EMERGENCY, L.ROUTINE) is L.EMERGENCY
    assert L.DIY < "routine" and L.EMERGENCY >= "prompt"  # by level, not alphabetically
