"""Area 3 of the historical strategy (2005–2015) as the seed action plan has it:
unemployment and return to work."""

from ..financing import GMINA_BUDGET, NGO_FUNDS, POWIAT_BUDGET, STATE_BUDGET

AREA = {
    "title": "BEZROBOCIE",
    "actions": [
        {
            "title": "Rozwój współpracy między ośrodkami pomocy społecznej i urzędami "
            "pracy oraz innymi podmiotami, na rzecz aktywizacji długotrwale "
            "bezrobotnych.",
            "financing": "-",
            "responsible": "1. gminy / ośrodki pomocy społecznej 2. powiatowy urząd "
            "pracy 3. pracodawcy 4. organizacje pozarządowe",
            "sources": [],
            "implementers": ["MOPS"],
            "partners": ["PUP", "PRACODAWCY", "NGO"],
        },
        {
            "title": "Opracowywanie i realizacja lokalnych programów, aktywizujących "
            "świadczeniobiorców pomocy społecznej.",
            "financing": "1. samorząd: gminy, powiatu 2.. organizacje pozarządowe",
            "responsible": "1. samorząd: gmin, powiatu 2. partnerzy programów",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["INNE"],
        },
        {
            "title": "Tworzenie bazy informacyjnej dotyczącej możliwości uzyskania "
            "pomocy dla przedsiębiorców tworzących nowe miejsca pracy",
            "financing": "-",
            "responsible": "1. samorząd: gmin, powiatu 2. administracja rządowa 3. "
            "powiatowy urząd pracy 4. organizacje pracodawców",
            "sources": [],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["ADM_RZADOWA", "PUP", "ORG_PRACODAWCOW"],
        },
        {
            "title": "Inicjowanie działań na rzecz dostosowywania kształcenia do "
            "potrzeb rynku pracy.",
            "financing": "",
            "responsible": "1. powiat / powiatowy urząd pracy 2. gminy 3. organizacje "
            "pozarządowe (CKU) 4. szkoły",
            "sources": [],
            "implementers": ["PUP"],
            "partners": ["GMINA", "NGO", "ZSZ"],
        },
        {
            "title": "Opracowywanie i realizacja programów specjalnych na rzecz "
            "długotrwale bezrobotnych i osób o niskich kwalifikacjach zawodowych.",
            "financing": "1. powiat / powiatowy urząd pracy 2. administracja rządowa",
            "responsible": "1. powiat / powiatowy urząd pracy 2. ośrodki pomocy społecznej",
            "sources": [POWIAT_BUDGET, STATE_BUDGET],
            "implementers": ["PUP"],
            "partners": ["MOPS"],
        },
        {
            "title": "Inicjowanie tworzenia nowych miejsc pracy.",
            "financing": "-",
            "responsible": "1. samorząd: gmin, powiatu 2. pracodawcy 3. organizacje "
            "pracodawców 4. organizacje pozarządowe",
            "sources": [],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["PRACODAWCY", "ORG_PRACODAWCOW", "NGO"],
        },
    ],
}
