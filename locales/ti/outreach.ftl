# ተንቀሳቀስቲ ጉጅለታት፡ ቦታታት፣ ዙረታት፣ ርክባት፣ ክታበታት።

audit-place-update = ኣብ መዝገብ ቦታታት ምጽሓፍ
audit-outreach-session-update = ዙረት ምምዝጋብ
audit-outreach-contact-insert = ርክብ ዙረት ምምዝጋብ
audit-vaccination-insert = ክታበት ምምዝጋብ

## ቦታታት

outreach-kind-squat = ብዘይ ፍቓድ ዝተታሕዘ ገዛ
outreach-kind-metro = መደበር ሜትሮ
outreach-kind-street = ጎደና
outreach-kind-park = ፓርክ
outreach-kind-partner = ቦታ መሻርኽቲ
outreach-kind-shelter = መዕቆቢ
outreach-kind-other = ካልእ ቦታ
outreach-place-added = ቦታ « { $place } » ተወሲኹ ኣሎ ({ $kind })።
outreach-place-closed = ቦታ « { $place } » ተዓጽዩ፡ ኣብኡ ሓድሽ ምብጻሕ የለን፤ ዝሓለፈ ምብጻሓቱ ግን ይቑጸር።
outreach-no-places = ኣብ መዝገብ ገና ዝኾነ ቦታ የለን፡ seuil place add NAME --kind K።
outreach-first-visit = ቀዳማይ ምብጻሕ { $date }
outreach-not-visited = ገና ኣይተበጽሐን
outreach-closed-mark = ዕጹው
outreach-error-place-blank = ቦታ ስም የድልዮ (ኮድ ስም ይኣክል)።
outreach-error-place-punctuation = ስም ቦታ እንተወሓደ ሓንቲ ፊደል ወይ ኣሃዝ ክሕዝ ኣለዎ፣ ምልክታት ስርዓተ-ነጥቢ ጥራይ ኣይኮነን።
outreach-error-place-long = ስም ቦታ ካብ 60 ፊደላት ክበዝሕ የብሉን።
outreach-error-place-exists = « { $place } » ዝተባህለ ቦታ ድሮ ኣብ መዝገብ ኣሎ።
outreach-error-place-unknown = « { $place } » ዝተባህለ ቦታ የለን። ቦታታት፡ seuil place list።
outreach-error-place-closed = ቦታ « { $place } » ዕጹው እዩ።
outreach-error-kind = « { $kind } » ዓይነት ቦታ ኣይኮነን። ዓይነታት፡ { $kinds }።
outreach-error-commune = « { $commune } » ኮሙን ብራስልስ ኣይኮነን (ስሙ ወይ ፖስታዊ ኮዱ ጽሓፍ)።

## ምብጻሓትን ርክባትን

outreach-error-future = { $date } ናይ መጻኢ ዕለት እዩ፡ ምብጻሕ ኣብታ መዓልቲ ወይ ድሕሪኡ እዩ ዝምዝገብ።
outreach-error-session = ምብጻሕ ቁጽሪ { $session } የለን።
outreach-error-person = ኮድ { $code } ዘለዎ ሰብ የለን።
outreach-error-partner = ምስ « { $partner } » ዝሰማማዕ ሓደ መሻርኽቲ የለን። መሻርኽቲ፡ seuil partner list።
outreach-error-no-vaccine = ክታበት ስም ናይቲ ክታበት የድልዮ።
outreach-error-no-lot = ክታበት ቁጽሪ ሎት (lot) ናይቲ ክታበት የድልዮ፡ ዋላ ሓንቲ ኣይተመዝገበን።
outreach-error-dose-number = ቁጽሪ ዶዝ { $dose }፡ ካብ 1 ክሳብ 10።
outreach-error-people = ቁጽሪ እንተወሓደ ሓደ ሰብ ይሓዝ።
outreach-error-count = { $arg } { $value }፡ ቁጽሪ ካብ 1 ዝጅምር ምሉእ ቁጽሪ እዩ።
outreach-error-tally-form = « { $value } » ቁጽሪ ኣይኮነን፡ SEX/AGEBAND ወይ SEX/AGEBAND/new ጽሓፍ፣ ንኣብነት f/25-29/new።
outreach-error-tally-sex = « { $value } » ናይ ቁጽሪ ጾታ ኣይኮነን፡ f፣ m፣ x ወይ u።
outreach-error-tally-band = « { $value } » ጉጅለ ዕድመ ኣይኮነን፡ <15፣ 15-19፣ 20-24 … 60-64፣ 65+ ወይ u።
outreach-error-nothing-to-reverse = ኣብዚ ምብጻሕ ዝምለስ ርክብ የለን።
outreach-error-reversed = ርክብ { $contact } ድሮ ተመሊሱ እዩ።
outreach-error-not-today = ርክብ { $contact } ሎሚ ኣይተመዝገበን፡ ናይ ሎሚ ርክብ ጥራይ እዩ ዝምለስ።
outreach-contact-recorded = ርክብ { $contact } ኣብ ምብጻሕ { $session } ተመዝጊቡ።
outreach-contact-reversed = ርክብ { $contact } ተመሊሱ።
outreach-person-registered = ሓድሽ ሰብ ተመዝጊቡ፡ { $code }።
outreach-session-line = { $date }  ቁ. { $session }  { $place } ({ $team })፡ { $contacts ->
        [one] ሓደ ሰብ ተራኺብና
       *[other] { $contacts } ሰባት ተራኺብና
    }፣ ሓደስቲ፡ { $new }

