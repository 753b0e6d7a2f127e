"""Area 4 of the historical strategy (2005–2015) as the seed action plan has it:
cooperation with non-governmental organisations."""

from ..financing import GMINA_BUDGET, NGO_FUNDS, OTHER_FUNDS, POWIAT_BUDGET, STATE_BUDGET

AREA = {
    "title": "WSPÓŁPRACA PARTNERÓW SPOŁECZNYCH Z ADMINISTRACJĄ PUBLICZNĄ",
    "actions": [
        {
            "title": "Opracowanie standardów usług, które powinny spełniać organizacje "
            "pozarządowe, ubiegające się o realizację działań związanych z pomocą "
            "społeczną.",
            "financing": "-",
            "responsible": "1. samorząd: gmin, powiatu 2. organizacje pozarządowe",
            "sources": [],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Wypracowywanie, przez jednostki administracji samorządowej, zasad "
            "zlecania zadań organizacjom pozarządowym, z uwzględnieniem korzyści dla "
            "społeczności lokalnej.",
            "financing": "-",
            "responsible": "1. samorząd: gmin, powiatów 2. organizacje pozarządowe",
            "sources": [],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Wspieranie przez administrację publiczną działań sektora "
            "pozarządowego (organizacje wsparcia, centra wolontariatu, fundusze "
            "lokalne, organizacje szkolące).",
            "financing": "1. samorząd: gminy, powiatu 2. administracja rządowa",
            "responsible": "1. samorząd: gmin, powiatów, 2. organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, STATE_BUDGET],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Opracowywanie na poziomie gmin i powiatów programów współpracy z "
            "organizacjami pozarządowymi w sferze pomocy społecznej.",
            "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Stworzenie bazy informacyjnej o instytucjach i organizacjach "
            "pozarządowych działających w zakresie problemów społecznych",
            "financing": "1. samorząd: gminy, powiatu 2. administracja rządowa",
            "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, STATE_BUDGET],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Inicjowanie działań zmierzających do tworzenia lokalnych funduszy "
            "społecznych, przeznaczonych na dofinansowanie programów nastawionych na "
            "rozwiązywanie problemów społecznych.",
            "financing": "1. samorząd: gminy, powiatu 2. administracja rządowa 3. inne",
            "responsible": "1. samorząd: gminy, powiatu 2. administracja rządowa 3. "
            "organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, STATE_BUDGET, OTHER_FUNDS],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["ADM_RZADOWA", "NGO"],
        },
        {
            "title": "Tworzenie na poziomie powiatu, programów współpracy z "
            "organizacjami pozarządowymi w sferze pomocy społecznej.",
            "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "responsible": "1. samorząd: gminy, powiatu 2. administracja rządowa 3. "
            "organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["ADM_RZADOWA", "NGO"],
        },
    ],
}
