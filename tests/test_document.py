from __future__ import annotations

import json

import jsonschema
import pytest

import unspin
from unspin.document import SCHEMA, Actor, Document, Span, json_schema, text_id
from unspin.errors import SchemaError

BOM_TEXT = "\ufeffKALININGRAD, May 9. /TASS/. “Nothing,” — said M. Petrenko.\n"


def hand_built() -> Document:
    doc = Document(BOM_TEXT, meta={"source": "x.txt", "published": "2021-05-09"})
    doc.add([
        Span(1, 28, "dateline", attrs={"place": "KALININGRAD", "date": "May 9", "date_iso": "2021-05-09",
                                         "wire": "TASS"}),
        Span(30, 37, "quote", "direct", 0.9, {"speaker": "a1", "speaker_span": [47, 58], "cue": [42, 46]}),
        Span(47, 58, "mention", attrs={"actor": "a1"}),
        Span(38, 58, "mt_signal", "quote_dash_attribution", 0.8),
    ])
    doc.labels.update(language="en", language_score=0.99, mt_score=0.8, mt_signals={"quote_dash_attribution": 1})
    doc.actors.append(Actor("a1", "M. Petrenko", "person", ["M. Petrenko"], "spokesman"))
    return doc


def test_id_is_sha256_of_utf8_text() -> None:
    assert Document("abc").id == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert text_id(BOM_TEXT) == Document(BOM_TEXT).id


def test_evidence_is_a_slice_of_the_untouched_text() -> None:
    doc = hand_built()
    assert doc.text[0] == "\ufeff"
    assert doc.evidence(doc.layer("dateline")[0]) == "KALININGRAD, May 9. /TASS/."
    assert doc.evidence(doc.layer("quote")[0]) == "Nothing"
    assert doc.evidence(doc.layer("mention")[0]) == "M. Petrenko"


def test_round_trip_is_exact() -> None:
    doc = hand_built()
    data = json.loads(doc.to_json())
    again = Document.from_dict(data)
    assert again.to_dict() == doc.to_dict()
    assert again.id == doc.id
    assert data["schema"] == SCHEMA == "unspin.document/1"


def test_json_form_has_the_contract_keys() -> None:
    data = hand_built().to_dict()
    assert list(data) == ["schema", "id", "text", "meta", "labels", "actors", "spans"]
    assert set(data["spans"][0]) == {"start", "end", "layer", "label", "score", "attrs"}
    assert set(data["actors"][0]) == {"id", "name", "kind", "variants", "role"}


def test_json_form_validates_against_the_shipped_schema() -> None:
    jsonschema.validate(hand_built().to_dict(), json_schema())


def test_schema_rejects_a_bad_dateline_date() -> None:
    data = hand_built().to_dict()
    data["spans"][0]["attrs"]["date_iso"] = "9 May"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())


def test_analyzed_document_validates_against_the_schema() -> None:
    doc = unspin.analyze("MOSCOW, May 3. /TASS/. Officials said nothing new.\n\nA second paragraph follows.")
    jsonschema.validate(doc.to_dict(), json_schema())
    assert Document.from_json(doc.to_json()).to_dict() == doc.to_dict()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(schema="unspin.document/0"), "unknown document schema"),
        (lambda d: d.update(id="0" * 64), "does not match"),
        (lambda d: d["spans"].append({"start": 5, "end": 999, "layer": "x"}), "outside the text"),
        (lambda d: d.pop("text"), "needs a 'text'"),
    ],
)
def test_from_dict_refuses_broken_documents(mutate, message) -> None:  # type: ignore[no-untyped-def]
    data = hand_built().to_dict()
    mutate(data)
    with pytest.raises(SchemaError, match=message):
        Document.from_dict(data)


def test_from_json_refuses_non_json() -> None:
    with pytest.raises(SchemaError, match="not JSON"):
        Document.from_json("{nope")


def test_add_refuses_spans_outside_the_text() -> None:
    doc = Document("short")
    with pytest.raises(SchemaError):
        doc.add([Span(3, 2, "sentence")])


def test_public_api_is_exactly_all() -> None:
    import inspect

    # Submodules become attributes of the package once imported; they are not part of the flat API.
    public = {name for name, value in vars(unspin).items()
              if not name.startswith("_") and not inspect.ismodule(value)}
    assert public == set(unspin.__all__) - {"__version__"}
    for name in unspin.__all__:
        assert hasattr(unspin, name), name
