"""Merging parsed files into one knowledge base, then checking it as a whole.

Names defined twice (facts, sources, diagnoses, advisories, rule ids) and a missing or second
``policy`` are problems; the semantic checks of ``checks`` run on the merged result.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TypeVar

import attrs

from .._errors import Problem
from .checks import check, located
from .layers import bears_on, touching
from .model import (
    AdvisorySpec,
    DiagnosisSpec,
    FactSpec,
    KnowledgeBaseData,
    Policy,
    RuleSpec,
    SourceSpec,
)
from .parsing import FileContent
from .reader import advisories_of, diagnoses_of, facts_of, policy_of, rules_of, sources_of

_T = TypeVar("_T")


def assemble(
    contents: Iterable[FileContent],
    *,
    all_files_read: bool = True,
    builtin_files: Collection[str] = (),
) -> tuple[KnowledgeBaseData | None, list[Problem]]:
    """Merge files into one knowledge base; return it (when sound) and every problem found.

    When some file could not be read (``all_files_read=False``), a missing section is not
    reported: it is most likely in the file that failed. ``builtin_files`` names the built-in
    files among them (see ``checks.check``). Warnings alone leave the knowledge base usable: it
    is returned, with them in its ``warnings``.
    """
    problems: list[Problem] = []
    facts: dict[str, FactSpec] = {}
    sources: dict[str, SourceSpec] = {}
    diagnoses: dict[str, DiagnosisSpec] = {}
    advisories: dict[str, AdvisorySpec] = {}
    rules: list[RuleSpec] = []
    rule_ids: dict[str, str] = {}
    policy: Policy | None = None
    names: list[str] = []
    for content in contents:
        names.append(content.name)
        problems += _merge(facts, facts_of(content), "fact", content.name)
        problems += _merge(sources, sources_of(content), "source", content.name)
        problems += _merge(diagnoses, diagnoses_of(content), "diagnosis", content.name)
        problems += _merge(advisories, advisories_of(content), "advisory", content.name)
        file_policy = policy_of(content)
        if file_policy is not None:
            if policy is not None:
                problems.append(
                    Problem("a second `policy` section; only one is allowed", content.name)
                )
            policy = file_policy
        for rule in rules_of(content):
            if rule.id in rule_ids:
                problems.append(
                    located(rule, f"duplicate rule id (first defined in {rule_ids[rule.id]})")
                )
                continue
            rule_ids[rule.id] = rule.origin.file
            rules.append(rule)
    if policy is None:
        if all_files_read:
            problems.append(Problem("no `policy` section in any file of the knowledge base"))
        return None, problems
    kb = KnowledgeBaseData(
        facts=facts,
        sources=sources,
        diagnoses=diagnoses,
        advisories=advisories,
        policy=policy,
        rules=tuple(rules),
        files=tuple(names),
    )
    problems.extend(check(kb, builtin_files))
    if any(p.severity == "error" for p in problems):
        return None, problems
    indexed = attrs.evolve(
        kb,
        warnings=tuple(problems),
        bears_on=bears_on(kb.rules),
        touching=touching(kb.rules),
        rules_by_id={rule.id: rule for rule in kb.rules},
    )
    return indexed, problems


def _merge(
    target: dict[str, _T], items: Iterable[tuple[str, _T, int | None]], what: str, file: str
) -> list[Problem]:
    """Add named items to ``target``; a name already there is a problem."""
    problems = []
    for name, item, line in items:
        if name in target:
            problems.append(Problem(f"{what} {name!r} is defined twice", file, line))
        else:
            target[name] = item
    return problems
