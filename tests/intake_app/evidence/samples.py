"""Evidence samples built in memory: every identifying value contains the word CANARY.

Searching cleaned bytes for b"CANARY" proves the metadata is gone; visible content uses
other words, so it can be checked to survive.
"""

from __future__ import annotations

import io
import struct
import zipfile

from PIL import Image, PngImagePlugin
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

CANARY = b"CANARY"
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf'
    b'-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,30.2N">'
    b"<dc:creator><rdf:Seq><rdf:li>XMP AUTHOR CANARY</rdf:li></rdf:Seq></dc:creator>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def picture(mode: str = "RGB", size: tuple[int, int] = (40, 30)) -> Image.Image:
    """A small picture with a pattern, so pixel comparisons mean something."""
    width, height = size
    im = Image.new("RGB", size)
    im.putdata(
        [(x * 7 % 256, y * 9 % 256, (x * y) % 256) for y in range(height) for x in range(width)]
    )
    return im.convert(mode)


def camera_exif(orientation: int = 1) -> Image.Exif:
    """EXIF as a phone writes it: make, model, owner, serial number, GPS position."""
    exif = Image.Exif()
    exif[0x010F] = "MAKE CANARY"
    exif[0x0110] = "MODEL CANARY"
    exif[0x013B] = "ARTIST CANARY"
    if orientation != 1:
        exif[0x0112] = orientation
    exif[0x8769] = {0xA431: "SERIAL CANARY 7731", 0xA430: "OWNER CANARY"}
    exif[0x8825] = {1: "N", 2: (52.0, 30.0, 12.5), 3: "E", 4: (13.0, 24.0, 1.0)}
    return exif


def jpeg(*, metadata: bool = True, orientation: int = 1) -> bytes:
    out = io.BytesIO()
    if metadata:
        picture().save(
            out, "JPEG", exif=camera_exif(orientation), xmp=XMP, comment=b"COMMENT CANARY"
        )
    else:
        picture().save(out, "JPEG")
    return out.getvalue()


