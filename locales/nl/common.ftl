## Woorden en notaties die alle schermen en opdrachten delen.

app-name = seuil
app-tagline = onthaal
date-short = { $day }-{ $month }-{ $year }
time-short = { $hour }:{ $minute }
count-persons =
    { $count ->
        [one] { $count } persoon
       *[other] { $count } personen
    }
source-command-line = op de opdrachtregel
source-config = in het configuratiebestand
picker-hint = ←/→ om te kiezen, of typ het begin van de naam; Delete maakt het veld leeg.
