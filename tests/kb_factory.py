"""Small, self-contained knowledge bases for testing the engine apart from the real knowledge."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from heatpump_expert import KnowledgeBase, load_knowledge_base

BASE: dict[str, Any] = {
    "schema_version": 1,
    "facts": {
        "mode": {
            "type": "enum", "values": ["heat", "cool", "off"], "group": "context",
            "access": "anyone", "question": "Which mode?", "description": "Thermostat mode.",
        },
        "noisy": {
            "type": "bool", "group": "symptoms", "access": "anyone",
            "question": "Is it noisy?", "description": "Makes noise.",
        },
        "dirty": {
            "type": "bool", "group": "visible", "access": "anyone",
            "question": "Is it dirty?", "description": "Looks dirty.",
        },
        "capacitor_bulged": {
            "type": "bool", "group": "visible", "access": "open_unit",
            "question": "Is the capacitor bulged?", "description": "Bulged capacitor.",
        },
        "outdoor_temp_f": {
            "type": "number", "unit": "degF", "range": [-60, 140], "group": "context",
            "access": "anyone", "question": "Outdoor temperature (°F)?", "description": "Outdoors.",
        },
        "pressure_psi": {
            "type": "number", "unit": "psi", "range": [0, 100], "group": "water_side",
            "access": "anyone", "question": "Pressure (psi)?", "description": "Pressure.",
        },
        "return_air_temp_f": {
            "type": "number", "unit": "degF", "group": "measurements", "access": "anyone",
            "question": "Return air (°F)?", "description": "Return air.",
        },
        "supply_air_temp_f": {
            "type": "number", "unit": "degF", "group": "measurements", "access": "anyone",
            "question": "Supply air (°F)?", "description": "Supply air.",
        },
        "split_f": {
            "type": "number", "unit": "degF", "derived": True,
            "derived_from": ["return_air_temp_f", "supply_air_temp_f"], "group": "derived",
            "access": "anyone", "question": "Split?", "description": "Return minus supply.",
        },
        "diy_comfortable": {
            "type": "bool", "group": "context", "access": "anyone",
            "question": "Comfortable?", "description": "Owner is comfortable.",
        },
    },
    "sources": {
        "S1": {"tier": "A", "title": "A manual"},
        "S2": {"tier": "C", "title": "A blog"},
        "editorial": {"tier": "editorial", "title": "Inference"},
    },
    "advisories": {
        "power_off": {"severity": "warning", "text": "Power off first.", "sources": ["S1"]},
        "certified": {"severity": "warning", "text": "Certified only.", "sources": ["S1"]},
        "shock": {"severity": "danger", "text": "Shock hazard.", "sources": ["S1"]},
        "note": {"severity": "info", "text": "A note.", "sources": ["S1"]},
    },
    "diagnoses": {
        "dirt": {
            "title": "Dirt", "kind": "fault", "subsystem": "airflow", "refrigerant_side": False,
            "description": "Dirt.", "escalation": "diy", "if_unresolved": "routine", "who": "tech",
            "actions": [{"text": "Clean it.", "who": "owner", "power_off": True}],
            "advisories": [], "sources": ["S1"],
        },
        "leak": {
            "title": "Leak", "kind": "fault", "subsystem": "refrigerant", "refrigerant_side": True,
            "description": "Leak.", "escalation": "routine", "who": "certified tech",
            "actions": [{"text": "Find the leak.", "who": "professional", "power_off": False}],
            "advisories": [], "sources": ["S1"],
        },
        "fine": {
            "title": "Fine", "kind": "normal", "subsystem": "normal", "refrigerant_side": False,
            "description": "Normal.", "escalation": "none",
            "actions": [{"text": "Nothing to do.", "who": "owner", "power_off": False}],
            "advisories": ["note"], "sources": ["S1"],
        },
    },
    "policy": {
        "certainty_floor": 0.2, "leading_margin": 0.15,
        "tier_weights": {"A": 1.0, "B": 0.9, "C": 0.8, "unrated": 0.7, "editorial": 0.7},
        "power_off_advisory": "power_off", "refrigerant_advisory": "certified",
        "refrigerant_min_escalation": "routine",
        "unsure_owner": {"fact": "diy_comfortable", "equals": False, "min_escalation": "routine",
                         "reason": "Owner unsure."},
    },
}  # fmt: skip


def rule(
    rule_id: str, when: list[dict[str, Any]], then: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    return {"id": rule_id, "title": rule_id, "status": "active", "when": when, "then": then,
            "sources": extra.pop("sources", ["S1"]), **extra}  # fmt: skip


def write_kb(tmp_path: Path, rules: list[dict[str, Any]], **changes: Any) -> Path:
    """Write BASE (with ``changes`` merged into its sections) and a rule file; return the folder."""
    base = copy.deepcopy(BASE)
    for section, value in changes.items():
        base[section] = value if not isinstance(value, dict) else {**base.get(section, {}), **value}
    folder = tmp_path / "kb"
    folder.mkdir(exist_ok=True)
    (folder / "base.yaml").write_text(yaml.safe_dump(base, sort_keys=False), encoding="utf-8")
    rules_doc = {"schema_version": 1, "subsystem": "t", "rules": rules}
    (folder / "rules.yaml").write_text(yaml.safe_dump(rules_doc, sort_keys=False), encoding="utf-8")
    return folder


def make_kb(tmp_path: Path, rules: list[dict[str, Any]], **changes: Any) -> KnowledgeBase:
    return load_knowledge_base(write_kb(tmp_path, rules, **changes))
