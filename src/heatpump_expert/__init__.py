"""heatpump_expert: troubleshoot residential heat pumps the way a careful technician would.

>>> from heatpump_expert import diagnose
>>> report = diagnose(mode="cool", reduced_cooling=True, visible_debris="leaves")
>>> report.diagnoses[0].code
'blocked_outdoor_airflow'
"""

from ._conclusions.knowledge_base import KnowledgeBase, diagnose, load_knowledge_base
from ._conclusions.report import Report
from ._conclusions.results import (
    Action,
    Advisory,
    Diagnosis,
    Escalation,
    Evidence,
    Question,
    TraceStep,
)
from ._consultation.session import Consultation
from ._consultation.stopping import StopReason
from ._errors import (
    ConflictingObservationError,
    EngineError,
    HeatpumpExpertError,
    HeatpumpExpertWarning,
    InputError,
    InvalidValueError,
    KnowledgeBaseError,
    MissingExtraError,
    Problem,
    UnknownFactError,
)
from ._interfaces.answers import parse_answer
from ._interfaces.batch import diagnose_many
from ._knowledge.levels import EscalationLevel
from ._knowledge.loading import check_knowledge_base
from ._version import __version__

__all__ = [
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
