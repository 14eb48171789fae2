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
date-month-year = { $month }-{ $year }
date-error-shape = Schrijf de datum als 25-11-2026 (of 2026-11-25).
date-error-no-such-day = Deze datum bestaat niet: { $day }-{ $month }-{ $year }.
date-error-no-such-month = Deze maand bestaat niet: { $month }-{ $year }.