def png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "PNG AUTHOR CANARY")
    info.add_text("Comment", "PNG COMMENT CANARY", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    out = io.BytesIO()
    picture("RGBA").save(out, "PNG", pnginfo=info, exif=camera_exif(orientation=3))
    return out.getvalue()


def webp() -> bytes:
    out = io.BytesIO()
    picture().save(out, "WEBP", lossless=True, exif=camera_exif(), xmp=XMP)
    return out.getvalue()


def tiff(*, compression: str = "tiff_lzw", gps: bool = False) -> bytes:
    """A two-page scan, stored sideways (orientation 6), naming its scanner and computer."""
    tags = Image.Exif()
    tags[0x010F] = "SCANNER CANARY"
    tags[0x013B] = "ARTIST CANARY"
    tags[0x013C] = "HOST CANARY"
    tags[0x0112] = 6
    pages = [picture(), picture().rotate(180)]
    out = io.BytesIO()
    extra: dict[str, object] = {"exif": camera_exif().tobytes()} if gps else {"tiffinfo": tags}
    pages[0].save(
        out,
        "TIFF",
        save_all=True,
        append_images=pages[1:],
        compression=compression,
        dpi=(300, 300),
        **extra,
    )
    return out.getvalue()


def gif() -> bytes:
    frames = [picture("P"), picture("P").rotate(90)]
    out = io.BytesIO()
    frames[0].save(
        out, "GIF", save_all=True, append_images=frames[1:], loop=0, comment=b"GIF CANARY"
    )
    return out.getvalue()


def pdf(*, encrypt: bool = False) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata(
        {
            "/Author": "PDF AUTHOR CANARY",
            "/Creator": "CREATOR APP CANARY",
            "/Title": "TITLE CANARY",
            "/CustomThing": "CUSTOM CANARY",
        }
    )
    writer.xmp_metadata = XMP
    if encrypt:
        writer.encrypt("user-password", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_photo() -> bytes:
    """A one-page PDF that shows a phone photo, stored as JPEG (DCTDecode) with its EXIF."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=40, height=30)
    image = StreamObject()
    image._data = jpeg()
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(40),
            NameObject("/Height"): NumberObject(30),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        }
    )
    xobjects = DictionaryObject({NameObject("/Im0"): writer._add_object(image)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    content = StreamObject()
    content._data = b"q 40 0 0 30 0 0 cm /Im0 Do Q"
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_incremental_update() -> bytes:
    """A PDF first saved by OLD AUTHOR CANARY, then updated in place by a new author."""
    writer = PdfWriter(io.BytesIO(pdf()), incremental=True)
    writer.add_metadata({"/Author": "NEW AUTHOR CANARY"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    b"</Types>"
)
_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:dcterms="http://purl.org/dc/terms/">'
    b"<dc:title>TITLE CANARY</dc:title><dc:creator>CREATOR CANARY</dc:creator>"
    b"<cp:lastModifiedBy>EDITOR CANARY</cp:lastModifiedBy><cp:revision>7</cp:revision>"
    b'<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T03:04:05Z</dcterms:created>'
    b"</cp:coreProperties>"
)
_APP = (
    b'<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats'
    b'.org/officeDocument/2006/extended-properties"><Template>TEMPLATE CANARY.dotm</Template>'
    b"<Company>COMPANY CANARY</Company><Manager>MANAGER CANARY</Manager>"
    b"<Application>Microsoft Office Word</Application></Properties>"
)
_CUSTOM = (
    b'<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats'
    b'.org/officeDocument/2006/custom-properties"><property name="Case">'
    b"<vt:lpwstr>CUSTOM CANARY</vt:lpwstr></property></Properties>"
)
DOCUMENT_TEXT = b"What happened at the border on the ninth of May"


def docx(
    *, tracked_change: bool = False, photo: bytes | None = None, template_path: bool = False
) -> bytes:
    body = b"<w:p><w:r><w:t>" + DOCUMENT_TEXT + b"</w:t></w:r></w:p>"
    if tracked_change:
        body += b'<w:ins w:id="1" w:author="Reviewer Name"><w:r><w:t>x</w:t></w:r></w:ins>'
    document = b'<w:document xmlns:w="urn:w"><w:body>' + body + b"</w:body></w:document>"
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": b"<Relationships/>",
        "word/document.xml": document,
        "docProps/core.xml": _CORE,
        "docProps/app.xml": _APP,
        "docProps/custom.xml": _CUSTOM,
    }
    if photo is not None:
        parts["word/media/image1.jpeg"] = photo
    if template_path:
        parts["word/_rels/settings.xml.rels"] = SETTINGS_RELS
    return zip_of(parts)


SETTINGS_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/attachedTemplate" Target="file:///C:\\Users\\CANARY'
    b'\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm" TargetMode="External"/>'
    b"</Relationships>"
)
WORKBOOK = (
    b'<workbook xmlns="urn:x"><fileVersion appName="xl"/><mc:AlternateContent xmlns:mc="http://'
    b'schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15">'
    b'<x15ac:absPath url="C:\\Users\\CANARY\\Documents\\" xmlns:x15ac="http://schemas.'
    b'microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>'
    b'<sheets><sheet name="Detentions" sheetId="1"/></sheets></workbook>'
)


def xlsx() -> bytes:
    return zip_of(
        {
            "[Content_Types].xml": _CONTENT_TYPES,
            "xl/workbook.xml": WORKBOOK,
            "docProps/core.xml": _CORE,
        }
    )


def odt() -> bytes:
    meta = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:'
        b'names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:'
        b'xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
        b"<office:meta><meta:initial-creator>ODT AUTHOR CANARY</meta:initial-creator>"
        b"<meta:generator>GENERATOR CANARY</meta:generator>"
        b"<meta:editing-cycles>12</meta:editing-cycles></office:meta></office:document-meta>"
    )
    return zip_of(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": b"<office:document-content>"
            + DOCUMENT_TEXT
            + b"</office:document-content>",
            "meta.xml": meta,
            "META-INF/manifest.xml": b"<manifest:manifest/>",
        },
        stored_first=True,
    )


def zip_of(parts: dict[str, bytes], *, stored_first: bool = False) -> bytes:
    """A zip archive in memory with real timestamps, as editors write them."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for index, (name, content) in enumerate(parts.items()):
            info = zipfile.ZipInfo(name, date_time=(2026, 5, 9, 14, 30, 0))
            stored = stored_first and index == 0
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return out.getvalue()


def box(kind: bytes, payload: bytes) -> bytes:
    """One ISO base media box."""
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def phone_video() -> bytes:
    """A QuickTime file as an iPhone writes it: where, with what, and when it was recorded."""
    location = box(b"\xa9xyz", b"\x00\x11\x15\xc7+52.5200+013.4049/")
    keys = box(b"keys", b"\x00" * 8 + box(b"mdta", b"com.apple.quicktime.location.ISO6709"))
    udta = box(b"udta", location + box(b"\xa9mod", b"\x00\x0b\x00\x00MODEL CANARY"))
    moov = box(b"moov", box(b"mvhd", bytes(100)) + udta + box(b"meta", bytes(4) + keys))
    return box(b"ftyp", b"qt  \x00\x00\x00\x00qt  ") + box(b"mdat", bytes(4096)) + moov
