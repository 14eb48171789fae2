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
picker-hint = ←/→ pour choisir, ou tapez le début du nom ; Suppr vide le champ.

## Dates en toutes lettres, sur les lettres et les talons (le premier du mois : « 1er »)
date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
date-weekday = { $weekday ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    }
date-long-weekday = { $weekday } { $date }
date-month-year = { $month }/{ $year }
date-error-shape = Écrivez la date comme 25/11/2026 (ou 2026-11-25).
date-error-no-such-day = Cette date n'existe pas : { $day }/{ $month }/{ $year }.
date-error-no-such-month = Ce mois n'existe pas : { $month }/{ $year }.
