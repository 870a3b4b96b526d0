"""Job titles as they appear in real prospect lists, in English, French and Swedish.

French titles are (masculine, feminine) pairs so that a title agrees with the first name it
is given; English and Swedish titles are the same for everybody.
"""

from __future__ import annotations

# fmt: off
EN_TITLES: tuple[str, ...] = (
    # executive
    "CEO", "Chief Executive Officer", "Managing Director", "Founder", "Co-Founder", "Owner",
    "President", "Chairman", "Director", "General Manager", "COO", "Chief Operating Officer",
    "Partner", "Managing Partner", "Country Manager",
    # finance
    "CFO", "Chief Financial Officer", "Finance Director", "Financial Controller", "Head of Finance",
    "Accountant", "Senior Accountant", "Accounts Payable Clerk", "Credit Controller",
    "Payroll Specialist", "Finance Manager", "Treasurer",
    # it
    "CTO", "CIO", "IT Director", "IT Manager", "Head of IT", "Systems Administrator",
    "Network Engineer", "Software Engineer", "Senior Software Developer", "DevOps Engineer",
    "Data Analyst", "Data Scientist", "IT Support Technician", "Information Security Manager",
    # sales
    "Head of Sales", "Sales Director", "Sales Manager", "Account Manager", "Key Account Manager",
    "Business Development Manager", "Sales Representative", "Inside Sales Executive",
    "Area Sales Manager", "VP Sales", "Chief Revenue Officer", "Account Executive",
    # marketing
    "CMO", "Marketing Director", "Head of Marketing", "Marketing Manager",
    "Digital Marketing Manager", "Marketing Coordinator", "Content Manager",
    "Communications Manager", "Brand Manager", "Social Media Executive", "PR Officer",
    "Growth Marketer", "Product Marketing Manager",
    # hr
    "HR Director", "Head of People", "HR Manager", "HR Business Partner", "Recruiter",
    "Talent Acquisition Specialist", "HR Assistant", "People Operations Manager",
    # assistants
    "Office Manager", "Executive Assistant", "Personal Assistant", "Receptionist",
    # purchasing
    "Procurement Manager", "Head of Procurement", "Purchasing Manager", "Buyer", "Senior Buyer",
    "Category Manager",
    # operations
    "Supply Chain Manager", "Operations Director", "Operations Manager", "Logistics Manager",
    "Warehouse Supervisor", "Production Manager", "Plant Manager", "Quality Manager",
    "Facilities Manager", "Fleet Manager",
    # legal
    "General Counsel", "Legal Counsel", "Head of Legal", "Company Secretary", "Paralegal",
    "Compliance Officer", "Data Protection Officer",
    # engineering
    "Engineering Manager", "Head of Engineering", "Mechanical Engineer", "Project Engineer",
    "R&D Manager", "Design Engineer", "Electrical Engineer",
    # customer service
    "Customer Service Manager", "Customer Success Manager", "Customer Support Agent",
    "Head of Customer Experience",
    # other
    "Project Manager", "Consultant", "Senior Consultant", "Intern", "Graduate Trainee",
)

FR_TITLES: tuple[tuple[str, str], ...] = (
    # direction
    ("Directeur général", "Directrice générale"), ("PDG", "PDG"), ("Président", "Présidente"),
    ("Gérant", "Gérante"), ("Fondateur", "Fondatrice"), ("Cofondateur", "Cofondatrice"),
    ("Directeur général adjoint", "Directrice générale adjointe"), ("Associé", "Associée"),
    ("Directeur d'agence", "Directrice d'agence"), ("Chef d'entreprise", "Cheffe d'entreprise"),
    # finance
    ("Directeur financier", "Directrice financière"), ("DAF", "DAF"),
    ("Responsable comptable", "Responsable comptable"), ("Comptable", "Comptable"),
    ("Contrôleur de gestion", "Contrôleuse de gestion"), ("Trésorier", "Trésorière"),
    ("Assistant comptable", "Assistante comptable"),
    ("Gestionnaire de paie", "Gestionnaire de paie"), ("Expert-comptable", "Experte-comptable"),
    ("Responsable administratif et financier", "Responsable administrative et financière"),
    ("Chef comptable", "Cheffe comptable"),
    # informatique
    ("DSI", "DSI"),
    ("Directeur des systèmes d'information", "Directrice des systèmes d'information"),
    ("Responsable informatique", "Responsable informatique"),
    ("Administrateur systèmes et réseaux", "Administratrice systèmes et réseaux"),
    ("Développeur", "Développeuse"), ("Ingénieur logiciel", "Ingénieure logicielle"),
    ("Chef de projet informatique", "Cheffe de projet informatique"),
    ("Technicien support", "Technicienne support"), ("Architecte SI", "Architecte SI"),
    ("RSSI", "RSSI"),
    # commercial
    ("Directeur commercial", "Directrice commerciale"),
    ("Responsable commercial", "Responsable commerciale"), ("Commercial", "Commerciale"),
    ("Ingénieur commercial", "Ingénieure commerciale"), ("Chargé d'affaires", "Chargée d'affaires"),
    ("Responsable grands comptes", "Responsable grands comptes"),
    ("Attaché commercial", "Attachée commerciale"), ("Technico-commercial", "Technico-commerciale"),
    ("Responsable développement commercial", "Responsable développement commercial"),
    # marketing et communication
    ("Directeur marketing", "Directrice marketing"),
    ("Responsable marketing", "Responsable marketing"), ("Chef de produit", "Cheffe de produit"),
    ("Chargé de communication", "Chargée de communication"),
    ("Responsable communication", "Responsable communication"),
    ("Community manager", "Community manager"),
    ("Chargé de marketing digital", "Chargée de marketing digitale"),
    ("Directeur de la communication", "Directrice de la communication"),
    ("Chargé de relations presse", "Chargée de relations presse"),
    # ressources humaines
    ("Directeur des ressources humaines", "Directrice des ressources humaines"), ("DRH", "DRH"),
    ("Responsable RH", "Responsable RH"), ("Chargé de recrutement", "Chargée de recrutement"),
    ("Assistant RH", "Assistante RH"), ("Responsable formation", "Responsable formation"),
    ("Gestionnaire RH", "Gestionnaire RH"),
    # achats
    ("Directeur des achats", "Directrice des achats"),
    ("Responsable des achats", "Responsable des achats"), ("Acheteur", "Acheteuse"),
    ("Approvisionneur", "Approvisionneuse"), ("Acheteur industriel", "Acheteuse industrielle"),
    # opérations
    ("Directeur des opérations", "Directrice des opérations"),
    ("Responsable logistique", "Responsable logistique"),
    ("Responsable de production", "Responsable de production"),
    ("Chef d'atelier", "Cheffe d'atelier"), ("Responsable qualité", "Responsable qualité"),
    ("Directeur d'usine", "Directrice d'usine"),
    ("Responsable des services généraux", "Responsable des services généraux"),
    ("Chef d'équipe", "Cheffe d'équipe"),
    ("Responsable d'exploitation", "Responsable d'exploitation"),
    # juridique
    ("Juriste", "Juriste"), ("Directeur juridique", "Directrice juridique"),
    ("Responsable juridique", "Responsable juridique"),
    ("Délégué à la protection des données", "Déléguée à la protection des données"),
    ("Avocat associé", "Avocate associée"),
    # technique
    ("Directeur technique", "Directrice technique"), ("Responsable R&D", "Responsable R&D"),
    ("Ingénieur d'études", "Ingénieure d'études"), ("Ingénieur méthodes", "Ingénieure méthodes"),
    ("Dessinateur-projeteur", "Dessinatrice-projeteuse"),
    ("Ingénieur process", "Ingénieure process"),
    # service client
    ("Responsable service client", "Responsable service client"),
    ("Chargé de clientèle", "Chargée de clientèle"),
    ("Conseiller clientèle", "Conseillère clientèle"),
    ("Responsable relation client", "Responsable relation client"),
    # assistanat et divers
    ("Assistant de direction", "Assistante de direction"), ("Secrétaire", "Secrétaire"),
    ("Office manager", "Office manager"), ("Stagiaire", "Stagiaire"), ("Alternant", "Alternante"),
    ("Consultant", "Consultante"), ("Chef de projet", "Cheffe de projet"),
    ("Chargé de mission", "Chargée de mission"),
)

