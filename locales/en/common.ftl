## Words and formats shared by every screen and command.

app-name = seuil
app-tagline = reception desk
date-short = { $day }/{ $month }/{ $year }
time-short = { $hour }:{ $minute }
count-persons =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
source-command-line = on the command line
source-config = in the configuration file
date-month-year = { $month }/{ $year }
date-error-shape = Write the date as 25/11/2026 (or 2026-11-25).
date-error-no-such-day = This date does not exist: { $day }/{ $month }/{ $year }.
date-error-no-such-month = This month does not exist: { $month }/{ $year }.
