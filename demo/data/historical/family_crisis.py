"""Area 1 of the historical strategy (2005–2015) as the seed action plan has it:
the family in crisis (KRYZYS RODZINY)."""

from ..financing import GMINA_BUDGET, NGO_FUNDS, POWIAT_BUDGET

AREA = {
    "title": "KRYZYS RODZINY",
    "actions": [
        {
            "title": "Inicjowanie działań zmierzających do utworzenia w powiecie "
            "niezbędnej infrastruktury socjalnej",
            "financing": "1. samorząd: powiatu, gminy",
            "responsible": "1. samorząd: powiatu, gminy 2. organizacje pozarządowe",
            "sources": [POWIAT_BUDGET, GMINA_BUDGET],
            "implementers": ["POWIAT", "GMINA"],
            "partners": ["NGO"],
        },
        {
            "title": "Inicjowanie działań zmierzających do utworzenia w powiecie "
            "sprawnego systemu monitorowania rodzinnych form opieki zastępczej.",
            "financing": "1. samorząd powiatu",
            "responsible": "1. samorząd powiatu 2. organizacje pozarządowe",
            "sources": [POWIAT_BUDGET],
            "implementers": ["POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Ustalenie stabilnego funduszu finansowania poradnictwa "
            "specjalistycznego, w tym rodzinnego.",
            "financing": "1. samorząd powiatu",
            "responsible": "1. samorząd powiatu",
            "sources": [POWIAT_BUDGET],
            "implementers": ["POWIAT"],
            "partners": [],
        },
        {
            "title": "Opracowanie systemu szkoleń dla specjalistów pracy z rodziną.",
            "financing": "1. samorząd: powiatu 2. organizacje pozarządowe",
            "responsible": "1. samorząd: powiatu, 2. organizacje pozarządowe",
            "sources": [POWIAT_BUDGET, NGO_FUNDS],
            "implementers": ["POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Stworzenie sieci współpracy podmiotów lokalnych, działających na "
            "rzecz rodziny, w tym spędzania wspólnego czasu wolnego dzieci i rodziców.",
            "financing": "-",
            "responsible": "wszystkie podmioty działające na rzecz rodziny",
            "sources": [],
            "implementers": ["MOPS", "PCPR"],
            "partners": ["PPP", "SP1", "SP2", "KPP", "PARAFIA", "NGO"],
        },
        {
            "title": "Inicjowanie działań na rzecz pomocy rodzinom, znajdującym się w kryzysie.",
            "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Uruchomienie ośrodka interwencji kryzysowej",
            "financing": "1. samorząd: gminy, powiatu",
            "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Rozwijanie systemu pomocy materialnej dla uczących się dzieci i "
            "studiującej młodzieży z rodzin najuboższych.",
            "financing": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "sources": [GMINA_BUDGET, POWIAT_BUDGET, NGO_FUNDS],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO"],
        },
        {
            "title": "Zapewnienie niezbędnych środków finansowych na wsparcie rodzin najuboższych.",
            "financing": "1. samorząd: gminy 2. organizacje pozarządowe",
            "responsible": "1. samorząd: gminy, powiatu 2. organizacje pozarządowe",
            "sources": [GMINA_BUDGET, NGO_FUNDS],
            "implementers": ["GMINA", "POWIAT"],
            "partners": ["NGO"],
        },
    ],
}
