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

## ገጽ ምብጻሕ ጎደና

tab-outreach = ምብጻሕ ጎደና
outreach-today-title = ናይ ሎሚ ምብጻሓት ጎደና
outreach-today-empty = ሎሚ ገና ምብጻሕ የለን። n ሓድሽ ይጅምር፡ እቲ ቦታ (ዘሎ ወይ ሓድሽ)፣ እቲ ጉጅለ።
outreach-today-row = { $contacts ->
        [one] ሓደ ሰብ ተራኺብና
       *[other] { $contacts } ሰባት ተራኺብና
    }፣ ሓደስቲ፡ { $new }
outreach-team = ጉጅለ { $team }
outreach-session-started = ምብጻሕ { $session } ተጀሚሩ፡ ብ f፣ m፣ x ወይ u ቀጺልካ ዕድመ ቊጸር።
outreach-start-title = ሎሚ ሓድሽ ምብጻሕ
outreach-start-new-place = ሓድሽ ቦታ « { $place } »፡ ምስ ዓይነቱ ናብ መዝገብ ይውሰኽ።
outreach-start-hint = ገለ ፊደላት ናይቲ ቦታ ጽሓፍ፤ ↑↓ ካብ መዝገብ ቦታ ይመርጽ፣ እንተዘይኮይኑ ሓድሽ ቦታ ይውሰኽ። ↵ ነቲ ምብጻሕ ይጅምር።
outreach-field-place = ቦታ
outreach-field-kind = ዓይነት
outreach-field-team = ጉጅለ
outreach-screen-totals = ርክባት { $contacts } · ሓደስቲ { $new } · ዝተሰነዩ { $accompanied } · ዝተኸተቡ { $vaccinated }
outreach-tally-label = ቁጽሪ፡
outreach-band-label = ዕድመ፡
outreach-band-ask = ዕድመ ({ $sex })፡ መፍትሕ ዕድመ ጠውቕ።
outreach-band-u = ዕድመ ዘይፍለጥ
outreach-sex-f = ሰበይቲ
outreach-sex-m = ሰብኣይ
outreach-sex-x = ካልእ
outreach-sex-u = ዘይፍለጥ
outreach-next-label = ዝቕጽል ርክብ፡
outreach-next-nothing = ካብቲ ምርኻብ ንላዕሊ ዋላ ሓንቲ የለን
outreach-next-new = ሓድሽ
outreach-next-accompanied = ናብ { $partner } ተሰንዩ
outreach-next-vaccine = { $vaccine } ሎት { $lot } ዶዝ { $dose }
outreach-next-care = ክንክን
outreach-next-referral = ምልኣኽ
outreach-next-info = ሓበሬታ
outreach-next-dropped = እቲ ዝቕጽል ርክብ ዝሓዞ ተሰሪዙ፤ ዋላ ሓንቲ ኣይተጻሕፈን።
outreach-last-contacts = ዳሕረዎት ርክባት
outreach-no-contacts = ኣብዚ ምብጻሕ ገና ርክብ የለን።
outreach-reversed-mark = ተመሊሱ
outreach-reverse-ask = ዳሕራይ ርክብ ናይዚ ምብጻሕ ይመለስ ድዩ? ↵ እወ፣ Esc ኣይፋል።
outreach-material-label = ኣቕሓ (ቁጽሪ፣ ቀጺሉ መፍትሕ ናይቲ ኣቕሓ)፡
outreach-material-count = { $count } ካብቲ ዝቕጽል ኣቕሓ…
outreach-person-label = ኮድ ወይ ስም
outreach-person-hint = ኮድ ናይቲ ሰብ ወይ ገለ ፊደላት ስሙ ጽሓፍ፤ Alt+N ኣብኡ ይምዝግቦ (ዋላ ሓንቲ ግዴታ ኣይኮነን)።
outreach-person-none = ዝተመርጸ ሰብ የለን፡ ኮድ ወይ ስም ጽሓፍ፣ ወይ ንሓድሽ ሰብ Alt+N።
outreach-person-name-refused = እዚ ስም ከም ዝተጻሕፎ ክዕቀብ ኣይክእልን፤ ነቲ ቦታ ኣጽሪኻ ንኮድ ጥራይ ዘለዎ ሰብ Alt+N ጠውቕ።
outreach-partner-label = ዝተሰነየሉ
outreach-partner-none = ዝሰማማዕ መሻርኽቲ የለን፡ ኣወሃሃዲ ኣብ ገጽ ምልኣኽ መሻርኽቲ ይውስኽ።
outreach-field-vaccine = ክታበት
outreach-field-lot = ሎት
outreach-field-dose = ቁጽሪ ዶዝ
outreach-field-reaction = ግብረ-መልሲ
outreach-field-care = ዝተዋህበ ክንክን
outreach-field-referral = ዝተላእከሉ
outreach-recorded-tally = ቁጽሪ ተመዝጊቡ።
outreach-recorded-person = ምስ { $code } ዝተገብረ ርክብ ተመዝጊቡ።
outreach-recorded-new-person = ሓድሽ ሰብ { $code } ተመዝጊቡ፣ ርክብ እውን ተመዝጊቡ።
hint-outreach-start = ሓድሽ ምብጻሕ
hint-outreach-tally = ቁጸር
hint-outreach-new = ሓድሽ
hint-outreach-person = ሰብ
hint-outreach-give = ኣቕሓ
hint-outreach-accompany = ምስናይ
hint-outreach-vaccinate = ክታበት
hint-outreach-care = ክንክን
hint-outreach-info = ሓበሬታ
hint-outreach-reverse = ምለስ
hint-outreach-band = ዕድመ
hint-outreach-material-done = ተወዲኡ
hint-outreach-material-undo = ኣውጽእ
help-action-outreach-start = ናይ ሎሚ ምብጻሕ ጀምር (ቦታ፣ ጉጅለ)
help-action-outreach-open = ነቲ ዝተመርጸ ምብጻሕ ክፈት
help-action-outreach-start-save = ነቲ ምብጻሕ ጀምር (ሓድሽ እንተኾይኑ ነቲ ቦታ ወሲኽካ)
help-action-outreach-place-choose = ሓደ ካብቶም ዝሰማምዑ ቦታታት ምረጽ
help-action-outreach-tally = ቁጽሪ፡ ጾታ ናይቲ ሰብ (ሰበይቲ፣ ሰብኣይ፣ ካልእ፣ ዘይፍለጥ)፣ ቀጺሉ መፍትሕ ዕድመ
help-action-outreach-new = እቲ ዝቕጽል ርክብ ቀዳማይ ርክብ እዩ (ደጊምካ፡ ሓድሽ ኣይኮነን)
help-action-outreach-person = ዝተራኸብናዮ ሰብ፡ ብኮድ ወይ ብስም ድለዮ፣ ወይ ኣብኡ መዝግቦ
help-action-outreach-give = ኣብቲ ዝቕጽል ርክብ ዝተዋህበ ኣቕሓ (መፍትሕታት ኣቕሓታት ናይቲ መቐያየሪ)
help-action-outreach-accompany = እቲ ዝቕጽል ርክብ ናብ መሻርኽቲ ተሰንዩ
help-action-outreach-vaccinate = ኣብቲ ዝቕጽል ርክብ ክታበት (ቁጽሪ ሎት ግዴታ እዩ)
help-action-outreach-care = ኣብቲ ዝቕጽል ርክብ ዝተዋህበ ክንክንን ምልኣኽን
help-action-outreach-info = ኣብቲ ዝቕጽል ርክብ ዝተዋህበ ሓበሬታ (ደጊምካ፡ የለን)
help-action-outreach-reverse = ዳሕራይ ርክብ ናይቲ ምብጻሕ ምለስ (ቅድም ይሓትት)
help-action-outreach-close = እቲ ዝቕጽል ርክብ ዝሓዞ ሰርዝ፣ ወይ ካብቲ ምብጻሕ ውጻእ
help-action-outreach-band = ጉጅለ ዕድመ፡ 1 <15 … 0 55-59፣ - 60-64፣ = 65+፣ u ዘይፍለጥ
help-action-outreach-material-done = ነቲ ኣቕሓ ንዝቕጽል ርክብ ሓዞ
help-action-outreach-material-undo = ዳሕራይ ኣቕሓ ወይ ኣሃዝ ኣውጽእ
help-action-outreach-material-drop = ኣብዚ ዝተጻሕፈ ኣቕሓ ሰርዝ
help-action-outreach-person-pick = ምስቲ ዝተመርጸ ሰብ ዝተገብረ ርክብ መዝግብ
help-action-outreach-person-new = ነቲ ሰብ ኣብኡ መዝግቦ (ዋላ ሓንቲ ግዴታ ኣይኮነን)፣ ነቲ ርክብ እውን መዝግብ
help-action-outreach-partner-pick = ነቲ ዝተመርጸ መሻርኽቲ ሓዞ

