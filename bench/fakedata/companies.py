"""Pieces of company names, legal forms, mail providers and free-text snippets per language."""

from __future__ import annotations

# fmt: off
FR_SECTORS: tuple[str, ...] = (
    "Conseil", "Immobilier", "Transports", "Bâtiment", "Plomberie", "Électricité", "Informatique",
    "Distribution", "Industrie", "Finance", "Audit", "Expertise", "Menuiserie", "Logistique",
    "Architecture", "Traiteur", "Imprimerie", "Paysage", "Optique", "Assurances", "Voyages",
    "Métallerie", "Emballages", "Automobiles", "Communication", "Formation", "Ingénierie", "Santé",
    "Boulangerie", "Vins", "Énergies", "Sécurité", "Nettoyage", "Charpente", "Équipements",
    "Patrimoine", "Numérique", "Environnement",
)
FR_BRAND_HEADS: tuple[str, ...] = (
    "Nova", "Alti", "Vertu", "Lumi", "Océa", "Axi", "Clair", "Ondu", "Terra", "Sola", "Vali", "Cap",
    "Orié", "Iso", "Arca", "Belle", "Ker", "Mont", "Val", "Sud", "Nord", "Hexa", "Proxi", "Logi",
    "Agri", "Immo", "Méta", "Oxy", "Pyra", "Vivi", "Azur", "Éco", "Fleur", "Rive",
)
FR_BRAND_TAILS: tuple[str, ...] = (
    "lys", "tech", "via", "nov", "com", "gie", "phone", "dis", "tis", "ance", "ium", "ora", "ys",
    "éa", "is", "ane", "ix", "o", "ia", "line", "vert", "mat",
)
FR_PLACES: tuple[str, ...] = (
    "du Rhône", "du Var", "du Jura", "du Nord", "du Gard", "du Lot", "du Morvan", "du Médoc",
    "du Vercors", "du Limousin", "de l'Ouest", "de Bretagne", "d'Alsace", "de Provence",
    "de la Loire", "des Alpes", "de Normandie", "d'Aquitaine", "de Champagne", "de l'Île-de-France",
)
# (pattern, weight); {L} a last name, {B} a brand, {S} a sector, {P} a place.
FR_NAME_PATTERNS: tuple[tuple[str, int], ...] = (
    ("{L} {S}", 30), ("{B}", 20), ("{B} {S}", 15), ("{L} & Fils", 4), ("{L} et Associés", 5),
    ("Cabinet {L}", 6), ("Groupe {B}", 4), ("Ateliers {L}", 3), ("Maison {L}", 3), ("{S} {P}", 8),
    ("Laboratoires {B}", 2),
)
FR_FORMS: tuple[tuple[str, int], ...] = (
    ("SAS", 38), ("SARL", 28), ("SA", 7), ("EURL", 5), ("SASU", 7), ("SCOP", 1), ("", 14),
)

SV_SECTORS: tuple[str, ...] = (
    "Bygg", "Konsult", "Transport", "Fastigheter", "Data", "Måleri", "El", "VVS", "Redovisning",
    "Logistik", "Industri", "Teknik", "Revision", "Arkitekter", "Design", "Media", "Trädgård",
    "Städ", "Optik", "Försäkring", "Resor", "Plåt", "Förpackningar", "Bil", "Kommunikation",
    "Utbildning", "Ingenjörer", "Vård", "Bageri", "Energi", "Säkerhet", "Snickeri", "Mekaniska",
    "Handel",
)
SV_BRAND_HEADS: tuple[str, ...] = (
    "Nord", "Fjäll", "Sjö", "Björk", "Gran", "Ek", "Lin", "Berg", "Dal", "Strand", "Vik", "Norr",
    "Sol", "Is", "Ljus", "Skog", "Klipp", "Älv", "Hav", "Ström", "Ö", "Sten",
)
SV_BRAND_TAILS: tuple[str, ...] = (
    "vik", "tek", "ia", "data", "sys", "form", "lab", "lux", "nova", "gruppen", "verket", "kraft",
    "line", "ium", "port", "byrån", "huset", "gården", "sund",
)
SV_PLACES: tuple[str, ...] = (
    "Norrlands", "Skånes", "Västkustens", "Mälardalens", "Göteborgs", "Stockholms", "Upplands",
    "Smålands", "Dalarnas", "Gotlands", "Värmlands", "Östgöta", "Hallands", "Jämtlands",
)
SV_NAME_PATTERNS: tuple[tuple[str, int], ...] = (
    ("{Ls} {S}", 28), ("{B}", 22), ("{B} {S}", 15), ("{L} & Söner", 3), ("{P} {S}", 12),
    ("{B} Sverige", 5), ("{L} {S}", 10), ("{B} Gruppen", 5),
)
SV_FORMS: tuple[tuple[str, int], ...] = (
    ("AB", 80), ("HB", 5), ("KB", 2), ("AB (publ)", 1), ("", 12),
)

