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
feature-intake = het onthaal van personen
feature-queues = de wachtrijen en afspraken
feature-coverage = de opvolging van de dekking
feature-staff = het personeelsbeheer en de privacy
feature-referrals = het afdrukken van doorverwijzingen
source-command-line = op de opdrachtregel
source-config = in het configuratiebestand