SV_TITLES: tuple[str, ...] = (
    # ledning
    "VD", "Verkställande direktör", "Vice VD", "Ägare", "Grundare", "Delägare",
    "Styrelseordförande", "Regionchef", "Affärsområdeschef", "Kontorschef",
    # ekonomi
    "Ekonomichef", "Ekonomiansvarig", "Redovisningsekonom", "Controller", "Löneadministratör",
    "Ekonomiassistent", "Redovisningskonsult", "Finanschef", "Auktoriserad revisor",
    # it
    "IT-chef", "IT-ansvarig", "Systemadministratör", "Systemutvecklare", "Utvecklare",
    "Mjukvaruingenjör", "IT-tekniker", "Nätverkstekniker", "IT-säkerhetsansvarig", "CIO",
    # försäljning
    "Säljchef", "Försäljningschef", "Säljare", "Innesäljare", "Affärsutvecklare",
    "Kundansvarig säljare", "Försäljningsdirektör", "Utesäljare",
    # marknad och kommunikation
    "Marknadschef", "Marknadsansvarig", "Marknadskoordinator", "Kommunikatör", "Kommunikationschef",
    "Produktchef", "Varumärkesansvarig", "Webbredaktör", "Digital marknadsförare", "Presschef",
    # hr
    "HR-chef", "Personalchef", "HR-ansvarig", "Rekryterare", "HR-generalist", "Personalhandläggare",
    "HR-assistent",
    # inköp
    "Inköpschef", "Inköpsansvarig", "Inköpare", "Upphandlare", "Strategisk inköpare",
    # drift
    "Logistikchef", "Driftchef", "Produktionschef", "Platschef", "Kvalitetschef", "Lagerchef",
    "Verksamhetschef", "Fastighetsförvaltare", "Arbetsledare",
    # juridik
    "Bolagsjurist", "Chefsjurist", "Jurist", "Dataskyddsombud", "Advokat",
    # teknik
    "Teknisk chef", "Utvecklingschef", "Konstruktör", "Civilingenjör", "Projektingenjör",
    "Elingenjör",
    # kundtjänst
    "Kundtjänstchef", "Kundansvarig", "Kundtjänstmedarbetare", "Supportansvarig",
    # övrigt
    "Receptionist", "Administratör", "Assistent", "Ledningsassistent", "Projektledare", "Konsult",
    "Praktikant", "Avdelningschef",
)

# What sole traders call themselves.
FR_OWNER_TITLES: tuple[tuple[str, str], ...] = (
    ("Gérant", "Gérante"), ("Artisan", "Artisane"), ("Indépendant", "Indépendante"),
    ("Auto-entrepreneur", "Auto-entrepreneuse"),
    ("Consultant indépendant", "Consultante indépendante"), ("Fondateur", "Fondatrice"),
)
SV_OWNER_TITLES: tuple[str, ...] = ("Ägare", "Egenföretagare", "Innehavare", "Konsult", "Grundare")
EN_OWNER_TITLES: tuple[str, ...] = (
    "Owner", "Sole Trader", "Proprietor", "Freelance Consultant", "Founder",
)
# fmt: on
