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
