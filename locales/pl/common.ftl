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
