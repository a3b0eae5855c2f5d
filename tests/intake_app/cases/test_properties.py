"""Random answers never break case creation: a case is saved whole, or nothing is."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.core.cases import new_case
from intake_app.core.errors import InvalidAnswersError
from intake_app.core.vault import Session

NAMES = ["requesting_country", "was_detained", "detentions", "request_types", "ev_notice", "x"]
json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(NAMES), inner),
    max_leaves=12,
)
answers_strategy = st.dictionaries(st.sampled_from(NAMES), json_values, max_size=5) | json_values


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(answers=answers_strategy)
def test_any_answers_are_saved_whole_or_refused_with_nothing_saved(
    session: Session, answers: Any
) -> None:
    form = session.forms.get("interpol_abuse")
    before = session.cases.count()
    try:
        created = new_case(session, form, answers)
    except InvalidAnswersError as exc:
        assert exc.issues
        assert all(isinstance(i.path, str) and i.message for i in exc.issues)
        assert session.cases.count() == before
        return
    stored = session.cases.get(created.case.id)
    assert stored.answers == created.case.answers
    assert session.cases.count() == before + 1
