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

## Datums voluit, op brieven en briefjes
date-long = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
date-weekday = { $weekday ->
        [1] maandag
        [2] dinsdag
        [3] woensdag
        [4] donderdag
        [5] vrijdag
        [6] zaterdag
       *[7] zondag
    }
date-long-weekday = { $weekday } { $date }
date-month-year = { $month }-{ $year }
date-error-shape = Schrijf de datum als 25-11-2026 (of 2026-11-25).
date-error-no-such-day = Deze datum bestaat niet: { $day }-{ $month }-{ $year }.
date-error-no-such-month = Deze maand bestaat niet: { $month }-{ $year }.
