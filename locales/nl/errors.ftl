## Fouten die iemand kan tegenkomen, telkens met wat te doen.

error-not-a-database = { $path } is geen seuil-databank. Het bestand is niet gewijzigd. Controleer het pad bij --db of SEUIL_DB.
error-db-newer = De databank { $path } is gemaakt door een nieuwere seuil (schema { $found }; deze versie kent tot { $supported }). Er is niets gewijzigd. Werk seuil bij op deze machine.
error-db-open = De databank { $path } kan niet geopend worden: { $detail }. Controleer of het bestand bestaat en of u het mag lezen en schrijven.
error-db-create-dir = De map { $path } kan niet aangemaakt worden: { $detail }. Controleer de rechten of kies een andere plaats met --db.
error-db = De databank antwoordde met een fout: { $detail }. Er is niets bewaard; probeer opnieuw en verwittig de coördinatie als het blijft gebeuren.
error-no-data-dir = Geen gegevensmap gevonden voor deze gebruiker. Geef een databank op met --db of SEUIL_DB.
error-terminal = De terminal reageert niet: { $detail }.
error-not-a-terminal = De post heeft een terminal nodig. Gebruik voor scripts de opdrachten (zie “seuil --help”).
config-syntax = Het configuratiebestand { $path } bevat een fout op regel { $line }: { $detail }. De post opent met de standaardinstellingen.
config-unknown-key = Het configuratiebestand { $path } bevat een onbekende instelling “{ $key }” op regel { $line }. De post opent met de standaardinstellingen.
config-bad-value = Het configuratiebestand { $path } bevat een geweigerde waarde voor “{ $key }” op regel { $line }: “{ $value }” (verwacht: { $expected }). De post opent met de standaardinstellingen.
config-unreadable = Het configuratiebestand { $path } kan niet gelezen worden: { $detail }. De post opent met de standaardinstellingen.
error-db-busy = De databank is bezet (een back-up of een ander programma houdt ze vast). Er is niets bewaard; probeer zo dadelijk opnieuw.