EN_SECTORS: tuple[str, ...] = (
    "Consulting", "Properties", "Logistics", "Construction", "Plumbing", "Electrical", "Software",
    "Distribution", "Engineering", "Finance", "Accountants", "Solicitors", "Joinery", "Architects",
    "Catering", "Print", "Landscapes", "Opticians", "Insurance", "Travel", "Metalworks",
    "Packaging", "Motors", "Media", "Training", "Healthcare", "Bakery", "Wines", "Energy",
    "Security", "Cleaning", "Analytics", "Systems", "Recruitment",
)
EN_BRAND_HEADS: tuple[str, ...] = (
    "Bright", "Oak", "Silver", "Red", "Green", "Black", "Stone", "River", "North", "Kings", "Ash",
    "Elm", "Iron", "Blue", "Gold", "High", "West", "Fair", "Mill", "Hart",
)
EN_BRAND_TAILS: tuple[str, ...] = (
    "well", "field", "bridge", "gate", "wood", "stone", "brook", "ford", "ton", "wick", "vale",
    "point", "line", "works", "lake", "hurst",
)
EN_PLACES: tuple[str, ...] = (
    "Thames Valley", "Pennine", "Cotswold", "Highland", "Severn", "Mersey", "Tyneside", "Solent",
    "Chiltern", "Wessex", "Kentish", "Yorkshire", "Cornish", "Clyde",
)
EN_NAME_PATTERNS: tuple[tuple[str, int], ...] = (
    ("{L} {S}", 28), ("{B}", 20), ("{B} {S}", 18), ("{L} & Sons", 5), ("{L} & Partners", 5),
    ("{P} {S}", 14), ("{B} Group", 5), ("{L} {L2}", 5),
)
EN_FORMS: tuple[tuple[str, int], ...] = (
    ("Ltd", 62), ("Limited", 10), ("PLC", 2), ("LLP", 6), ("", 20),
)
DE_FORMS: tuple[tuple[str, int], ...] = (("GmbH", 70), ("AG", 5), ("GmbH & Co. KG", 10), ("", 15))
BE_FORMS: tuple[tuple[str, int], ...] = (("SRL", 50), ("SA", 25), ("SPRL", 10), ("", 15))
CH_FORMS: tuple[tuple[str, int], ...] = (("SA", 50), ("Sàrl", 35), ("", 15))
NO_FORMS: tuple[tuple[str, int], ...] = (("AS", 80), ("ASA", 5), ("", 15))
DK_FORMS: tuple[tuple[str, int], ...] = (("ApS", 50), ("A/S", 35), ("", 15))

# Role (generic) mailboxes a company publishes.
FR_GENERIC: tuple[str, ...] = (
    "contact", "info", "accueil", "commercial", "commande", "direction", "compta", "secretariat",
    "devis", "sales",
)
SV_GENERIC: tuple[str, ...] = (
    "info", "kontakt", "order", "ekonomi", "kundtjanst", "reception", "sales", "faktura",
)
EN_GENERIC: tuple[str, ...] = (
    "info", "sales", "contact", "enquiries", "office", "accounts", "hello", "admin", "support",
)

FR_PROVIDERS: tuple[tuple[str, int], ...] = (
    ("gmail.com", 35), ("orange.fr", 15), ("free.fr", 10), ("laposte.net", 6), ("hotmail.fr", 10),
    ("outlook.fr", 6), ("sfr.fr", 6), ("wanadoo.fr", 5), ("yahoo.fr", 7),
)
SV_PROVIDERS: tuple[tuple[str, int], ...] = (
    ("gmail.com", 40), ("telia.com", 14), ("hotmail.com", 14), ("outlook.com", 8), ("live.se", 6),
    ("icloud.com", 8), ("bredband.net", 5), ("yahoo.se", 5),
)
EN_PROVIDERS: tuple[tuple[str, int], ...] = (
    ("gmail.com", 40), ("outlook.com", 12), ("hotmail.co.uk", 14), ("yahoo.co.uk", 10),
    ("btinternet.com", 10), ("icloud.com", 8), ("sky.com", 6),
)

