"""Generate the test PDFs in this folder: Word documents built with python-docx, turned into
PDF by LibreOffice (`soffice --headless --convert-to pdf`).

They look like the PDFs Dutch municipalities publish: a running header "Gemeente Heerlen …",
a footer with "Pagina X van Y" or a bare page number, numbered headings ("1 Inleiding",
"1.1 …"), bullet and numbered lists, justified text with words hyphenated at line ends, and
one document in two columns. Hyphenation comes from soft hyphens (U+00AD) that this script
puts into long words with pyphen (a dependency of eenvoudig), so LibreOffice needs no Dutch
hyphenation dictionary (Debian's `hyphen-nl` is not needed).

Run from the repository root:  .venv/bin/python tests/data/pdf/make_pdfs.py

`SPECS` is also the ground truth: tests and benchmarks/pdf_extractors.py import it to
compare what comes out of a PDF with the text that went in. The coalition agreement excerpt
is read from examples/heerlens-akkoord-2026-2030.md, the letters are written here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
EXAMPLE = ROOT / "examples" / "heerlens-akkoord-2026-2030.md"
SOFT = "\u00ad"


@dataclass
class Spec:
    """One test document: its file name, page furniture and content.

    `content` is a list of (kind, text): kind is "title", "heading1", "heading2",
    "heading3", "paragraph", "bold" (a bold marker line), "bullet" or "number".
    """

    name: str
    header: str
    footer: str  # "pagina-van" ("Pagina 2 van 4") or "nummer" (a bare "2")
    content: list[tuple[str, str]]
    columns: int = 1
    title_property: str = ""
    hyphenate: bool = True
    extra: dict = field(default_factory=dict)


# --- the coalition agreement excerpt (sections 1, 1.1, 1.1.1 to 1.1.3) ---------------------

_INLINE = re.compile(r"\*+|_{2,}")


def _plain(line: str) -> str:
    return " ".join(_INLINE.sub("", line).split())


def akkoord_content() -> list[tuple[str, str]]:
    """Sections 1.1 to 1.1.3 of the example agreement, as headings, paragraphs and bullets."""
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("### 1.1: "))
    end = next(i for i, line in enumerate(lines) if line.startswith("## **1.2"))
    content: list[tuple[str, str]] = [
        ("title", "Voor een Heerlen in balans en bloei"),
        ("paragraph", "Coalitieakkoord 2026-2030, hoofdstuk 1 (uittreksel)."),
        ("heading1", "1 Voor een sociaal, veilig en gezond Heerlen"),
    ]
    for raw in lines[start:end]:
        line = raw.strip()
        if not line:
            continue
        heading = re.match(r"^#{2,6}\s+(.*)$", line)
        if heading:
            text = _plain(heading.group(1))
            numbered = re.match(r"^(\d+(?:\.\d+)*):?\s+(.*)$", text)
            if numbered:
                depth = numbered.group(1).count(".") + 1
                content.append((f"heading{depth}", f"{numbered.group(1)} {numbered.group(2)}"))
            else:
                content.append(("bold", text))
        elif line.startswith("- "):
            content.append(("bullet", _plain(line[2:])))
        elif re.match(r"^\*[^*]+:\*$", line):
            content.append(("bold", _plain(line)))
        else:
            content.append(("paragraph", _plain(line)))
    return content


# --- a letter (written for these tests) ----------------------------------------------------

BRIEF = [
    ("title", "Besluit op uw aanvraag bijzondere bijstand"),
    ("paragraph", "Geachte heer De Vries,"),
    ("paragraph",
     "Op 3 maart 2026 hebben wij uw aanvraag voor bijzondere bijstand ontvangen. U vraagt "
     "een bijdrage in de kosten van een nieuwe wasmachine en van de reiskosten naar het "
     "ziekenhuis in Maastricht. In deze brief leest u wat wij hebben besloten, waarom wij dat "
     "hebben besloten en wat u kunt doen als u het niet eens bent met ons besluit."),
    ("heading1", "1 Wat hebben wij besloten?"),
    ("paragraph",
     "Wij kennen u een bijdrage toe van € 385,00 voor de wasmachine. De reiskosten naar het "
     "ziekenhuis vergoeden wij niet. Het bedrag maken wij binnen tien werkdagen over op uw "
     "rekening. De gemeenteraad heeft in de beleidsregels bijzondere bijstand vastgelegd "
     "welke kosten de gemeente vergoedt en tot welk bedrag. Daarbij kijken wij ook naar de "
     "draagkracht van uw huishouden en naar voorzieningen die voorliggend zijn, zoals de "
     "aanvullende zorgverzekering en de regelingen van het zorgkantoor."),
    ("heading2", "1.1 De wasmachine"),
    ("paragraph",
     "Uw oude wasmachine is kapot en u kunt de reparatie niet betalen. Een wasmachine is "
     "noodzakelijk voor uw gezin. Uit de gegevens van de kredietbank blijkt dat u geen "
     "reserveringsruimte hebt. Daarom vergoeden wij een eenvoudige wasmachine. Het bedrag is "
     "gebaseerd op de normbedragen van het Nibud en op de prijzen van drie leveranciers in "
     "Zuid-Limburg. De offerte van de leverancier uit Noord-Brabant die u meestuurde, lag "
     "boven dat normbedrag. Het verschil kunnen wij daarom niet vergoeden."),
    ("heading2", "1.2 De reiskosten naar het ziekenhuis"),
    ("paragraph",
     "Reiskosten naar een ziekenhuis vallen onder de zorgverzekering. Uw zorgverzekeraar "
     "vergoedt het zittend ziekenvervoer als u voldoet aan de voorwaarden. Wij raden u aan "
     "eerst daar een aanvraag te doen. Krijgt u geen vergoeding van de zorgverzekeraar, dan "
     "kunt u opnieuw bij ons aanvragen. Stuur dan de afwijzing van de zorgverzekeraar mee. "
     "De sociaal-medische adviseur van de gemeente kijkt dan of de reizen noodzakelijk zijn. "
     "Ook de zorg- en welzijnsorganisaties in uw wijk kunnen u helpen met vervoer."),
    ("heading1", "2 Wat moet u doen?"),
    ("paragraph", "Voor de wasmachine hoeft u niets meer te doen. Wel vragen wij u om:"),
    ("bullet", "de aankoopbon van de wasmachine binnen drie maanden naar ons te sturen;"),
    ("bullet", "ons te laten weten als uw inkomen of uw woonsituatie verandert;"),
    ("bullet", "de oude wasmachine niet bij het huisvuil te zetten maar naar de milieustraat "
               "te brengen."),
    ("paragraph",
     "Stuurt u de aankoopbon niet op tijd, dan kunnen wij de bijstand terugvorderen. Dat "
     "staat in artikel 58 van de Participatiewet. Wij controleren steekproefsgewijs of de "
     "aankoop is gedaan. Een medewerker van het klantcontactcentrum kan u daarover bellen."),
    ("heading1", "3 Bent u het niet eens met dit besluit?"),
    ("paragraph",
     "Dan kunt u bezwaar maken. Dat doet u binnen zes weken na de datum van deze brief. U kunt "
     "op twee manieren bezwaar maken:"),
    ("number", "Met het digitale bezwaarformulier op www.heerlen.nl/bezwaar. U logt in met "
               "DigiD."),
    ("number", "Met een brief aan het college van burgemeester en wethouders, Postbus 1, "
               "6400 AA Heerlen. Zet in de brief waarom u het niet eens bent met het besluit "
               "en onderteken de brief."),
    ("paragraph",
     "Wilt u eerst met ons praten? Bel dan met uw klantmanager, mevrouw Janssen. Zij is "
     "bereikbaar op maandag tot en met donderdag via telefoonnummer 14 045. U kunt ook een "
     "e-mail sturen naar bijzonderebijstand@heerlen.nl. Noem dan het zaaknummer 2026-04417. "
     "Heeft u hulp nodig bij het lezen van deze brief? De medewerkers van het Taalhuis "
     "Heerlen-Noord helpen u graag, ook met formulieren en met de aanvraag bij de "
     "zorgverzekeraar. Een vrijwilliger van de schuldhulpverlening in Noord-Limburg of "
     "Zuid-Limburg kan ook met u meekijken."),
    ("heading1", "4 Meer hulp in de buurt"),
    ("paragraph",
     "Woont u in Heerlen-Noord of in Hoensbroek, dan kunt u ook terecht bij het wijkteam. Daar "
     "werken een Wmo-consulent, een oud-wethouder als vrijwilliger en medewerkers van de "
     "zorg- en welzijnsorganisaties. Zij helpen bij de kosten-batenafweging van een aankoop, "
     "bij het actie-onderzoek naar armoede in de wijk en bij vragen over de e-mail die u van "
     "ons krijgt. Ook mensen die in Noord-Brabant of in Zuid-Limburg werken, zijn welkom. "
     "Het spreekuur is op dinsdag en donderdag, van 9.00 tot 12.00 uur. Taal- en "
     "rekenhulp is gratis. Vraagt u naar de sociaal-medische adviseur of naar de "
     "niet-westerse vrouwengroep? Dan maken wij een afspraak voor u met een mede-eigenaar "
     "van de buurtwinkel, die ook Arabisch en Turks spreekt. Voor de zomer-, herfst- en "
     "kerstvakantie gelden andere tijden; die staan op de website en in de Heerlen-app."),
    ("paragraph", "Met vriendelijke groet,"),
    ("paragraph", "Het college van burgemeester en wethouders van Heerlen, namens dezen,"),
    ("paragraph", "M. Peters, teamleider Inkomen en Zorg"),
]

# --- a policy note in two columns (written for these tests) -----------------------------

NOTA = [
    ("title", "Nieuwe straatverlichting"),
    ("heading1", "1 Inleiding"),
    ("paragraph",
     "Met deze raadsinformatiebrief informeert het college de gemeenteraad over de vervanging "
     "van de openbare verlichting in de wijken Heerlerbaan, Molenberg en Hoensbroek. De "
     "lantaarnpalen in deze wijken zijn meer dan veertig jaar oud. Veel armaturen zijn "
     "versleten en gebruiken veel stroom. Door over te stappen op ledverlichting besparen wij "
     "energie en verlagen wij de onderhoudskosten."),
    ("heading2", "1.1 Aanleiding"),
    ("paragraph",
     "In het beleidsplan openbare verlichting 2024-2028 heeft de gemeenteraad afgesproken dat "
     "alle verlichting in 2030 energiezuinig is. Netbeheerder Enexis vervangt tegelijk de "
     "kabels in een deel van de straten. Door de werkzaamheden te combineren hoeven straten "
     "maar één keer open. Dat scheelt overlast voor bewoners en ondernemers."),
    ("heading2", "1.2 Wat gaan wij doen?"),
    ("bullet", "Wij vervangen 1.250 lantaarnpalen door palen met ledverlichting."),
    ("bullet", "Wij dimmen de verlichting tussen middernacht en zes uur 's ochtends."),
    ("bullet", "Wij plaatsen bij speeltuinen en fietspaden verlichting met een bewegingsmelder."),
    ("heading1", "2 Kosten en planning"),
    ("paragraph",
     "De totale kosten zijn € 2,1 miljoen. Dit bedrag is opgenomen in de begroting 2026. De "
     "besparing op de energierekening is ongeveer € 140.000 per jaar. De werkzaamheden "
     "beginnen in september en duren ongeveer acht maanden. Bewoners krijgen twee weken van "
     "tevoren een brief met de planning voor hun straat. Bij vragen kunnen zij terecht bij "
     "het meldpunt openbare ruimte."),
    ("heading2", "2.1 Communicatie"),
    ("paragraph",
     "Wij informeren bewoners via de gemeentelijke website, de wijkkranten en de app "
     "BuitenBeter. Wijkagenten en wijkcoördinatoren krijgen vooraf een overzicht van de "
     "planning. Zo kunnen zij vragen van bewoners direct beantwoorden. Na afloop vragen wij "
     "bewoners in een korte enquête hoe zij de nieuwe verlichting ervaren en of zij zich "
     "veiliger voelen op straat."),
    ("paragraph",
     "De aanpak is afgestemd met de wijkraden van Heerlen-Centrum en Heerlerheide, met de "
     "Wmo-raad en met het zorg- en veiligheidshuis. Ondernemers in de Noord-Limburgse en "
     "Zuid-Limburgse grensregio zijn via de Kamer van Koophandel geïnformeerd. Het "
     "licht- en geluidsplan is getoetst door een extern bureau en door de oud-directeur van "
     "het netwerk van Limburgse gemeenten. Het actie-onderzoek naar sociale veiligheid "
     "loopt tot en met 2027. Bewoners-, huurders- en "
     "ondernemersverenigingen krijgen een uitnodiging voor de inloopavond. Daar zijn ook de "
     "wijkagent, de Wmo-consulent en medewerkers van de afdeling zorg- en "
     "welzijnsbeleid. Na de inloopavond volgt een e-mail met de verslagen. Ook de fiets- en "
     "wandelpaden, de sport- en speelplekken, de parkeer- en laadplaatsen en de straten bij "
     "de huur- en koopwoningen in de wijk krijgen betere verlichting."),
]


def specs() -> list[Spec]:
    """The generated test documents (the ground truth of every test PDF)."""
    return [
        Spec("akkoord.pdf", "Gemeente Heerlen · Coalitieakkoord 2026-2030", "pagina-van",
             akkoord_content(), title_property="Voor een Heerlen in balans en bloei"),
        Spec("brief.pdf", "Gemeente Heerlen · Team Inkomen en Zorg", "nummer", BRIEF,
             title_property="Microsoft Word - brief_def_v3.docx"),
        Spec("nota-twee-kolommen.pdf", "Gemeente Heerlen · Raadsinformatiebrief",
             "pagina-van", NOTA, columns=2),
    ]


# --- building the Word documents ----------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]{8,}")


def hyphenate(text: str) -> str:
    """Put soft hyphens into long words (not into words that carry a hyphen already)."""
    import pyphen

    dic = pyphen.Pyphen(lang="nl_NL", left=3, right=3)

    def soft(token: str) -> str:
        # e-mail and web addresses, and words with a hyphen of their own, stay whole
        if any(c in token for c in "@/-"):
            return token
        return _WORD.sub(lambda m: dic.inserted(m.group(0), hyphen=SOFT), token)

    return " ".join(soft(token) for token in text.split(" "))


def _field(paragraph, instruction: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) that LibreOffice fills in per page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field_element = OxmlElement("w:fldSimple")
    field_element.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field_element.append(run)
    paragraph._p.append(field_element)


def build_docx(spec: Spec, path: Path) -> None:
    """Write the Word document for `spec`."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)
    for name, size in (("Title", 20), ("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 12)):
        style = styles[name]
        style.font.name = "Liberation Sans"
        style.font.size = Pt(size)
        style.font.bold = True
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.2)

    header = section.header.paragraphs[0]
    header.text = spec.header
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.runs[0].font.size = Pt(9)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.footer == "pagina-van":
        footer.add_run("Pagina ")
        _field(footer, "PAGE")
        footer.add_run(" van ")
        _field(footer, "NUMPAGES")
    else:
        _field(footer, "PAGE")
    for run in footer.runs:
        run.font.size = Pt(9)

    if spec.columns > 1:
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), str(spec.columns))
        cols.set(qn("w:space"), "567")

    styles_by_kind = {"title": "Title", "heading1": "Heading 1", "heading2": "Heading 2",
                      "heading3": "Heading 3", "bullet": "List Bullet",
                      "number": "List Number"}
    for kind, text in spec.content:
        body = hyphenate(text) if spec.hyphenate and kind in (
            "paragraph", "bullet", "number") else text
        paragraph = document.add_paragraph(style=styles_by_kind.get(kind, "Normal"))
        run = paragraph.add_run(body)
        if kind == "bold":
            run.bold = True
        if kind in ("paragraph", "bullet", "number"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if spec.title_property:
        document.core_properties.title = spec.title_property
    document.save(str(path))


def _convert(source: Path, outdir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) is nodig om de test-PDF's te maken.")
    profile = outdir / "profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(outdir), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    return outdir / (source.stem + ".pdf")


def _png(width: int, height: int) -> bytes:
    """A grey PNG with dark bars that look like lines of text (a 'scanned' page)."""
    rows = []
    for y in range(height):
        dark = (y // 6) % 3 == 0 and 40 < y < height - 40
        row = bytes(60 if dark and 40 < x < width - 40 else 235 for x in range(width))
        rows.append(b"\x00" + row)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return (len(data).to_bytes(4, "big") + body
                + zlib.crc32(body).to_bytes(4, "big"))

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x00\x00\x00\x00"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def build_scan(path: Path, workdir: Path) -> None:
    """An image-only PDF: a Word document with one picture and no text, as a scanner makes."""
    import docx
    from docx.shared import Cm

    image = workdir / "scan.png"
    image.write_bytes(_png(300, 420))
    document = docx.Document()
    document.add_picture(str(image), width=Cm(15))
    source = workdir / "scan.docx"
    document.save(str(source))
    shutil.copy(_convert(source, workdir), path)


def build_encrypted(path: Path, plain: Path, user_password: str = "geheim") -> None:
    """The letter protected with a password to open it, or (with an empty user password)
    only against changes, as many published PDFs are. RC4, so no extra packages are needed
    to read it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.encrypt(user_password=user_password, owner_password="geheim",
                   algorithm="RC4-128", permissions_flag=0)
    with path.open("wb") as handle:
        writer.write(handle)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for spec in specs():
            source = workdir / (Path(spec.name).stem + ".docx")
            build_docx(spec, source)
            shutil.copy(_convert(source, workdir), HERE / spec.name)
            print(f"{spec.name}: {(HERE / spec.name).stat().st_size // 1024} KB")
        build_scan(HERE / "scan.pdf", workdir)
        build_encrypted(HERE / "beveiligd.pdf", HERE / "brief.pdf")
        build_encrypted(HERE / "alleen-lezen.pdf", HERE / "brief.pdf", user_password="")
        for name in ("scan.pdf", "beveiligd.pdf", "alleen-lezen.pdf"):
            print(f"{name}: {(HERE / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
