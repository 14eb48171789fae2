# Meerdere sites, één register

sync-error-already-joined = Deze databank is al site { $number } ({ $name }) van de organisatie: ze sluit geen tweede keer aan.
sync-error-site-number = Sitenummer { $number } bestaat niet: kies er een van 1 tot { $max }.
