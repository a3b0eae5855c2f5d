"""PDFs and office documents: document properties are reported and removed, content kept."""

from __future__ import annotations

import io
import zipfile

from pypdf import PdfReader, PdfWriter

from intake_app.core.evidence import CleanWarning, MetadataKind
from tests.intake_app.evidence import samples
from tests.intake_app.evidence.helpers import attach, summaries


def unzipped(data: bytes) -> bytes:
    """Every entry of a zip, decompressed and concatenated, to search for canaries."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def test_pdf_info_and_xmp_are_reported() -> None:
    evidence, _ = attach(samples.pdf(), "statement.pdf")
    assert evidence.media_type == "application/pdf"
    found = summaries(evidence)
    assert {"author name", "software used", "XMP metadata block"} <= found
    assert "location (GPS coordinates)" in found  # from the XMP packet
    assert "custom document property" in found


def test_pdf_metadata_is_absent_from_the_stored_bytes_and_pages_kept() -> None:
    original = samples.pdf()
    evidence, stored = attach(original)
    assert evidence.removed and evidence.warning is None
    assert samples.CANARY in original and samples.CANARY not in stored
    reader = PdfReader(io.BytesIO(stored))
    assert len(reader.pages) == 2
    assert reader.metadata is None or "/Author" not in reader.metadata
    assert "/Metadata" not in reader.root_object


def test_pdf_earlier_revisions_from_incremental_updates_are_dropped() -> None:
    original = samples.pdf_with_incremental_update()
    assert b"OLD" not in original  # the sample's first author is "PDF AUTHOR CANARY"
    assert b"PDF AUTHOR CANARY" in original and b"NEW AUTHOR CANARY" in original
    evidence, stored = attach(original)
    assert "earlier saved versions of the document" in summaries(evidence)
    assert samples.CANARY not in stored
    assert stored.count(b"%%EOF") == 1


def test_photo_shown_in_a_pdf_loses_its_gps_position_but_not_its_pixels() -> None:
    original = samples.pdf_with_photo()
    evidence, stored = attach(original)
    assert {"location (GPS coordinates)", "camera serial number"} <= summaries(evidence)
    assert samples.CANARY in original and samples.CANARY not in stored
    before = PdfReader(io.BytesIO(original)).pages[0].images[0].image
    after = PdfReader(io.BytesIO(stored)).pages[0].images[0].image
    assert before is not None and after is not None
    assert after.tobytes() == before.tobytes()


def test_pdf_without_metadata_is_stored_exactly_as_given() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.metadata = None
    out = io.BytesIO()
    writer.write(out)
    original = out.getvalue()
    evidence, stored = attach(original)
    assert stored == original
    assert evidence.found == [] and not evidence.removed and evidence.warning is None


def test_encrypted_pdf_is_kept_as_it_is_with_a_warning() -> None:
    original = samples.pdf(encrypt=True)
    evidence, stored = attach(original)
    assert stored == original
    assert evidence.warning is CleanWarning.UNSUPPORTED_FORMAT
    assert not evidence.removed


def test_docx_properties_are_reported_and_removed_but_the_text_kept() -> None:
    original = samples.docx()
    evidence, stored = attach(original, "report.docx")
    assert evidence.media_type.endswith("wordprocessingml.document")
    found = summaries(evidence)
    assert {
        "author name",
        "name of the last person who edited it",
        "company name",
        "manager name",
        "template name",
        "custom document properties",
        "revision number",
    } <= found
    assert samples.CANARY in unzipped(original)
    assert samples.CANARY not in unzipped(stored)
    with zipfile.ZipFile(io.BytesIO(stored)) as archive:
        assert samples.DOCUMENT_TEXT in archive.read("word/document.xml")
        assert archive.namelist() == zipfile.ZipFile(io.BytesIO(original)).namelist()
        assert archive.read("docProps/core.xml").rstrip().endswith(b"/>")
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_photo_inside_a_docx_loses_its_gps_position() -> None:
    original = samples.docx(photo=samples.jpeg())
    evidence, stored = attach(original)
    assert "location (GPS coordinates)" in summaries(evidence)
    assert samples.CANARY not in unzipped(stored)
    with zipfile.ZipFile(io.BytesIO(stored)) as archive:
        assert archive.read("word/media/image1.jpeg").startswith(b"\xff\xd8")


PATH_FOUND = "folder path on the author's computer (can include a user name)"


def test_template_folder_with_the_user_name_is_cut_to_the_file_name() -> None:
    evidence, stored = attach(samples.docx(template_path=True))
    assert PATH_FOUND in summaries(evidence)
    assert samples.CANARY not in unzipped(stored)
    rels = zipfile.ZipFile(io.BytesIO(stored)).read("word/_rels/settings.xml.rels")
    assert b'Target="Normal.dotm"' in rels


def test_workbook_folder_path_is_removed_and_sheets_kept() -> None:
    evidence, stored = attach(samples.xlsx(), "detentions.xlsx")
    assert evidence.media_type.endswith("spreadsheetml.sheet")
    assert PATH_FOUND in summaries(evidence)
    assert samples.CANARY not in unzipped(stored)
    workbook = zipfile.ZipFile(io.BytesIO(stored)).read("xl/workbook.xml")
    assert b'<sheet name="Detentions" sheetId="1"/>' in workbook
    assert b"absPath" not in workbook


def test_names_in_tracked_changes_are_reported_as_kept() -> None:
    evidence, stored = attach(samples.docx(tracked_change=True))
    kept = [item for item in evidence.found if item.kept]
    assert [item.kind for item in kept] == [MetadataKind.PERSON]
    assert b"Reviewer Name" in zipfile.ZipFile(io.BytesIO(stored)).read("word/document.xml")


def test_odt_meta_is_removed_and_mimetype_stays_first_and_uncompressed() -> None:
    original = samples.odt()
    evidence, stored = attach(original)
    assert evidence.media_type == "application/vnd.oasis.opendocument.text"
    assert {"author name", "software used", "revision number"} <= summaries(evidence)
    assert samples.CANARY in unzipped(original)
    assert samples.CANARY not in unzipped(stored)
    with zipfile.ZipFile(io.BytesIO(stored)) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert b'office:version="1.3"' in archive.read("meta.xml")
        assert samples.DOCUMENT_TEXT in archive.read("content.xml")


def test_keep_metadata_keeps_the_document_exactly() -> None:
    original = samples.docx()
    evidence, stored = attach(original, keep_metadata=True)
    assert stored == original
    assert evidence.warning is CleanWarning.KEPT_ON_REQUEST
    assert "author name" in summaries(evidence)
