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
