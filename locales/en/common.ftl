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
