## Mots et formats communs à tous les écrans et commandes.

app-name = seuil
app-tagline = accueil
date-short = { $day }/{ $month }/{ $year }
time-short = { $hour }:{ $minute }
count-persons =
    { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
source-command-line = sur la ligne de commande
source-config = dans le fichier de configuration
date-month-year = { $month }/{ $year }
date-error-shape = Écrivez la date comme 25/11/2026 (ou 2026-11-25).
date-error-no-such-day = Cette date n'existe pas : { $day }/{ $month }/{ $year }.
date-error-no-such-month = Ce mois n'existe pas : { $month }/{ $year }.
