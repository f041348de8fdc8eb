"""A call's engine holds only the rules its observed facts can fire, and reasons exactly as the
whole knowledge base would.

``Reach`` picks the part (``_engine.reach``); ``PlainRulesMatcher`` builds its network without
experta's rewriting of rules already in normal form (``_engine.network``). Both are proven here
against the whole engine: rule by rule, for a case that makes each rule fire, and over generated
observations. (``test_rete_tuning`` also holds every feature scenario to a stock experta engine
of all the rules.)
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heatpump_expert._engine.compiler import EngineFactory, compile_engine
from heatpump_expert._engine.experta_shim import prepare_rule
from heatpump_expert._engine.network import prepared
from heatpump_expert._engine.pool import EnginePool, PartPools
from heatpump_expert._engine.reach import Reach

from .kb_walk import CaseBuilder, Unsatisfiable
from .shared import KB

_WHOLE = compile_engine(KB.data)()
_FACTORY = EngineFactory(KB.data)
_REACH = Reach(KB.data)


def _memory(engine: Any, observations: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """The conclusions (working memory and noted), and every observed or derived value (an
    observation that none of a part's rules tests is kept among the values only)."""
    engine.start(observations)
    engine.run()
    facts = sorted(
        (type(fact).__name__, tuple(sorted(fact.as_dict().items())))
        for fact in engine.conclusions()
        if type(fact).__name__ != "Obs"
    )
    return [*facts, ("observed", tuple(sorted(engine.observed.items())))]


def _part_memory(observations: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
    return _memory(_FACTORY.engine_class(_REACH.rules_for_values(observations))(), observations)


def test_plain_rules_are_prepared_exactly_as_experta_prepares_them() -> None:
    """Every rule of the whole engine (knowledge-base rules and stages) comes out of the shortcut
    equal to experta's own preparation: the same patterns, function and salience."""
    rules = _WHOLE.get_rules()
    assert len(rules) > 800
    assert [r for r in rules if prepared(r) != prepare_rule(r)] == []


def test_every_rule_fires_in_its_part_as_in_the_whole() -> None:
    """For each active rule, a case built to make it fire ends with the same working memory in
    the part its facts select as in an engine holding every rule."""
    builder = CaseBuilder(KB)
    differing, built = [], 0
    for rule in builder.rules:
        try:
            case = KB.normalise(builder.case_for(rule))
        except (Unsatisfiable, ValueError):
            continue
        built += 1
        if rule.id not in _REACH.rules_for_values(case) or _part_memory(case) != _memory(
            _WHOLE, case
        ):
            differing.append(rule.id)
    assert differing == []
    assert built > 700


def test_a_part_shared_by_every_answer_to_a_fact_reasons_like_the_whole() -> None:
    """A consultation tries each answer to a question on one part, built without looking at the
    tried fact's value: for each rule's case and each fact it observes, that part ends like an
    engine holding every rule, and it holds the part of the value given."""
    builder = CaseBuilder(KB)
    differing, tried = [], 0
    for rule in builder.rules[::4]:
        try:
            case = KB.normalise(builder.case_for(rule))
        except (Unsatisfiable, ValueError):
            continue
        whole = _memory(_WHOLE, case)
        for fact in sorted(case):
            tried += 1
            shared = _REACH.rules_for_values(case, any_value=frozenset({fact}))
            if not _REACH.rules_for_values(case) <= shared or (
                _memory(_FACTORY.engine_class(shared)(), case) != whole
            ):
                differing.append((rule.id, fact))
    assert differing == []
    assert tried > 300


def _values(name: str) -> st.SearchStrategy[Any]:
    """Values of one fact, drawn from what the rules test it against and its own choices."""
    spec = KB.facts[name]
    tested = [
        c.operand
        for r in KB.data.rules
        for c in r.conditions
        if c.fact == name and isinstance(c.operand, str | bool | int | float)
    ]
    if spec.type == "number":
        low, high = spec.range or (-1000.0, 1000.0)
        numbers = [
            v
            for v in tested
            if isinstance(v, int | float) and not isinstance(v, bool) and low <= v <= high
        ]
        return st.sampled_from([*numbers, low, high]) | st.floats(low, high, allow_nan=False)
    if spec.type == "text":
        return st.sampled_from([v for v in tested if isinstance(v, str)] or ["sample"])
    return st.sampled_from(spec.choices)


_GIVEN = sorted(name for name, spec in KB.facts.items() if not spec.derived)


@st.composite
def _observations(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(st.sampled_from(_GIVEN), min_size=0, max_size=8, unique=True))
    return {name: draw(_values(name)) for name in names}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_observations())
def test_generated_observations_reason_alike_in_the_part_and_the_whole(
    observations: dict[str, Any],
) -> None:
    """Whatever facts are observed, with whatever values, the part reaches exactly the whole's
    working memory."""
    case = KB.normalise(observations)
    assert _part_memory(case) == _memory(_WHOLE, case)


def test_the_part_grows_with_the_facts_and_values_do_not_matter() -> None:
    """More facts can only add rules; the same facts with other values select the same part."""
    cool = _REACH.rules_for({"mode": "cool"})
    cool_and_ice = _REACH.rules_for({"mode": "cool", "outdoor_ice": "heavy_ice"})
    assert cool < cool_and_ice
    assert _REACH.rules_for(KB.normalise({"mode": "heat"})) == cool
    assert len(_REACH.rules_for(())) < len(cool)


def test_a_value_that_contradicts_a_condition_leaves_its_rule_out() -> None:
    """With the values looked at, a rule whose test on an observed fact fails (or that needs the
    fact unknown) is left out: it could never fire on these observations."""
    cool = KB.normalise({"mode": "heat", "reduced_cooling": True, "outdoor_temp_f": 95})
    by_values = _REACH.rules_for_values(cool)
    assert by_values < _REACH.rules_for(cool)
    left_out = _REACH.rules_for(cool) - by_values
    for rule_id in left_out:
        conditions = KB.data.rules_by_id[rule_id].conditions
        assert any(
            c.fact in cool and (c.tests_absence or (c.reads_value and not c.holds(cool[c.fact])))
            for c in conditions
        ), rule_id


def test_a_pool_keeps_only_a_few_free_engines() -> None:
    """A burst of borrowers builds what it needs; afterwards at most ``keep`` engines are held."""
    pool = EnginePool(_FACTORY.engine_class(frozenset()), keep=2)
    borrowed = [pool.acquire() for _ in range(6)]
    assert len({id(e) for e in borrowed}) == 6
    for engine in borrowed:
        pool.release(engine)
    assert pool.free == 2
    assert pool.acquire() is borrowed[1]  # the most recently returned of those kept


def test_parts_are_bounded_and_the_least_recent_goes_first() -> None:
    """Only the most recently used parts keep their compiled engines."""
    compiled: list[frozenset[str]] = []

    def compile_part(part: frozenset[str]) -> type[Any]:
        compiled.append(part)
        return _FACTORY.engine_class(part)

    parts = PartPools(compile_part, parts=2)
    a: frozenset[str] = frozenset()
    b, c = frozenset({"airflow.dirty_filter"}), frozenset({"x"})
    first = parts.pool(a)
    parts.pool(b)
    assert parts.pool(a) is first
    parts.pool(c)  # b is the least recent: it goes
    assert len(parts) == 2
    parts.pool(b)
    assert compiled == [a, b, c, b]


def test_equality_tests_compiled_as_literals_hold_exactly_where_the_condition_holds() -> None:
    """An ``equals`` condition on a word or a true/false is compiled to an experta literal (shared
    between rules and routed); on every value the fact can take it agrees with the condition."""
    disagreeing = []
    for rule in KB.data.rules:
        for condition in rule.conditions:
            operand = condition.operand
            if condition.test != "equals" or not isinstance(operand, str | bool):
                continue
            spec = KB.facts[condition.fact or ""]
            values = [*spec.choices, operand] if spec.type != "text" else [operand, "other"]
            given = (v if spec.derived else KB.normalise({spec.name: v})[spec.name] for v in values)
            for value in given:
                if condition.holds(value) != (value == operand):
                    disagreeing.append((rule.id, spec.name, value))
    assert disagreeing == []
