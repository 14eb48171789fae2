## Słowa i formaty wspólne dla wszystkich ekranów i poleceń.

app-name = seuil
app-tagline = recepcja
date-short = { $day }.{ $month }.{ $year }
time-short = { $hour }:{ $minute }
count-persons =
    { $count ->
        [one] { $count } osoba
        [few] { $count } osoby
        [many] { $count } osób
       *[other] { $count } osoby
    }
source-command-line = w wierszu poleceń
source-config = w pliku konfiguracyjnym
date-month-year = { $month }.{ $year }
date-error-shape = Wpisz datę jako 25.11.2026 (albo 2026-11-25).
date-error-no-such-day = Taka data nie istnieje: { $day }.{ $month }.{ $year }.
date-error-no-such-month = Taki miesiąc nie istnieje: { $month }.{ $year }.
