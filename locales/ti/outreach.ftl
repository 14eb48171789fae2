# ተንቀሳቐስቲ ጉጅለታት፡ ቦታታት፣ ዙረታት ጎደና፣ ርክባት፣ ክታበታት።

audit-place-update = ኣብ መዝገብ ቦታታት ምጽሓፍ
audit-outreach-session-update = ዙረት ጎደና ምምዝጋብ
audit-outreach-contact-insert = ርክብ ዙረት ምምዝጋብ
audit-vaccination-insert = ክታበት ምምዝጋብ

## ቦታታት

outreach-kind-squat = ዝተታሕዘ ገዛ
outreach-kind-metro = መደበር ሜትሮ
outreach-kind-street = ጎደና
outreach-kind-park = ፓርክ
outreach-kind-partner = ቦታ መሻርኽቲ
outreach-kind-shelter = መዕቆቢ
outreach-kind-other = ካልእ ቦታ
outreach-place-added = ቦታ «{ $place }» ተወሲኹ ({ $kind })።
outreach-place-closed = ቦታ «{ $place }» ተዓጽዩ፡ ኣብኡ ሓድሽ ዙረት የለን፤ ዝሓለፉ ዙረታቱ ግን ይቑጸሩ።
outreach-no-places = ኣብ መዝገብ ገና ዝኾነ ቦታ የለን፡ seuil place add ስም --kind K።
outreach-first-visit = ቀዳማይ ምብጻሕ { $date }
outreach-not-visited = ገና ኣይተበጽሐን
outreach-closed-mark = ዕጹው
outreach-error-place-blank = ቦታ ስም የድልዮ (ኮድ ስም ይኣክል)።
outreach-error-place-punctuation = ስም ቦታ እንተወሓደ ሓንቲ ፊደል ወይ ኣሃዝ ክሕዝ ኣለዎ፣ ምልክታት ስርዓተ-ነጥቢ ጥራይ ኣይኮነን።
outreach-error-place-long = ስም ቦታ ካብ 60 ፊደላት ክበዝሕ የብሉን።
outreach-error-place-exists = «{ $place }» ዝተባህለ ቦታ ድሮ ኣብ መዝገብ ኣሎ።
outreach-error-place-unknown = «{ $place }» ዝተባህለ ቦታ የለን። ቦታታት፡ seuil place list።
outreach-error-place-closed = ቦታ «{ $place }» ዕጹው እዩ።
outreach-error-kind = «{ $kind }» ዓይነት ቦታ ኣይኮነን። ዓይነታት፡ { $kinds }።
outreach-error-commune = «{ $commune }» ኮሙን ብራስልስ ኣይኮነን (ስሙ ወይ ፖስታዊ ኮዱ ጽሓፍ)።

## ዙረታትን ርክባትን

