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
picker-hint = ←/→ to choose, or type the start of the name; Delete empties the field.

## Dates in words, on letters and slips (day, month, year)
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
date-weekday = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
date-long-weekday = { $weekday } { $date }
date-month-year = { $month }/{ $year }
date-error-shape = Write the date as 25/11/2026 (or 2026-11-25).
date-error-no-such-day = This date does not exist: { $day }/{ $month }/{ $year }.
date-error-no-such-month = This month does not exist: { $month }/{ $year }.
