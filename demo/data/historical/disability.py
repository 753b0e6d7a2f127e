"""Area 6 of the historical strategy (2005–2015) as the seed action plan has it:
people with disabilities."""

from ..financing import GMINA_BUDGET, PFRON, POWIAT_BUDGET

AREA = {
    "title": "DZIAŁANIA NA RZECZ OSÓB NIEPEŁNOSPRAWNYCH W ZAKRESIE REHABILITACJI "
    "SPOŁECZNEJ I ZAWODOWEJ I PRZESTRZEGANIA PRAW OSÓB NIEPEŁNOSPRAWNYCH",
    "actions": [
        {
            "title": "Dofinansowanie zaopatrzenia osób niepełnosprawnych w sprzęt "
            "rehabilitacyjny, przedmioty ortopedyczne i środki pomocnicze",
            "financing": "1. PFRON",
            "responsible": "1. ośrodki pomocy społecznej 2. PCPR",
            "sources": [PFRON],
            "implementers": ["MOPS"],
            "partners": ["PCPR"],
        },
        {
            "title": "Finansowanie kosztów działania warsztatów terapii zajęciowej",
            "financing": "1.PFRON 2.Samorząd",
            "responsible": "1. PCPR",
            # Workshops are co-financed by the powiat, which runs them.
            "sources": [PFRON, POWIAT_BUDGET],
            "implementers": ["PCPR"],
            "partners": [],
        },
        {
            "title": "Finansowanie szkoleń osób niepełnosprawnych w zakresie "
            "doskonalenia lub przekwalifikowania zawodowego",
            "financing": "1.PFRON",
            "responsible": "1. PUP",
            "sources": [PFRON],
            "implementers": ["PUP"],
            "partners": [],
        },
        {
            "title": "Inicjowanie utworzenie zakładu aktywności zawodowej",
            "financing": "1. PFRON",
            "responsible": "1. PUP 2. organizacje pozarządowe",
            "sources": [PFRON],
            "implementers": ["PUP"],
            "partners": ["NGO"],
        },
        {
            "title": "Dofinansowanie uczestnictwa osób niepełnosprawnych i ich "
            "opiekunów w turnusach rehabilitacyjnych. Dofinansowanie sportu, kultury, "
            "rekreacji i turystyki osób niepełnosprawnych.",
            "financing": "1. PFRON",
            "responsible": "1. PCPR",
            "sources": [PFRON],
            "implementers": ["PCPR"],
            "partners": [],
        },
        {
            "title": "Likwidacja barier architektonicznych, urbanistycznych, "
            "technicznych, transportowych, oraz w komunikowaniu się.",
            "financing": "1. PFRON",
            "responsible": "1. PCPR",
            "sources": [PFRON],
            "implementers": ["PCPR"],
            "partners": [],
        },
        {
            "title": "Upowszechnianie w prasie lokalnej i telewizji informacji na temat "
            "dotyczących możliwości ubiegania się przez osoby niepełnosprawne o "
            "dofinansowanie.",
            "financing": "1. samorząd powiatowy, gminny",
            "responsible": "1. PCPR 2. ośrodki pomocy społecznej",
            "sources": [POWIAT_BUDGET, GMINA_BUDGET],
            "implementers": ["PCPR"],
            "partners": ["MOPS"],
        },
    ],
}
