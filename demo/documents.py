"""Documents of the demo town: its look (council, place, header and a drawn coat of arms,
marked as made up) and the adopted strategy and the published 2024 report as PDF, made and
marked as the published versions, so that the documents page shows kept files on `make
run`."""

import io

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation
from PIL import Image, ImageDraw

from documents import services
from documents.models import DocumentLook, GeneratedDocument
from governments.models import LocalGovernment
from monitoring.models import MonitoringCycle
from strategies.models import Strategy


def demo_coat_of_arms() -> bytes:
    """A plain shield in the town's made-up colours: not any real coat of arms."""

    image = Image.new("RGBA", (240, 288), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    shield = [(10, 10), (230, 10), (230, 160), (120, 278), (10, 160)]
    draw.polygon(shield, fill="#1F4E8C", outline="#0B2545", width=6)
    draw.polygon([(120, 40), (190, 150), (50, 150)], fill="#F2C14E")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def documents_load(town: LocalGovernment, strategy: Strategy) -> list[GeneratedDocument]:
    look = DocumentLook(
        government=town,
        council_name="Rady Miasta Przykładowo",
        place="Przykładowo",
        header_text="Miasto Przykładowo – polityka społeczna (dane przykładowe)",
    )
    look.coat_of_arms.save("herb-przykladowy.png", ContentFile(demo_coat_of_arms()), save=False)
    services.look_save(look=look)
    published = MonitoringCycle.objects.filter(strategy=strategy, published_at__isnull=False)
    made = []
    for kind, cycle in [("strategy", None), *(("report", c) for c in published)]:
        record = GeneratedDocument.objects.create(
            government=town, strategy=strategy, cycle=cycle, kind=kind, format="pdf"
        )
        with translation.override(settings.LANGUAGE_CODE):
            record = services.document_generate(record=record)
        services.document_publish(record=record, published=True)
        made.append(record)
    return made
