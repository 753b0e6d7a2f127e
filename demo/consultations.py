"""The demo town's public consultation of its current strategy (2021), closed, every
comment answered and the report published. People, organisations and comments are made up."""

import datetime

from django.utils import timezone

from consultations import selectors, services
from consultations.models import Comment, Consultation
from governments.models import LocalGovernment
from strategies.models import Strategy
from versions.services import version_freeze

STARTS_ON = datetime.date(2021, 3, 1)
ENDS_ON = datetime.date(2021, 4, 5)  # 35 days: the act on development policy
COMMENTED_ON = datetime.date(2021, 3, 15)
ANSWERED_ON = datetime.date(2021, 4, 20)
PUBLISHED_ON = datetime.date(2021, 4, 28)

# (index of the section or None for the whole, name, organisation, text, proposed wording,
#  justification, answer, reason)
COMMENTS = [
    (
        0,
        "Maria Wiśniewska",
        "",
        "Brakuje wsparcia dla rodzin wychowujących dzieci z niepełnosprawnościami, "
        "zwłaszcza opieki wytchnieniowej w weekendy.",
        "Dodać działanie: opieka wytchnieniowa dla rodziców dzieci z niepełnosprawnościami.",
        "Rodzice nie mają z kim zostawić dziecka nawet na kilka godzin.",
        "accepted",
        "",
    ),
    (
        0,
        "Piotr Zieliński",
        "Stowarzyszenie Rodzin Zastępczych „Gniazdo” (dane przykładowe)",
        "Wskaźnik liczby rodzin objętych asystenturą jest za niski wobec potrzeb.",
        "Podnieść wartość docelową wskaźnika o jedną trzecią.",
        "W 2020 r. na asystenta czekało kilkanaście rodzin.",
        "partly",
        "Wartość docelową podniesiono, ale o jedną piątą – tyle pozwala budżet gminy.",
    ),
    (
        1,
        "Krystyna Lewandowska",
        "Klub Seniora „Pogodna Jesień” (dane przykładowe)",
        "Prosimy o zajęcia ruchowe dla seniorów także w sołectwach, nie tylko w mieście.",
        "",
        "Seniorzy z sołectw nie mają jak dojechać na zajęcia.",
        "accepted",
        "",
    ),
    (
        1,
        "Tomasz Kamiński",
        "",
        "Gmina powinna wybudować nowy dom pomocy społecznej.",
        "",
        "",
        "rejected",
        "Budowa domu pomocy społecznej wykracza poza możliwości finansowe gminy w okresie "
        "strategii; strategia rozwija usługi opiekuńcze w miejscu zamieszkania.",
    ),
    (
        2,
        "Agnieszka Wójcik",
        "Fundacja Pomocy Osobom Bezdomnym (dane przykładowe)",
        "Proponujemy dodać punkt pomocy doraźnej dla osób w kryzysie bezdomności zimą.",
        "Uruchomienie ogrzewalni w okresie od listopada do marca.",
        "Zimą 2020/2021 brakowało miejsc noclegowych.",
        "partly",
        "Ogrzewalnia zostanie uruchomiona we współpracy z fundacją, ale na podstawie umowy "
        "na realizację zadania publicznego, nie jako zadanie własne OPS.",
    ),
    (
        None,
        "Jan Nowicki",
        "",
        "Dokument jest długi i trudny; przydałoby się streszczenie prostym językiem.",
        "",
        "",
        "not_applicable",
        "Uwaga nie dotyczy treści strategii; streszczenie w tekście łatwym do czytania "
        "zostanie przygotowane po jej uchwaleniu.",
    ),
    (
        None,
        "Ewa Dąbrowska",
        "Parafialny Zespół Caritas (dane przykładowe)",
        "Warto wpisać parafie i Caritas jako partnerów działań dla osób samotnych.",
        "",
        "Caritas prowadzi odwiedziny osób samotnych od lat.",
        "accepted",
        "",
    ),
]
HIDDEN = (
    None,
    "X",
    "",
    "Wpis z wyzwiskami pod adresem pracowników ośrodka (treść przykładowa).",
    "",
    "",
    "Obraźliwe wyzwiska wobec pracowników ośrodka; nie dotyczy treści projektu.",
)
OPINION = (
    "Powiatowe Centrum Pomocy Rodzinie (dane przykładowe)",
    0,
    "Opiniujemy projekt pozytywnie. Proponujemy wpisać PCPR jako partnera działań "
    "dotyczących pieczy zastępczej.",
    "accepted",
)


TEN = datetime.time(10, 0)