## ምውጻእ ሓበሬታ ሰብ

export-section-outreach = ርክባት ምብጻሕ ጎደና
export-section-vaccinations = ክታበታት
export-col-place = ቦታ
export-col-new = ቀዳማይ ርክብ
export-col-care = ክንክን
export-col-information = ሓበሬታ
export-col-referral-to = ዝተላእከሉ
export-col-accompanied = ዝተሰነየሉ
export-col-reversed = ተመሊሱ
export-col-vaccine = ክታበት
export-col-lot = ሎት
export-col-dose-number = ቁጽሪ ዶዝ
export-col-reaction = ግብረ-መልሲ
export-col-vaccinator = ዝኸተበ
outreach-page-title = ምብጻሕ ጎደና
outreach-page-contact = { $date } · { $place }
outreach-page-vaccination = { $date } · { $vaccine } ሎት { $lot } ዶዝ { $dose }
outreach-field-day = መዓልቲ
outreach-field-staff = ዝነበሩ ሰራሕተኛታት
outreach-error-not-in-session = ኣብ ምብጻሕ { $session } ርክብ ቁጽሪ { $contact } የለን።
outreach-reverse-ask-chosen = እቲ › ዝተመልከቶ ርክብ ይመለስ ድዩ? ↵ እወ፣ Esc ኣይፋል።
help-action-outreach-reverse-chosen = እቲ › ዝተመልከቶ ርክብ ምለስ (↑↓ ይመርጾ፤ ቅድም ይሓትት)
help-action-outreach-pick = ሓደ ካብ ናይ መወዳእታ ርክባት ምረጽ፡ ንምምላሱ
cli-arg-outreach-contact = እቲ ዝምለስ ርክብ (ቁጽሩ)፡ እንተዘይኮይኑ እቲ ናይ መወዳእታ
