"""Area 2 of the historical strategy (2005–2015) as the seed action plan has it:
marginalisation and social exclusion."""

from ..financing import GMINA_BUDGET, NGO_FUNDS, OTHER_FUNDS, POWIAT_BUDGET

AREA = {
    "title": "MARGINALIZACJA GRUP SPOŁECZNYCH",
    "actions": [
        {
            "title": "Praca socjalna z osobami zagrożonymi eksmisją.",
            "financing": "1. samorząd gminy",
            "responsible": "1. gmina /ośrodek pomocy społecznej",
            "sources": [GMINA_BUDGET],
            "implementers": ["MOPS"],
            "partners": [],
        },
        {
            "title": "Inicjowanie tworzenia mieszkań socjalnych w gminach.",
            "financing": "1.samorząd gminy 2. źródła pozabudżetowe",
            "responsible": "1. samorząd gminy",
            "sources": [GMINA_BUDGET, OTHER_FUNDS],
            "implementers": ["GMINA"],
            "partners": [],
        },
        {
            "title": "Opracowywanie i realizacja lokalnych programów wychodzenia z bezdomności.",
            "financing": "1. samorząd gminy 2. ośrodek pomocy społecznej 3. organizacje "
            "pozarządowe 3. inne podmioty",
            "responsible": "1. gmina / ośrodek pomocy społecznej 2. organizacje pozarządowe",
            # The social assistance centre is financed from the gmina's budget.
            "sources": [GMINA_BUDGET, NGO_FUNDS, OTHER_FUNDS],
            "implementers": ["MOPS"],
            "partners": ["NGO"],
        },
        {
            "title": "Współpraca jednostek pomocy społecznej z sądami i organizacjami "
            "pozarządowymi w celu zmniejszenia negatywnych skutków marginalizacji.",
            "financing": "-",
            "responsible": "1. gmina / ośrodek pomocy społecznej 2. organizacje "
            "pozarządowe 3. organizacje pozarządowe",
            "sources": [],
            "implementers": ["MOPS"],
            "partners": ["NGO"],
        },
        {
            "title": "Inicjowanie tworzenia grup samopomocowych.",
            "financing": "-",
            "responsible": "1. samorząd: gminy, powiatu 2. inne podmioty działające w "
            "sferze pomocy społecznej 3. organizacje pozarządowe",
            "sources": [],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["INNE", "NGO"],
        },
        {
            "title": "Opracowywanie i realizacja lokalnych programów na rzecz walki ze "
            "zjawiskami patologii społecznych.",
            "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe 3. "
            "inne podmioty",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO", "INNE"],
        },
        {
            "title": "Aktywizacja grup społecznych zagrożonych marginalizacją.",
            "financing": "-",
            "responsible": "1. organizacje pozarządowe 2. pracownicy pomocy społecznej "
            "3. inne podmioty lokalnego życia publicznego",
            "sources": [],
            "implementers": ["NGO"],
            "partners": ["MOPS", "INNE"],
        },
    ],
}
