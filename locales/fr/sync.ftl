# Plusieurs sites, un seul registre

sync-error-already-joined = Cette base est déjà le site { $number } ({ $name }) de l'organisation : elle n'en rejoint pas une deuxième fois.
sync-error-site-number = Le numéro de site { $number } n'existe pas : choisissez-en un de 1 à { $max }.