outreach-error-future = { $date } ገና ኣይበጽሐን፡ ዙረት ኣብታ መዓልቲ ወይ ድሕሪኣ እዩ ዝምዝገብ።
outreach-error-session = ዙረት ቁጽሪ { $session } የለን።
outreach-error-person = ኮድ { $code } ዘለዎ ሰብ የለን።
outreach-error-partner = ምስ «{ $partner }» ዝሰማማዕ ሓደ መሻርኽቲ የለን። መሻርኽቲ፡ seuil partner list።
outreach-error-no-vaccine = ክታበት ንምምዝጋብ ስም ናይቲ ክታበት የድሊ።
outreach-error-no-lot = ክታበት ንምምዝጋብ ቁጽሪ ሎት ናይቲ ክታበት የድሊ፡ ዋላ ሓንቲ ኣይተመዝገበን።
outreach-error-dose-number = ቁጽሪ ዶዝ { $dose }፡ ካብ 1 ክሳብ 10።
outreach-error-people = ምቑጻር እንተወሓደ ሓደ ሰብ ይሓዝ።
outreach-error-count = { $arg } { $value }፡ ብዝሒ ካብ 1 ዝጅምር ምሉእ ቁጽሪ እዩ።
outreach-error-tally-form = «{ $value }» ምቑጻር ኣይኮነን፡ ጾታ/ዕድመ ወይ ጾታ/ዕድመ/new ጽሓፍ፣ ንኣብነት f/25-29/new።
outreach-error-tally-sex = «{ $value }» ኣብ ምቑጻር ዝኣቱ ጾታ ኣይኮነን፡ f፣ m፣ x ወይ u።
outreach-error-tally-band = «{ $value }» ጉጅለ ዕድመ ኣይኮነን፡ <15፣ 15-19፣ 20-24 … 60-64፣ 65+ ወይ u።
outreach-error-nothing-to-reverse = ኣብዚ ዙረት ዝስረዝ ርክብ የለን።
outreach-error-reversed = ርክብ { $contact } ድሮ ተሰሪዙ እዩ።
outreach-error-not-today = ርክብ { $contact } ሎሚ ኣይተመዝገበን፡ ናይ ሎሚ ርክብ ጥራይ እዩ ዝስረዝ።
outreach-contact-recorded = ርክብ { $contact } ኣብ ዙረት { $session } ተመዝጊቡ።
outreach-contact-reversed = ርክብ { $contact } ተሰሪዙ።
outreach-person-registered = ሓድሽ ሰብ ተመዝጊቡ፡ { $code }።
outreach-session-line = { $date }  ቁ. { $session }  { $place } ({ $team })፡ { $contacts ->
        [0] { $contacts } ሰባት ተራኺብና
        [one] ሓደ ሰብ ተራኺብና
       *[other] { $contacts } ሰባት ተራኺብና
    }፣ ሓደስቲ፡ { $new }

## ድምር

outreach-total-sessions = ዙረታት
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
cli-cmd-place-close = ቦታ ዕጾ (ኣብኡ ሓድሽ ዙረት የለን)
cli-cmd-outreach = ተንቀሳቐስቲ ጉጅለታት፡ ዙረታት፣ ርክባት፣ ኣሃዛት
cli-cmd-outreach-session = ኣብ ሓደ ቦታ ዙረት ጀምር (ቁጽሩ የርኢ)
cli-cmd-outreach-contact = ኣብ ዙረት ርክብ መዝግብ፡ ምቑጻር ወይ ሰብ፣ እንታይ ከም ዝተገብረ
cli-cmd-outreach-reverse = ርክብ ናይ ዙረት ሰርዝ (እቲ ናይ መወዳእታ፡ --contact እንተዘይተዋሂቡ)፡ ሎሚ ዝተመዝገበ
cli-cmd-outreach-sessions = ናይ ሓደ እዋን ዙረታት ምስ ኣሃዛቶም
cli-arg-outreach-name = ኮድ ስም ናይቲ ቦታ
cli-arg-outreach-kind = ዓይነት ቦታ፡ squat፣ metro፣ street፣ park፣ partner፣ shelter፣ other
cli-arg-outreach-commune = ኮሙን ናይቲ ቦታ (ስም ወይ ፖስታዊ ኮድ)
cli-arg-outreach-place = እቲ ቦታ፣ ብስሙ
cli-arg-outreach-date = መዓልቲ ዙረት (እንተዘይኮይኑ ሎሚ)
cli-arg-outreach-team = እቲ ጉጅለ
cli-arg-outreach-staff = ዝነበሩ ሰራሕተኛታት፣ ብኮማ ተፈላልዮም
cli-arg-outreach-session = ቁጽሪ ዙረት
cli-arg-outreach-tally = ብዘይ ስም ዝተራኸቡ ሰባት፡ ጾታ/ዕድመ[/new]፣ ንኣብነት f/25-29/new
cli-arg-outreach-person = ኮድ ናይቲ ዝተራኸበ ሰብ
cli-arg-outreach-new-person = ነቲ ዝተራኸበ ሰብ ኣብኡ መዝግቦ (ዋላ ሓንቲ ግዴታ ኣይኮነን)
cli-arg-outreach-people = እቲ ምቑጻር ክንደይ ሰባት ይሓዝ (እንተዘይኮይኑ ሓደ)
cli-arg-outreach-given = ዝተዋህበ ናውቲ፣ ናውቲ=N (ናውቲ ባንኮ)
cli-arg-outreach-vaccine = ዝተዋህበ ክታበት
cli-arg-outreach-lot = ቁጽሪ ሎት ናይቲ ክታበት (ግዴታ)
cli-arg-outreach-dose = ቁጽሪ ዶዝ (ካብ 1 ክሳብ 10)
cli-arg-outreach-reaction = ድሕሪ ክታበት ዝተራእየ ሳዕቤን
cli-arg-outreach-accompanied = እቲ ሰብ ዝተሰነዮ መሻርኽቲ
cli-arg-outreach-referral = እቲ ሰብ ናበይ ከም ዝተላእከ (ሪፈራል)
cli-arg-outreach-care = ዝተዋህበ ክንክን
cli-arg-outreach-info = ሓበሬታ ተዋሂቡ
cli-arg-outreach-from = ቀዳመይቲ መዓልቲ (እንተዘይኮይኑ 1 ጥሪ)
cli-arg-outreach-to = ዳሕረይቲ መዓልቲ (እንተዘይኮይኑ ሎሚ)

