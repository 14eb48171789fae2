# Katalog partnerów.

partner-kind-hospital = Szpital
partner-kind-cpas = CPAS (ośrodek pomocy społecznej)
partner-kind-medical = Przychodnia
partner-kind-shelter = Schronisko
partner-kind-specialised = Usługa specjalistyczna
partner-kind-other = Inne
partner-added = Dodano partnera: { $name }.
partner-error-name = Partner potrzebuje nazwy.
partner-error-kind = Nieznany rodzaj „{ $kind }”. Rodzaje: hospital, cpas, medical, shelter, specialised, other.
partner-error-letter-lang = Listy są po francusku lub niderlandzku: fr albo nl, nie „{ $lang }”.
partner-error-taken = { $name } jest już w katalogu.
partner-error-too-long = Pole partnera ma najwyżej { $max } znaków.
cli-arg-address = Adres
cli-arg-phone = Numer telefonu
cli-arg-hours = Godziny otwarcia
cli-arg-notes = Notatki dla zespołu
