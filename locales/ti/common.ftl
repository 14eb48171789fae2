## ኣብ ኩሎም ገጻትን ትእዛዛትን ዝሰርሑ ቃላትን ቅርጽታትን።

app-name = seuil
app-tagline = ምቕባል
date-short = { $day }/{ $month }/{ $year }
time-short = { $hour }:{ $minute }
count-persons =
    { $count ->
        [one] { $count } ሰብ
       *[other] { $count } ሰባት
    }
source-command-line = ኣብ መስመር ትእዛዝ
source-config = ኣብ ፋይል ቅጥዒ
date-month-year = { $month }/{ $year }
date-error-shape = ዕለት ከም 25/11/2026 (ወይ 2026-11-25) ጽሓፍ።
date-error-no-such-day = እዚ ዕለት የለን፦ { $day }/{ $month }/{ $year }።
date-error-no-such-month = እዚ ወርሒ የለን፦ { $month }/{ $year }።