## ገጽ ዙረት ጎደና

tab-outreach = ዙረት ጎደና
outreach-today-title = ናይ ሎሚ ዙረታት ጎደና
outreach-today-empty = ሎሚ ገና ዙረት የለን። n ሓድሽ ይጅምር፡ እቲ ቦታ (ዘሎ ወይ ሓድሽ)፣ እቲ ጉጅለ።
outreach-today-row = { $contacts ->
        [0] { $contacts } ሰባት ተራኺብና
        [one] ሓደ ሰብ ተራኺብና
       *[other] { $contacts } ሰባት ተራኺብና
    }፣ ሓደስቲ፡ { $new }
outreach-team = ጉጅለ { $team }
outreach-session-started = ዙረት { $session } ተጀሚሩ፡ ንምቑጻር f፣ m፣ x ወይ u፣ ድሕሪኡ ዕድመ ጠውቕ።
outreach-start-title = ሎሚ ሓድሽ ዙረት
outreach-start-new-place = ሓድሽ ቦታ «{ $place }»፡ ምስ ዓይነቱ ናብ መዝገብ ይውሰኽ።
outreach-start-hint = ገለ ፊደላት ናይቲ ቦታ ጽሓፍ፤ ↑↓ ካብ መዝገብ ቦታ ይመርጽ፣ እንተዘይኮይኑ ሓድሽ ቦታ ይውሰኽ። ↵ ነቲ ዙረት ይጅምር።
outreach-field-place = ቦታ
outreach-field-kind = ዓይነት
outreach-field-team = ጉጅለ
outreach-screen-totals = ርክባት { $contacts } · ሓደስቲ { $new } · ዝተሰነዩ { $accompanied } · ዝተኸተቡ { $vaccinated }
outreach-tally-label = ምቑጻር፡
outreach-band-label = ዕድመ፡
outreach-band-ask = ዕድመ ({ $sex })፡ መፍትሕ ዕድመ ጠውቕ።
outreach-band-u = ዕድመ ዘይፍለጥ
outreach-sex-f = ሰበይቲ
outreach-sex-m = ሰብኣይ
outreach-sex-x = ካልእ
outreach-sex-u = ዘይፍለጥ
outreach-next-label = ዝቕጽል ርክብ፡
outreach-next-nothing = ምርኻብ ጥራይ
outreach-next-new = ሓድሽ
outreach-next-accompanied = ናብ { $partner } ተሰንዩ
outreach-next-vaccine = { $vaccine } ሎት { $lot } ዶዝ { $dose }
outreach-next-care = ክንክን
outreach-next-referral = ሪፈራል
outreach-next-info = ሓበሬታ
outreach-next-dropped = ንዝቕጽል ርክብ ዝተዳለወ ተደምሲሱ፤ ዋላ ሓንቲ ኣይተጻሕፈን።
outreach-last-contacts = ዳሕረዎት ርክባት
outreach-no-contacts = ኣብዚ ዙረት ገና ርክብ የለን።
outreach-reversed-mark = ተሰሪዙ
outreach-material-label = ናውቲ (ብዝሒ፣ ድሕሪኡ መፍትሕ ናይቲ ናውቲ)፡
outreach-material-count = { $count } ካብቲ ዝቕጽል ናውቲ…
outreach-person-label = ኮድ ወይ ስም
outreach-person-hint = ኮድ ናይቲ ሰብ ወይ ገለ ፊደላት ስሙ ጽሓፍ፤ Alt+N ኣብኡ ይምዝግቦ (ዋላ ሓንቲ ግዴታ ኣይኮነን)።
outreach-person-none = ዝተመርጸ ሰብ የለን፡ ኮድ ወይ ስም ጽሓፍ፣ ወይ ንሓድሽ ሰብ Alt+N።
outreach-person-name-refused = እዚ ስም ከም ዝተጻሕፈ ክዕቀብ ኣይከኣልን፤ ነቲ ስም ደምሲስካ ንኮድ ጥራይ ዘለዎ ሰብ Alt+N ጠውቕ።
outreach-partner-label = ዝተሰነየሉ
outreach-partner-none = ዝሰማማዕ መሻርኽቲ የለን፡ ኣወሃሃዲ ኣብ ገጽ ሪፈራል መሻርኽቲ ይውስኽ።
outreach-field-vaccine = ክታበት
outreach-field-lot = ሎት
outreach-field-dose = ቁጽሪ ዶዝ
outreach-field-reaction = ሳዕቤን
outreach-field-care = ዝተዋህበ ክንክን
outreach-field-referral = ሪፈራል ናብ
outreach-recorded-tally = ምቑጻር ተመዝጊቡ።
outreach-recorded-person = ምስ { $code } ዝተገብረ ርክብ ተመዝጊቡ።
outreach-recorded-new-person = ሓድሽ ሰብ { $code } ተመዝጊቡ፣ ርክብ እውን ተመዝጊቡ።
hint-outreach-start = ሓድሽ ዙረት
hint-outreach-tally = ቁጸር
hint-outreach-new = ሓድሽ
hint-outreach-person = ሰብ
hint-outreach-give = ናውቲ
hint-outreach-accompany = ምስናይ
hint-outreach-vaccinate = ክታበት
hint-outreach-care = ክንክን
hint-outreach-info = ሓበሬታ
hint-outreach-reverse = ኣልግስ
hint-outreach-band = ዕድመ
hint-outreach-material-done = ተወዲኡ
hint-outreach-material-undo = ኣውጽእ
help-action-outreach-start = ናይ ሎሚ ዙረት ጀምር (ቦታ፣ ጉጅለ)
help-action-outreach-open = ነቲ ዝተመርጸ ዙረት ክፈት
help-action-outreach-start-save = ነቲ ዙረት ጀምር (ሓድሽ እንተኾይኑ ነቲ ቦታ ወሲኽካ)
help-action-outreach-place-choose = ሓደ ካብቶም ዝሰማምዑ ቦታታት ምረጽ
help-action-outreach-tally = ምቑጻር፡ ጾታ ናይቲ ሰብ (ሰበይቲ፣ ሰብኣይ፣ ካልእ፣ ዘይፍለጥ)፣ ድሕሪኡ መፍትሕ ዕድመ
help-action-outreach-new = እቲ ዝቕጽል ርክብ ቀዳማይ ርክብ እዩ (ደጊምካ፡ ሓድሽ ኣይኮነን)
help-action-outreach-person = ዝተራኸብናዮ ሰብ፡ ብኮድ ወይ ብስም ድለዮ፣ ወይ ኣብኡ መዝግቦ
help-action-outreach-give = ኣብቲ ዝቕጽል ርክብ ዝተዋህበ ናውቲ (መፍትሕታት ናውቲ ባንኮ)
help-action-outreach-accompany = እቲ ዝቕጽል ርክብ ናብ መሻርኽቲ ተሰንዩ
help-action-outreach-vaccinate = ኣብቲ ዝቕጽል ርክብ ክታበት (ቁጽሪ ሎት ግዴታ እዩ)
help-action-outreach-care = ኣብቲ ዝቕጽል ርክብ ዝተዋህበ ክንክንን ሪፈራልን
help-action-outreach-info = ኣብቲ ዝቕጽል ርክብ ዝተዋህበ ሓበሬታ (ደጊምካ፡ የለን)
help-action-outreach-close = ንዝቕጽል ርክብ ዝተዳለወ ደምስስ፣ ወይ ካብቲ ዙረት ውጻእ
help-action-outreach-band = ጉጅለ ዕድመ፡ 1 <15 … 0 55-59፣ - 60-64፣ = 65+፣ u ዘይፍለጥ
help-action-outreach-material-done = ነቲ ናውቲ ንዝቕጽል ርክብ ሓዞ
help-action-outreach-material-undo = ዳሕራይ ናውቲ ወይ ኣሃዝ ኣውጽእ
help-action-outreach-material-drop = ኣብዚ ዝተጻሕፈ ናውቲ ደምስስ
help-action-outreach-person-pick = ምስቲ ዝተመርጸ ሰብ ዝተገብረ ርክብ መዝግብ
help-action-outreach-person-new = ነቲ ሰብ ኣብኡ መዝግቦ (ዋላ ሓንቲ ግዴታ ኣይኮነን)፣ ነቲ ርክብ እውን መዝግብ
help-action-outreach-partner-pick = ነቲ ዝተመርጸ መሻርኽቲ ሓዞ

