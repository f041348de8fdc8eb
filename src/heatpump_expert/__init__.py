"""heatpump_expert: troubleshoot residential heat pumps the way a careful technician would.

>>> from heatpump_expert import diagnose
>>> report = diagnose(mode="cool", reduced_cooling=True, visible_debris="leaves")
>>> report.diagnoses[0].code
'blocked_outdoor_airflow'
"""

from ._api import diagnose
from ._consultation import Consultation
from ._errors import (
    ConflictingObservationError,
    EngineError,
    HeatpumpExpertError,
    HeatpumpExpertWarning,
    InputError,
    InvalidValueError,
    KnowledgeBaseError,
    Problem,
    UnknownFactError,
)
from ._knowledge_base import KnowledgeBase, check_knowledge_base, load_knowledge_base
from ._model import EscalationLevel
from ._report import (
    Action,
    Advisory,
    Diagnosis,
    Escalation,
    Evidence,
    Question,
    Report,
    TraceStep,
)

__version__ = "0.1.0"

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
    "Problem",
    "Question",
    "Report",
    "TraceStep",
    "UnknownFactError",
    "__version__",
    "check_knowledge_base",
    "diagnose",
    "load_knowledge_base",
]