def consultations_load(town: LocalGovernment, strategy: Strategy) -> Consultation:
    """Freeze a consultation version of ``strategy`` and hold its (closed) consultation."""
    consultation = _consultation_create(strategy)
    sections = list(selectors.consultation_sections(consultation))
    answers = _comments_submit(consultation, sections)
    _hidden_submit(consultation, sections)
    answers.append(_opinion_submit(consultation, sections))
    for comment, answer, reason in answers:
        services.comment_answer(
            comment=comment, answer=answer, reason=reason, by=None, today=ANSWERED_ON
        )
    consultation.report_introduction = (
        "W konsultacjach wpłynęło osiem uwag mieszkańców i organizacji oraz opinia PCPR; "
        "jedną uwagę ukryto jako obraźliwą. Odbyło się jedno spotkanie otwarte. "
        "(Dane przykładowe.)"
    )
    consultation.save(update_fields=["report_introduction"])
    _comments_backdate(consultation)
    return services.consultation_report_publish(
        consultation=consultation, by=None, today=PUBLISHED_ON
    )


def _consultation_create(strategy: Strategy) -> Consultation:
    version = version_freeze(
        strategy=strategy,
        kind="consultation",
        label="Projekt do konsultacji",
        note="Projekt strategii poddany konsultacjom społecznym (dane przykładowe).",
    )
    return services.consultation_create(
        strategy=strategy,
        version=version,
        title=f"Konsultacje społeczne projektu: {strategy.title}",
        starts_on=STARTS_ON,
        ends_on=ENDS_ON,
        announcement=(
            f"Burmistrz zaprasza mieszkańców, organizacje pozarządowe i instytucje do "
            f"konsultacji projektu „{strategy.title}”. Uwagi można zgłaszać do każdej części "
            f"projektu. (Ogłoszenie przykładowe.)"
        ),
        how_to_participate=(
            "Formularz na tej stronie; pisemnie w sekretariacie ośrodka pomocy społecznej; "
            "na spotkaniu otwartym 15 marca 2021 r. o 17:00 w sali narad urzędu."
        ),
        today=STARTS_ON,  # a past consultation, planned back then
    )


def _section(sections: list[int], index: int | None) -> int | None:
    """The pk of the section at ``index``, or None: a comment on the whole."""
    return None if index is None or index >= len(sections) else sections[index]


Answer = tuple[Comment, str, str]  # the comment, the answer, its reason


def _comments_submit(consultation: Consultation, sections: list[int]) -> list[Answer]:
    """The residents' and organisations' comments, with the answers they are to get."""
    answers = []
    for index, name, organisation, text, wording, justification, answer, reason in COMMENTS:
        made = services.comment_submit(
            consultation=consultation,
            section=_section(sections, index),
            author_name=name,
            organisation=organisation,
            text=text,
            proposed_wording=wording,
            justification=justification,
            today=COMMENTED_ON,
        )
        answers.append((made, answer, reason))
    return answers


def _hidden_submit(consultation: Consultation, sections: list[int]) -> None:
    """The offensive comment, hidden by the moderator."""
    index, name, _organisation, text, _wording, _justification, why = HIDDEN
    hidden = services.comment_submit(
        consultation=consultation,
        section=_section(sections, index),
        author_name=name,
        text=text,
        today=COMMENTED_ON,
    )
    services.comment_hide(comment=hidden, reason=why, by=None)


def _opinion_submit(consultation: Consultation, sections: list[int]) -> Answer:
    """The invited body's opinion, with the answer it is to get."""
    body, index, text, answer = OPINION
    invitation, _token = services.invitation_create(
        consultation=consultation, name=body, today=STARTS_ON
    )
    opinion = services.comment_submit(
        consultation=consultation,
        section=_section(sections, index),
        invitation=invitation,
        text=text,
        today=COMMENTED_ON,
    )
    return opinion, answer, ""


def _comments_backdate(consultation: Consultation) -> None:
    """The comments came in during the consultation, a few days apart, and were answered
    after it (the services stamp them with the moment the demo is loaded)."""
    for index, comment in enumerate(consultation.comments.order_by("number")):
        sent = timezone.make_aware(
            datetime.datetime.combine(STARTS_ON + datetime.timedelta(days=3 + 4 * index), TEN)
        )
        answered = timezone.make_aware(datetime.datetime.combine(ANSWERED_ON, TEN))
        type(comment).objects.filter(pk=comment.pk).update(
            submitted_at=sent,
            answered_at=answered if comment.answered_at else None,
            hidden_at=answered if comment.hidden_at else None,
        )
