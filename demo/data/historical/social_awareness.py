"""Area 5 of the historical strategy (2005–2015) as the seed action plan has it:
social awareness of social assistance."""

from ..financing import GMINA_BUDGET, NGO_FUNDS, POWIAT_BUDGET

AREA = {
    "title": "KSZTAŁTOWANIE ŚWIADOMOŚCI W SFERZE POMOCY SPOŁECZNEJ",
    "actions": [
        {
            "title": "Organizowanie cykli spotkań motywujących do poprawy własnej "
            "sytuacji życiowej.",
            "financing": "1.samorząd gminy, 2.organizacje pozarządowe",
            "responsible": "1. ośrodki pomocy społecznej 2. organizacje pozarządowe 3. "
            "powiatowy urząd pracy",
            "sources": [GMINA_BUDGET, NGO_FUNDS],
            "implementers": ["MOPS"],
            "partners": ["NGO", "PUP"],
        },
        {
            "title": "Popularyzowanie przykładów wychodzenia świadczeniobiorców z kręgu "
            "pomocy społecznej.",
            "financing": "-",
            "responsible": "1. organizacje pozarządowe 2. ośrodki pomocy społecznej 3. "
            "lokalne media",
            "sources": [],
            "implementers": ["NGO"],
            "partners": ["MOPS", "MEDIA"],
        },
        {
            "title": "Efektywna weryfikacja przyznawanych świadczeń.",
            "financing": "-",
            "responsible": "1. ośrodki pomocy społecznej 2. PCPR 3. organizacje pozarządowe",
            "sources": [],
            "implementers": ["MOPS"],
            "partners": ["PCPR", "NGO"],
        },
        {
            "title": "Wydawanie ulotek i informatorów na temat zadań pomocy społecznej i "
            "zasad korzystania z niej.",
            "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "responsible": "1. ośrodki pomocy społecznej 2. PCPR 3. organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
            "implementers": ["MOPS"],
            "partners": ["PCPR", "NGO"],
        },
        {
            "title": "Uruchomienie punktu informacyjno – konsultacyjnego dotyczącego "
            "istotnych aspektów pomocy społecznej.",
            "financing": "1. samorząd: powiatu, gminy",
            "responsible": "1. samorząd: powiatu, gminy",
            "sources": [POWIAT_BUDGET, GMINA_BUDGET],
            "implementers": ["POWIAT", "GMINA"],
            "partners": [],
        },
        {
            "title": "Organizowanie szkoleń dla pracowników socjalnych na temat ich "
            "roli w kształtowaniu świadomości o roli i zadaniach pomocy społecznej.",
            "financing": "1. samorząd: gminy, powiatu",
            "responsible": "1. PCPR 2. samorząd województwa",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET],
            "implementers": ["PCPR"],
            "partners": ["WOJEWODZTWO"],
        },
        {
            "title": "Organizowanie lokalnych spotkań dla osób zainteresowanych pracą "
            "na rzecz innych.",
            "financing": "1. gmina 2. powiat 3. organizacje pozarządowe",
            "responsible": "1. ośrodki pomocy społecznej 2. PCPR 3. organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
            "implementers": ["MOPS"],
            "partners": ["PCPR", "NGO"],
        },
        {
            "title": "Nawiązanie ścisłej współpracy jednostek pomocy społecznej z "
            "organizacjami pozarządowymi.",
            "financing": "-----",
            "responsible": "1. ośrodki pomocy społecznej 2. PCPR 3. organizacje pozarządowe",
            "sources": [],
            "implementers": ["MOPS"],
            "partners": ["PCPR", "NGO"],
        },
    ],
}
