"""First and last names per language, with the accents and punctuation real lists carry."""

from __future__ import annotations

# fmt: off
FR_FIRST_F: tuple[str, ...] = (
    "Marie", "Hélène", "Chloé", "Léa", "Camille", "Manon", "Élodie", "Sophie", "Nathalie",
    "Isabelle", "Céline", "Aurélie", "Émilie", "Julie", "Sandrine", "Valérie", "Laurence",
    "Stéphanie", "Anaïs", "Inès", "Zoé", "Mélanie", "Clémence", "Juliette", "Margaux", "Noémie",
    "Océane", "Pauline", "Sylvie", "Véronique", "Agnès", "Bérénice", "Cécile", "Delphine",
    "Françoise", "Geneviève", "Lætitia", "Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Maëlle",
    "Solène", "Gaëlle", "Léonie", "Adèle", "Éloïse", "Brigitte", "Christelle", "Amandine",
    "Charlotte", "Estelle", "Fanny", "Joséphine", "Karine", "Lucie", "Mathilde", "Ophélie",
    "Rachida", "Fatima", "Yasmine", "Thérèse", "Annabelle", "Capucine", "Héloïse", "Romane",
)
FR_FIRST_M: tuple[str, ...] = (
    "Jean", "Pierre", "Jean-Pierre", "François", "Stéphane", "Sébastien", "Jérôme", "Frédéric",
    "Thierry", "Laurent", "Nicolas", "Julien", "Mathieu", "Guillaume", "Benoît", "Hervé", "Olivier",
    "Philippe", "Éric", "Gérard", "Rémi", "Loïc", "Gaël", "Noël", "Joël", "Raphaël", "Hugo",
    "Lucas", "Théo", "Antoine", "Baptiste", "Clément", "Damien", "Fabrice", "Grégoire", "Jean-Marc",
    "Jean-Luc", "Marc-Antoine", "Cédric", "Yannick", "Arnaud", "Bertrand", "Christophe", "Didier",
    "Emmanuel", "Florian", "Gilles", "Henri", "Jacques", "Kévin", "Ludovic", "Maxime", "Pascal",
    "Quentin", "Régis", "Samuel", "Thibault", "Valentin", "Xavier", "Yves", "Mehdi", "Karim",
    "Amadou", "Anthony", "Jérémy", "Léo", "Aurélien",
)
FR_LAST: tuple[str, ...] = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert",
    "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
    "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier",
    "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen",
    "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël",
    "Meyer", "Lucas", "Meunier", "Pérez", "Marchand", "Dufour", "Blanchard", "Barbier", "Brun",
    "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Renard", "Arnaud", "Rolland",
    "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard",
    "Gaillard", "Leclercq", "Lacroix", "Fabre", "Dupuis", "Rodriguez", "Da Silva", "Hubert",
    "Guillot", "Rivière", "Le Gall", "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte", "Ménard",
    "Fleury", "Deschamps", "Carpentier", "Maillard", "Marchal", "Aubry", "Vasseur", "Le Roux",
    "Renault", "Jacquet", "Collet", "Prévost", "Poirier", "Charpentier", "Royer", "Huet", "Baron",
    "Dupuy", "Pons", "Carré", "Breton", "Rémy", "Schneider", "Perrot", "Barré", "Leblanc", "Hoarau",
    "Cordier", "Lejeune", "Lebrun", "Guichard", "Le Goff", "Le Guen", "Hébert", "Bénard", "Besnard",
    "Pelletier", "Jourdan", "Thébault", "Saint-Martin", "de Villiers", "Bouvier", "Delacroix",
    "N'Diaye", "Diallo", "Benali", "Haddad", "Traoré", "Tran", "Kaci", "Lévêque", "Côté",
    "Béranger", "Desprès", "Gaudin", "Lemaître", "Chauvin", "Texier", "Marty", "Ollivier",
)