## ድምር

outreach-total-sessions = ምብጻሓት
outreach-total-places = ዝተበጽሑ ቦታታት
outreach-total-new-places = ሓደስቲ ዝተበጽሑ ቦታታት
outreach-total-contacts = ርክባት (ሰባት)
outreach-total-new-contacts = ሓደስቲ ርክባት
outreach-total-accompaniments = ምስናያት
outreach-total-vaccinations = ክታበታት

## መስመር ትእዛዝ

cli-cmd-place = እቶም ተንቀሳቐስቲ ጉጅለታት ዝበጽሕዎም ቦታታት
cli-cmd-place-add = ቦታ ናብ መዝገብ ወስኽ
cli-cmd-place-list = ቦታታት ኣርኢ፣ ንጡፋት ቅድሚት
cli-cmd-place-close = ቦታ ዕጾ (ኣብኡ ሓድሽ ምብጻሕ የለን)
cli-cmd-outreach = ተንቀሳቐስቲ ጉጅለታት፡ ምብጻሓት፣ ርክባት፣ ኣሃዛት
cli-cmd-outreach-session = ኣብ ሓደ ቦታ ምብጻሕ ጀምር (ቁጽሩ የርኢ)
cli-cmd-outreach-contact = ኣብ ምብጻሕ ርክብ መዝግብ፡ ቁጽሪ ወይ ሰብ፣ እንታይ ከም ዝተገብረ
cli-cmd-outreach-reverse = ናይ ሓደ ምብጻሕ ዳሕራይ ርክብ ምለስ (ሎሚ ዝተመዝገበ)
cli-cmd-outreach-sessions = ናይ ሓደ እዋን ምብጻሓት ምስ ኣሃዛቶም
cli-arg-outreach-name = ኮድ ስም ናይቲ ቦታ
cli-arg-outreach-kind = ዓይነት ቦታ፡ squat፣ metro፣ street፣ park፣ partner፣ shelter፣ other
cli-arg-outreach-commune = ኮሙን ናይቲ ቦታ (ስም ወይ ፖስታዊ ኮድ)
cli-arg-outreach-place = እቲ ቦታ፣ ብስሙ
cli-arg-outreach-date = መዓልቲ ምብጻሕ (እንተዘይኮይኑ ሎሚ)
cli-arg-outreach-team = እቲ ጉጅለ
cli-arg-outreach-staff = ዝነበሩ ሰራሕተኛታት፣ ብኮማ ተፈላልዮም
cli-arg-outreach-session = ቁጽሪ ምብጻሕ
cli-arg-outreach-tally = ብዘይ ስም ዝተራኸቡ ሰባት፡ SEX/AGEBAND[/new]፣ ንኣብነት f/25-29/new
cli-arg-outreach-person = ኮድ ናይቲ ዝተራኸበ ሰብ
cli-arg-outreach-new-person = ነቲ ዝተራኸበ ሰብ ኣብኡ መዝግቦ (ዋላ ሓንቲ ግዴታ ኣይኮነን)
cli-arg-outreach-people = እቲ ቁጽሪ ክንደይ ሰባት ይሓዝ (እንተዘይኮይኑ ሓደ)
cli-arg-outreach-given = ዝተዋህበ ኣቕሓ፣ ITEM=N (ኣቕሓታት ናይቲ መቐያየሪ)
cli-arg-outreach-vaccine = ዝተዋህበ ክታበት
cli-arg-outreach-lot = ቁጽሪ ሎት ናይቲ ክታበት (ግዴታ)
cli-arg-outreach-dose = ቁጽሪ ዶዝ (ካብ 1 ክሳብ 10)
cli-arg-outreach-reaction = ድሕሪ ክታበት ዝተራእየ ግብረ-መልሲ
cli-arg-outreach-accompanied = እቲ ሰብ ዝተሰነዮ መሻርኽቲ
cli-arg-outreach-referral = እቲ ሰብ ናበይ ከም ዝተላእከ
cli-arg-outreach-care = ዝተዋህበ ክንክን
cli-arg-outreach-info = ሓበሬታ ተዋሂቡ
cli-arg-outreach-from = ቀዳመይቲ መዓልቲ (እንተዘይኮይኑ 1 ጥሪ)
cli-arg-outreach-to = ዳሕረይቲ መዓልቲ (እንተዘይኮይኑ ሎሚ)
