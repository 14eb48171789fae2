# De partnerlijst.

partner-kind-hospital = Ziekenhuis
partner-kind-cpas = OCMW
partner-kind-medical = Wijkgezondheidscentrum
partner-kind-shelter = Opvang
partner-kind-specialised = Gespecialiseerde dienst
partner-kind-other = Andere
partner-added = Partner toegevoegd: { $name }.
partner-error-name = Een partner heeft een naam nodig.
partner-error-kind = Onbekend soort “{ $kind }”. Soorten: hospital, cpas, medical, shelter, specialised, other.
partner-error-letter-lang = Brieven gaan in het Frans of het Nederlands: fr of nl, niet “{ $lang }”.
partner-error-taken = { $name } staat al in de lijst.
partner-error-too-long = Een veld van een partner telt hoogstens { $max } tekens.
cli-arg-address = Adres
cli-arg-phone = Telefoonnummer
cli-arg-hours = Openingsuren
cli-arg-notes = Notities voor het team
