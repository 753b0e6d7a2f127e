"""The demo's local governments: a voivodeship, a powiat and, in it, the two gminy."""

MAIN_SLUG = "przykladowo"
NEIGHBOUR_SLUG = "sasiednia"

# In creation order: a parent comes before its children.
GOVERNMENTS = [
    {
        "key": "voivodeship",
        "name": "Województwo przykładowe",
        "slug": "wojewodztwo-przykladowe",
        "kind": "voivodeship",
        "teryt": "99",
        "parent": None,
    },
    {
        "key": "powiat",
        "name": "Powiat przykładowy",
        "slug": "powiat-przykladowy",
        "kind": "powiat",
        "teryt": "9901",
        "parent": "voivodeship",
    },
    {
        "key": "town",
        "name": "Miasto Przykładowo",
        "slug": MAIN_SLUG,
        "kind": "urban_gmina",
        "teryt": "9901011",
        "parent": "powiat",
    },
    {
        "key": "neighbour",
        "name": "Gmina Sąsiednia",
        "slug": NEIGHBOUR_SLUG,
        "kind": "rural_gmina",
        "teryt": "9901022",
        "parent": "powiat",
    },
]
