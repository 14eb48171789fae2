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
picker-hint = ←/→, aby wybrać, albo wpisz początek nazwy; Delete czyści pole.

## Daty słownie, w listach i na karteczkach (miesiąc w dopełniaczu)
date-long = { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year }
date-weekday = { $weekday ->
        [1] poniedziałek
        [2] wtorek
        [3] środa
        [4] czwartek
        [5] piątek
        [6] sobota
       *[7] niedziela
    }
date-long-weekday = { $weekday }, { $date }
date-month-year = { $month }.{ $year }
date-error-shape = Wpisz datę jako 25.11.2026 (albo 2026-11-25).
date-error-no-such-day = Taka data nie istnieje: { $day }.{ $month }.{ $year }.
date-error-no-such-month = Taki miesiąc nie istnieje: { $month }.{ $year }.
