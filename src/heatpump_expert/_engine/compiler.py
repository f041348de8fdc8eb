"""Compiling a checked knowledge base onto an experta ``KnowledgeEngine`` class.

Working memory holds the facts of ``memory`` that some rule matches: the observations the
engine's rules test, ``Pending`` layers, and the ``Held`` diagnoses that one of its rules tests.
What no rule of the engine matches (``Fired``, ``Support``, ``Advice``, the other ``Held``) is
noted beside it rather than declared, and an observation that none of the engine's rules tests
is kept only among its observed values. Stages follow salience, from high to low: each layer of
knowledge-base rules (see ``_knowledge.layers``) is followed by an aggregation step that combines
the layer's evidence into ``Held`` facts, once (a layer is declared pending once). When the run
ends, the catalogue gives the advisories of the held diagnoses (and the power-off advice when one
of their steps needs the unit open), read from what was observed and derived by then. Within a
stage the order of activations does not change the result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .._knowledge.layers import conclusion_layers, rule_layers
from .._knowledge.model import Condition, Derivation, KnowledgeBaseData, RuleSpec
from .agenda import DepthOrder
from .certainty import combine
from .experta_shim import (
    NOT,
    Agenda,
    DepthStrategy,
    FactList,
    KnowledgeEngine,
    L,
    P,
    ReteMatcher,
    Rule,
)
from .memory import Advice, Fired, Held, Noted, Obs, Pending, Support
from .network import PlainRulesMatcher
from .rete import tune_matcher

_TOP = 100_000


def rule_salience(layer: int) -> int:
    return _TOP - 10 * layer


def settle_salience(layer: int) -> int:
    return rule_salience(layer) - 5


def compile_engine(kb: KnowledgeBaseData, *, tuned: bool = True) -> type[Any]:
    """Build the experta engine class for every rule of ``kb``.

    ``tuned=False`` keeps experta's own matcher and network building (see ``rete`` and
    ``network``): the same results, slower; the tests use it to prove that tuning changes nothing.
    """
    return EngineFactory(kb).engine_class(None, tuned=tuned)


class EngineFactory:
    """Compiles engine classes for a knowledge base: for all its rules, or for a part of them.

    What every part shares (each rule's layer and weights, the stages after the rules) is worked
    out once. A part keeps the salience its rules have in the whole, so an engine holding the
    rules a call can fire (see ``reach``) reasons exactly as the whole would.
    """

    def __init__(self, kb: KnowledgeBaseData) -> None:
        self._kb = kb
        self._layers = rule_layers(kb.rules)
        self._settled_at = conclusion_layers(kb.rules, self._layers)
        self._weights = {rule.id: rule_weight(kb, rule) for rule in kb.rules}
        self._active = sorted((r for r in kb.rules if r.active), key=lambda r: r.id)
        stages: dict[str, Any] = {}
        diagnosis_layers = {v for k, v in self._settled_at.items() if k.startswith("diagnosis:")}
        for layer in sorted(diagnosis_layers):
            stages[f"_settle_layer_{layer}"] = _settle_rule(layer, kb.policy.certainty_floor)
        self._stages = stages
        self._catalogue = _catalogue(kb)
        self._reads = {rule.id: _facts_read(rule) for rule in self._active}
        self._holds_read = {rule.id: _diagnoses_read(rule) for rule in self._active}
        self._rules: dict[str, Any] = {}
        #: Each pattern's alpha checks, shared by the networks of every part (see ``network``).
        self._pattern_checks: dict[Any, tuple[Any, ...]] = {}

    def _compiled(self, rule: RuleSpec) -> Any:
        """The experta rule for ``rule``, compiled once and shared by every part that holds it
        (each engine's network is built from its own copies)."""
        found = self._rules.get(rule.id)
        if found is None:  # two threads may both compile it: equal rules, either will do
            found = self._rules.setdefault(
                rule.id, _compile_rule(rule, self._layers[rule.id], self._settled_at)
            )
        return found

    def engine_class(self, rule_ids: frozenset[str] | None, *, tuned: bool = True) -> type[Any]:
        """The engine class holding the rules ``rule_ids`` (all active rules for None)."""
        members: dict[str, Any] = {}
        reads: set[str] = set()
        holds_read: set[str] = set()
        for rule in self._active:
            if rule_ids is None or rule.id in rule_ids:
                members[_member_name(rule.id)] = self._compiled(rule)
                reads |= self._reads[rule.id]
                holds_read |= self._holds_read[rule.id]
        members.update(self._stages)
        members["reads"] = frozenset(reads)
        members["holds_read"] = frozenset(holds_read)
        members["catalogue"] = staticmethod(self._catalogue)
        members["pattern_checks"] = self._pattern_checks
        members["kb_weights"] = self._weights
        members["tuned"] = tuned
        if not tuned:
            members["__matcher__"] = ReteMatcher
            members["__strategy__"] = DepthStrategy
        return type("CompiledKnowledgeEngine", (ReasoningEngine,), members)


def rule_weight(kb: KnowledgeBaseData, rule: RuleSpec) -> tuple[float, float]:
    """A rule's weights (for, against): its best-tier source's (A above B above C above
    editorial); evidence for a cause that rests on a general complaint alone also counts only
    the policy's ``general_weight`` of it (evidence against keeps its full weight)."""
    weights = kb.policy.tier_weights
    tier = max((weights[kb.sources[s].tier] for s in rule.sources), default=weights["editorial"])
    general = kb.policy.general_weight if only_general_evidence(kb, rule) else 1.0
    return tier * general, tier


def only_general_evidence(kb: KnowledgeBaseData, rule: RuleSpec) -> bool:
    """Whether the rule's evidence is only general complaints (reduced cooling, short cycling...)
    beside context (mode, season, system): no deciding observation, measurement or finding."""
    general = set(kb.policy.general_symptoms)
    evidence = [
        c
        for c in rule.conditions
        if c.diagnosis is not None or (c.reads_value and kb.facts[c.fact or ""].group != "context")
    ]
    return bool(evidence) and all(c.fact in general for c in evidence)


class ReasoningEngine(KnowledgeEngine):  # type: ignore[misc]
    """The base of every compiled engine: how observations enter working memory."""

    __matcher__ = PlainRulesMatcher
    __strategy__ = DepthOrder

    kb_weights: dict[str, tuple[float, float]]
    #: The facts this engine's rules test: the only observations declared into working memory.
    reads: frozenset[str] = frozenset()
    #: The diagnoses this engine's rules test: the only ``Held`` facts declared.
    holds_read: frozenset[str] = frozenset()
    #: The advisories the held diagnoses bring, given what was observed (see ``_catalogue``).
    catalogue: Callable[[Any], list[Any]]
    tuned: bool = True

    def __init__(self) -> None:
        super().__init__()
        if self.tuned:
            tune_matcher(self)
        self.observed: dict[str, object] = {}
        self.noted: dict[tuple[Any, ...], Any] = {}
        self.pending: set[int] = set()

    def reset(self, **kwargs: Any) -> None:
        """experta's reset (a new agenda and fact list, the matcher reset, the deffacts'
        facts declared), without looking up each deffact's signature again on every call: with
        no keyword arguments every deffact is called without any, whatever its signature."""
        if kwargs or not self.tuned:
            super().reset(**kwargs)
            return
        self.agenda = Agenda()
        self.facts = FactList()
        self.matcher.reset()
        facts = [fact for deffacts in self.get_deffacts() for fact in deffacts()]
        self._KnowledgeEngine__declare(*facts)
        self.running = False

    def _get_by_type(self, wanted_type: type) -> Iterator[Any]:
        """experta's lookup of the engine's rules (or deffacts), bound to this engine as experta
        binds them, in experta's order (by name); the names are found once per engine class,
        not by ``inspect.getmembers`` walking every attribute of every engine built."""
        for name in _members_of(type(self), wanted_type):
            found = getattr(self, name)
            found.ke = self
            yield found

    def note(self, fact: Any) -> None:
        """Record a conclusion that no rule matches (a firing, an advisory) beside working memory.

        Declaring it would send it through the whole network for nothing; like a declared fact,
        the same conclusion recorded twice is kept once.
        """
        self.noted.setdefault(_noted_key(fact), fact)

    def hold(self, held: Any) -> None:
        """A diagnosis held: declared when one of the engine's rules tests it, noted otherwise."""
        if held["code"] in self.holds_read:
            self.declare(held)
        else:
            self.note(held)

    def conclusions(self) -> list[Any]:
        """Working memory, the noted conclusions and the catalogue's advice, at the end of a run."""
        noted = {**self.noted}
        for advice in self.catalogue(self):
            noted.setdefault(_noted_key(advice), advice)
        return [*self.facts.values(), *noted.values()]

    def start(self, observations: dict[str, object]) -> None:
        """Clear working memory and declare the observations at once, in a fixed order."""
        self.reset()
        self.noted = {}
        self.pending = set()
        self.observed = dict(sorted(observations.items()))
        tested = [Obs(name=n, value=v) for n, v in self.observed.items() if n in self.reads]
        if tested:
            self.declare(*tested)

    def declare_observation(self, name: str, value: object) -> None:
        if name in self.observed:  # a second derivation of one fact keeps the first
            return
        self.observed[name] = value
        if name in self.reads:
            self.declare(Obs(name=name, value=value))

    def support(self, evidence: Any) -> None:
        """Note one rule's evidence; its layer is declared pending, to be settled once."""
        self.note(evidence)
        layer = evidence["layer"]
        if layer not in self.pending:
            self.pending.add(layer)
            self.declare(Pending(layer=layer))

    def derive_value(self, derivation: Derivation) -> object:
        if derivation.difference is None:
            return derivation.value
        first, second = derivation.difference
        return round(float(self.observed[first]) - float(self.observed[second]), 2)  # type: ignore[arg-type]


def _members_of(cls: type, wanted_type: type) -> tuple[str, ...]:
    """The names of the class's members of ``wanted_type`` (its own or inherited), sorted."""
    known: dict[type, tuple[str, ...]] | None = cls.__dict__.get("_members_by_type")
    if known is None:
        known = {}
        cls._members_by_type = known  # type: ignore[attr-defined]
    names = known.get(wanted_type)
    if names is None:
        found: dict[str, bool] = {}
        for klass in cls.__mro__:
            for name, value in vars(klass).items():
                found.setdefault(name, isinstance(value, wanted_type))
        names = known[wanted_type] = tuple(sorted(n for n, wanted in found.items() if wanted))
    return names


def _noted_key(fact: Any) -> tuple[Any, ...]:
    return (
        type(fact).__name__,
        *sorted(fact.items() if isinstance(fact, Noted) else fact.as_dict().items()),
    )


def _member_name(rule_id: str) -> str:
    return "kb__" + rule_id.replace(".", "__")


def _facts_read(rule: RuleSpec) -> frozenset[str]:
    """Every fact a rule's patterns test, its absence included."""
    tested = {c.fact for c in rule.conditions if c.fact is not None}
    return frozenset(tested | {name for d in rule.derive for name in d.difference or ()})


def _diagnoses_read(rule: RuleSpec) -> frozenset[str]:
    """Every diagnosis a rule's patterns test, present or absent."""
    return frozenset(c.diagnosis for c in rule.conditions if c.diagnosis is not None)


def _patterns(rule: RuleSpec) -> Iterator[Any]:
    for condition in rule.conditions:
        yield _pattern(condition)
    for derivation in rule.derive:  # a difference needs both operands known
        for name in derivation.difference or ():
            yield Obs(name=L(name))


def _pattern(condition: Condition) -> Any:
    if condition.diagnosis is not None:
        held = Held(code=L(condition.diagnosis))
        return held if condition.present else NOT(held)
    if not condition.reads_value:  # known / unknown: whether the fact is in working memory
        present = Obs(name=L(condition.fact))
        return NOT(present) if condition.tests_absence else present
    if condition.test == "equals" and isinstance(condition.operand, str | bool):
        # A literal: experta shares it between rules, and the tuned matcher routes on it.
        return Obs(name=L(condition.fact), value=L(condition.operand))
    return Obs(name=L(condition.fact), value=P(_predicate(condition)))


def _predicate(condition: Condition) -> Callable[[object], bool]:
    # experta's alpha network may run a value test on any Obs before it checks the name, so the
    # test must answer False (never raise) for a value of another fact's type.
    def test(value: object) -> bool:
        try:
            return condition.holds(value)
        except (TypeError, ValueError):
            return False

    return test


def _compile_rule(rule: RuleSpec, layer: int, settled_at: dict[str, int]) -> Any:
    supports = [(d.code, d.certainty, settled_at[f"diagnosis:{d.code}"]) for d in rule.diagnoses]

    def fire(engine: Any) -> None:
        engine.note(Fired(rule=rule.id, layer=layer))
        for code, certainty, settle_layer in supports:
            weight_for, weight_against = engine.kb_weights[rule.id]
            weighted = round(certainty * (weight_for if certainty > 0 else weight_against), 6)
            engine.support(Support(code=code, rule=rule.id, certainty=weighted, layer=settle_layer))
        for code in rule.advisories:
            engine.note(Advice(code=code, origin=rule.id))
        for derivation in rule.derive:
            engine.declare_observation(derivation.fact, engine.derive_value(derivation))

    fire.__name__ = _member_name(rule.id)
    return Rule(*_patterns(rule), salience=rule_salience(layer))(fire)


def _settle_rule(layer: int, floor: float) -> Any:
    def settle(engine: Any) -> None:
        evidence: dict[str, list[float]] = {}
        for fact in list(engine.noted.values()):
            if isinstance(fact, Support) and fact["layer"] == layer:
                evidence.setdefault(fact["code"], []).append(fact["certainty"])
        for code in sorted(evidence):
            certainty = combine(evidence[code])
            if certainty >= floor:
                engine.hold(Held(code=code, certainty=certainty))

    settle.__name__ = f"settle_layer_{layer}"
    # A layer is declared pending once (see ``ReasoningEngine.support``), so this fires once.
    return Rule(Pending(layer=layer), salience=settle_salience(layer))(settle)


def _catalogue(kb: KnowledgeBaseData) -> Callable[[Any], list[Any]]:
    refrigerant_advisory = kb.policy.refrigerant_advisory
    power_off_advisory = kb.policy.power_off_advisory

    def catalogue(engine: Any) -> list[Any]:
        """The advice of every held diagnosis, given what was observed and derived."""
        advice: list[Any] = []
        held = [f for f in (*engine.facts.values(), *engine.noted.values()) if isinstance(f, Held)]
        for code in sorted(f["code"] for f in held):
            spec = kb.diagnoses[code]
            # A step withheld here needs no power-off advice.
            if any(a.power_off and a.applies(engine.observed) for a in spec.actions):
                advice.append(Advice(code=power_off_advisory, origin=code))
            advice.extend(Advice(code=advisory, origin=code) for advisory in spec.advisories)
            if spec.refrigerant_side:
                advice.append(Advice(code=refrigerant_advisory, origin=code))
        return advice

    return catalogue