## ምውጻእ ሓበሬታ ሰብ

export-section-outreach = ርክባት ዙረት ጎደና
export-section-vaccinations = ክታበታት
export-col-place = ቦታ
export-col-new = ቀዳማይ ርክብ
export-col-care = ክንክን
export-col-information = ሓበሬታ
export-col-referral-to = ሪፈራል ናብ
export-col-accompanied = ዝተሰነየሉ
export-col-reversed = ተሰሪዙ
export-col-vaccine = ክታበት
export-col-lot = ሎት
export-col-dose-number = ቁጽሪ ዶዝ
export-col-reaction = ሳዕቤን
export-col-vaccinator = ዝኸተበ
outreach-page-title = ዙረት ጎደና
outreach-page-contact = { $date } · { $place }
outreach-page-vaccination = { $date } · { $vaccine } ሎት { $lot } ዶዝ { $dose }
outreach-field-day = መዓልቲ
outreach-field-staff = ዝነበሩ ሰራሕተኛታት
outreach-error-not-in-session = ኣብ ዙረት { $session } ርክብ ቁጽሪ { $contact } የለን።
outreach-reverse-ask-chosen = እቲ › ዝተመልከቶ ርክብ ይሰረዝ ድዩ? ↵ እወ፣ Esc ኣይፋል።
help-action-outreach-reverse-chosen = እቲ › ዝተመልከቶ ርክብ ሰርዝ (↑↓ ይመርጾ፤ ቅድም ይሓትት)
help-action-outreach-pick = ሓደ ካብ ናይ መወዳእታ ርክባት ምረጽ፡ ንምስራዙ
cli-arg-outreach-contact = እቲ ዝስረዝ ርክብ (ቁጽሩ)፡ እንተዘይኮይኑ እቲ ናይ መወዳእታ
outreach-total-line = { $label }፡ { $count }
outreach-field-commune = ምምሕዳር (commune)