SV_FIRST_F: tuple[str, ...] = (
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Kerstin", "Ingrid", "Åsa",
    "Malin", "Elin", "Ida", "Linnéa", "Sofia", "Maja", "Ebba", "Klara", "Annika", "Birgitta",
    "Margareta", "Helena", "Ulla", "Gunilla", "Agneta", "Marie", "Camilla", "Jenny", "Johanna",
    "Frida", "Hanna", "Moa", "Tove", "Märta", "Siv", "Britt-Marie", "Ann-Christin", "Lovisa",
    "Alva", "Astrid", "Saga", "Ylva", "Sigrid", "Therése", "Louise", "Ronja", "Stina", "Majken",
    "Gunnel", "Solveig", "Ingela", "Pernilla", "Cecilia", "Amira", "Leila",
)
SV_FIRST_M: tuple[str, ...] = (
    "Lars", "Anders", "Johan", "Erik", "Per", "Karl", "Mikael", "Jan", "Peter", "Hans", "Thomas",
    "Magnus", "Björn", "Göran", "Stefan", "Mats", "Nils", "Bengt", "Sven", "Åke", "Olof", "Gustav",
    "Oskar", "Axel", "Viktor", "Emil", "Henrik", "Fredrik", "Jonas", "Daniel", "Mattias", "Ulf",
    "Leif", "Kjell", "Sören", "Jörgen", "Håkan", "Torbjörn", "Rikard", "Linus", "Elias", "Hugo",
    "Love", "Måns", "Pär", "Örjan", "Lennart", "Rolf", "Bo", "Ola", "Ali", "Mohammed", "Jesper",
    "Tobias", "Pontus", "Joakim", "Gösta",
)
SV_LAST: tuple[str, ...] = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
    "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg",
    "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
    "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund",
    "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson",
    "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson",
    "Lundström", "Viklund", "Björklund", "Eliasson", "Pålsson", "Berggren", "Sandström", "Lund",
    "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren", "Sundberg", "Hedlund",
    "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Öberg", "Andreasson", "Blom", "Ek",
    "Strand", "Åström", "Söderström", "Ågren", "Östlund", "Ahlström", "Dahl", "Sundqvist",
    "Norberg", "Hägg", "Ljung", "Grönlund", "Mohamed", "Ali", "Yilmaz", "Af Klint", "von Essen",
    "De Geer",
)

EN_FIRST_F: tuple[str, ...] = (
    "Olivia", "Amelia", "Emily", "Sophie", "Charlotte", "Jessica", "Hannah", "Lucy", "Emma",
    "Sarah", "Rebecca", "Laura", "Rachel", "Claire", "Helen", "Joanne", "Nicola", "Victoria",
    "Katherine", "Eleanor", "Grace", "Chloe", "Zoë", "Siobhan", "Niamh", "Sinéad", "Róisín",
    "Priya", "Aisha", "Fiona", "Gemma", "Louise", "Megan", "Harriet", "Imogen", "Philippa",
    "Beatrice", "Rosie", "Ellie", "Freya", "Isla", "Mairead", "Bethan", "Naomi", "Ruth",
)
EN_FIRST_M: tuple[str, ...] = (
    "Oliver", "James", "Jack", "Harry", "George", "Thomas", "William", "Daniel", "Matthew", "David",
    "Michael", "Christopher", "Andrew", "Richard", "Robert", "Paul", "Mark", "Stephen", "Simon",
    "Jonathan", "Alexander", "Benjamin", "Samuel", "Joseph", "Liam", "Callum", "Hamish", "Rhys",
    "Dafydd", "Seán", "Ciarán", "Rajesh", "Mohammed", "Arjun", "Kwame", "Edward", "Hugh", "Rupert",
    "Gareth", "Ian", "Neil", "Owain", "Declan", "Tariq", "Femi",
)
EN_LAST: tuple[str, ...] = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
    "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
    "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin",
    "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison",
    "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price",
    "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey",
    "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall",
    "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman",
    "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews",
    "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker",
    "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "O'Brien", "O'Connor", "O'Neill",
    "McDonald", "MacLeod", "McKenzie", "Fitzgerald", "Smith-Jones", "Okafor", "Nowak", "Ap Rhys",
    "D'Souza", "Van der Berg",
)

DE_FIRST_F: tuple[str, ...] = (
    "Sabine", "Ursula", "Anna", "Julia", "Katharina", "Monika", "Petra", "Jutta", "Birgit",
    "Claudia", "Susanne", "Lea", "Jana", "Hannelore", "Käthe", "Gisela",
)
DE_FIRST_M: tuple[str, ...] = (
    "Lukas", "Jonas", "Felix", "Maximilian", "Jürgen", "Uwe", "Stefan", "Andreas", "Günter",
    "Björn", "Jörg", "Matthias", "Klaus", "Dieter", "Wolfgang", "Sönke",
)
DE_LAST: tuple[str, ...] = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Schmitz",
    "Krause", "Meier", "Lehmann", "Köhler", "Weiß", "Groß", "Jäger",
)
# fmt: on
