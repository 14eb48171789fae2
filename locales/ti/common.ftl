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
picker-hint = ←/→ ንምምራጽ፡ ወይ መጀመርታ ናይቲ ስም ጽሓፍ፤ Delete ነቲ ቦታ የጽርዮ።

## ዕለታት ብቓላት፡ ኣብ ደብዳቤታትን ወረቐታትን
date-long = { $day } { $month ->
        [1] ጥሪ
        [2] ለካቲት
        [3] መጋቢት
        [4] ሚያዝያ
        [5] ግንቦት
        [6] ሰነ
        [7] ሓምለ
        [8] ነሓሰ
        [9] መስከረም
        [10] ጥቅምቲ
        [11] ሕዳር
       *[12] ታሕሳስ
    } { $year }
date-weekday = { $weekday ->
        [1] ሰኑይ
        [2] ሰሉስ
        [3] ረቡዕ
        [4] ሓሙስ
        [5] ዓርቢ
        [6] ቀዳም
       *[7] ሰንበት
    }
date-long-weekday = { $weekday } { $date }
date-month-year = { $month }/{ $year }
date-error-shape = ዕለት ከም 25/11/2026 (ወይ 2026-11-25) ጽሓፍ።
date-error-no-such-day = እዚ ዕለት የለን፦ { $day }/{ $month }/{ $year }።
date-error-no-such-month = እዚ ወርሒ የለን፦ { $month }/{ $year }።