PRODUCT_CATEGORIES: tuple[str, ...] = (
    "accounting", "payroll", "training", "software", "office_supplies", "consulting", "hardware",
    "maintenance",
)

FR_CONSENT_SOURCES: tuple[str, ...] = (
    "Formulaire newsletter site web", "Formulaire de contact site web", "Salon Vivatech",
    "Webinaire comptabilité", "Livre blanc RGPD (téléchargement)", "Jeu-concours Facebook",
    "Bulletin papier salon SIA", "Page d'inscription démo",
)
SV_CONSENT_SOURCES: tuple[str, ...] = (
    "Webbformulär nyhetsbrev", "Kontaktformulär på webbplatsen", "Mässa Elmia",
    "Webbinarium om bokföring", "Nedladdning av guide", "Tävling på Instagram", "Anmälan i butik",
    "Demoanmälan",
)
EN_CONSENT_SOURCES: tuple[str, ...] = (
    "Website newsletter sign-up", "Contact form", "Trade show stand, ExCeL London",
    "Webinar registration", "Whitepaper download", "Prize draw entry", "In-store sign-up sheet",
)
FR_CONSENT_WORDINGS: tuple[str, ...] = (
    "J'accepte de recevoir les offres commerciales par e-mail.",
    "Je souhaite recevoir la newsletter et les offres de nos partenaires.",
    "Oui, je veux être informé(e) des nouveautés.",
)
SV_CONSENT_WORDINGS: tuple[str, ...] = (
    "Jag vill få erbjudanden via e-post.", "Ja, skicka mig nyhetsbrevet.",
    "Jag godkänner att ni kontaktar mig med marknadsföring.",
)
EN_CONSENT_WORDINGS: tuple[str, ...] = (
    "I agree to receive marketing e-mails.", "Yes, send me news and offers by e-mail.",
    "Tick to hear about our products and events.",
)
FR_CONSENT_METHODS: tuple[str, ...] = (
    "case à cocher", "double opt-in", "formulaire papier", "oral",
)
SV_CONSENT_METHODS: tuple[str, ...] = ("kryssruta", "double opt-in", "pappersblankett", "muntligt")
EN_CONSENT_METHODS: tuple[str, ...] = ("checkbox", "double opt-in", "paper form", "verbal")

FR_NOTES: tuple[str, ...] = (
    "Rencontré au salon, intéressé par une démo", "Rappeler en septembre", "A demandé un devis",
    "Ne répond pas au téléphone", "Contact via LinkedIn", "Client potentiel pour 2025",
    "Préfère être contacté le matin", "Budget validé au T3", "Ancien client de la concurrence",
    "Envoyé brochure",
)
SV_NOTES: tuple[str, ...] = (
    "Träffades på mässan, vill ha demo", "Ring tillbaka i augusti", "Har begärt offert",
    "Svarar inte i telefon", "Kontakt via LinkedIn", "Intresserad av årsavtal", "Föredrar mejl",
    "Budget klar efter sommaren", "Skickat broschyr",
)
EN_NOTES: tuple[str, ...] = (
    "Met at the trade show, wants a demo", "Call back in September", "Asked for a quote",
    "Not answering the phone", "Connected on LinkedIn", "Renewal due next spring", "Prefers e-mail",
    "Budget signed off in Q3", "Sent brochure",
)
# Rare notes that a data-minimisation check should flag (health data).
SENSITIVE_NOTES: tuple[str, ...] = (
    "En arrêt maladie jusqu'en mars", "Sjukskriven till mars", "Off sick until March",
)
TAGS: tuple[str, ...] = (
    "vip", "newsletter", "salon-2024", "mässa-2024", "prospect", "relance", "webinar", "partenaire",
    "hot", "cold", "île-de-france", "stockholm", "london", "q3", "demo", "devis", "offert",
    "linkedin",
)
# fmt: on
