## ምቕባል፡ ምድላይ፣ ምምዝጋብ፣ ምብጻሓት፣ ፋይል ሰብ፣ ከምኡ’ውን ትእዛዛት «person»።

intake-registered-count =
    { $count ->
        [one] { $count } ሰብ ኣብ መዝገብ
       *[other] { $count } ሰባት ኣብ መዝገብ
    }
intake-loading = መዝገብ ይጽዕን ኣሎ…
intake-col-code = ኮድ
intake-col-name = ስም
intake-col-born = ልደት
intake-col-languages = ቋንቋታት
intake-col-last-visit = ምብጻሕ
intake-empty-hint = ውሑዳት ፊደላት ካብ ስም፣ ሳጓ ወይ ኮድ ጽሓፍ፤ ዓመት ምድላይ የጸብብ (moh 1987)። ዋላ ሓንቲ ግዴታ የለን፡ Alt+A ስም ዘይብሉ ምብጻሕ ይምዝግብ።
intake-none = ን«{ $query }» ዝኾነ ሰብ ኣይተረኽበን።
intake-none-hint = Alt+N ብዝጸሓፍካዮ ሓድሽ ሰብ ይምዝግብ፤ Alt+A ስም ዘይብሉ ምብጻሕ ይምዝግብ።
intake-anonymous = ስም ዘይብሉ
intake-visit-recorded = ምብጻሕ ተመዝጊቡ፡ { $code } { $name }
intake-registered = { $code } { $name } ተመዝጊቡ፤ ምብጻሕ ተመዝጊቡ።
intake-registered-anonymous = ስም ዘይብሉ ምብጻሕ ብኮድ { $code } ተመዝጊቡ፤ ምብጻሕ ተመዝጊቡ።
intake-updated = ለውጥታት ናይ { $code } ተዓቂቦም።
hint-visit = ምብጻሕ
hint-new-person = ሓድሽ
hint-anonymous = ስም ዘይብሉ
hint-edit = ኣስተኻኽል
hint-save = ዓቅብ
hint-next-field = ዝቕጽል ቦታ
hint-cancel = ሰርዝ
help-action-visit = ምብጻሕ ናይቲ ዝተመርጸ ሰብ መዝግብ
help-action-new-person = ብዝተጻሕፈ ሓድሽ ሰብ መዝግብ
help-action-anonymous = ስም ዘይብሉ ምብጻሕ (ኮድ ጥራይ) መዝግብ
help-action-edit = ፋይል ናይቲ ዝተመርጸ ሰብ ኣስተኻኽል
help-action-save = ፋይል ዓቅብ
help-action-next-field = ዝቕጽል ቦታ
help-action-prev-field = ዝሓለፈ ቦታ
help-action-cancel = ሰርዝ፤ ገለ ኣይዕቀብን
form-title-new = ሓድሽ ሰብ፡ ዋላ ሓደ ቦታ ግዴታ ኣይኮነን
form-title-edit = { $code } ኣስተኻኽል
form-duplicates = ቅድሚ ሕጂ ተመዝጊቡ ድዩ? Esc፡ ድሕሪኡ ካብ ዝርዝር ምረጽ፡
form-sex-hint = ንምቕያር Space
field-given-name = ስም
field-family-name = ስም ስድራ
field-alias = ሳጓ፣ ናይ ጎደና ስም
field-birth = ልደት (ዓመት ወይ ዕለት)
field-sex = ጾታ
field-languages = ዝዛረቦም ቋንቋታት
field-phone = ተሌፎን
field-niss = ሃገራዊ ቁጽሪ ወይ BIS
field-nationality = ዜግነት
field-commune = ምምሕዳር፣ ወይ «ኣድራሻ የብሉን»
sex-unknown = —
sex-not-said = ክገልጽ ኣይደለየን
sex-f = ጓል ኣንስተይቲ
sex-m = ወዲ ተባዕታይ
sex-x = ካልእ
field-error-too-long = { $field }፡ ኣዝዩ ነዊሕ (እንተ በዝሐ { $max } ፊደላት)።
field-error-birth-shape = { $field }፡ ዓመት (1987)፣ ወርሒ (05/1987) ወይ ዕለት (25/05/1987) ጽሓፍ።
field-error-birth-impossible = { $field }፡ እዚ ዕለት የለን፦ { $day }/{ $month }/{ $year }።
field-error-birth-range = { $field }፡ እቲ ዕለት ኣብ መጻኢ ወይ ቅድሚ 120 ዓመት ንላዕሊ እዩ።
field-error-niss-length = { $field }፡ ሃገራዊ ቁጽሪ ወይ BIS 11 ኣሃዛት ኣለዎ።
field-error-niss-month = { $field }፡ እቲ ወርሒ ኣይከኣልን (01–12፣ 00፣ ወይ ን BIS 21–32 / 41–52)።
field-error-niss-day = { $field }፡ እታ መዓልቲ ኣይትከኣልን።
field-error-niss-checksum = { $field }፡ ኣሃዛት ምርግጋጽ ኣይሰማምዑን፤ ሓደ ኣሃዝ ተጋግዩ ተጻሒፉ ይኸውን።
field-error-language = { $field }፡ እዚ ቋንቋ ኣይፍለጥን፤ ስሙ (ዓረብኛ፡ ትግርኛ፡ ሶማልኛ…) ወይ ኮዱ (ar, ti, so) ብኮማ ተፈላልዮም ጽሓፍ።
field-error-phone = { $field }፡ ኣሃዛት፣ ባዶ ቦታታትን + . / - ( ) ጥራይ።
person-added = { $code } { $name } ተመዝጊቡ
person-find-none = ን«{ $query }» ዝኾነ ሰብ ኣይተረኽበን።
person-merged = { $other } ምስ { $keep } ተሓዊሱ (ምሕዋስ { $id })። ንምስራዝ፡ seuil person unmerge { $id }
person-unmerged = ምሕዋስ { $id } ተሰሪዙ፡ { $keep } ከምኡ’ውን { $other } ደጊሞም ፍሉያት ፋይላት እዮም።
person-not-same = ተመዝጊቡ፡ { $a } ከምኡ’ውን { $b } ዝተፈላለዩ ሰባት እዮም፤ ከም ድግግም ኣይክቐርቡን እዮም።
person-error-unknown-code = ኮድ { $code } ዘለዎ ሰብ የለን። ብ «seuil person find» ድለዮ።
person-error-unknown-merge = ቁጽሪ { $id } ዝኾነ ምሕዋስ የለን።
person-error-same-record = ሓደ ፋይል ምስ ባዕሉ ክሕወስ ኣይክእልን።
person-error-already-merged = { $code } ድሮ ምስ ካልእ ፋይል ተሓዊሱ እዩ፤ ነቲ ፋይል ተጠቐም።
person-error-marked-not-same = { $a } ከምኡ’ውን { $b } ዝተፈላለዩ ሰባት ተባሂሎም ተመዝጊቦም፤ ኣይሕወሱን።
person-error-already-undone = ምሕዋስ { $id } ድሮ ተሰሪዙ እዩ።
person-error-later-merge = { $code } ድሕሪ ምሕዋስ { $id } ደጊሙ ተሓዊሱ፤ ቅድም ነቲ ዝደሓረ ሰርዝ።
generate-done = { $persons } ሰባትን { $visits } ምብጻሓትን ኣብ { $seconds } ካልኢት ተፈጢሮም።
hint-merge = ሓውስ
help-action-merge = ንምሕዋስ ምልክት ግበር፤ ኣብ ካልኣይ ፋይል ኣወዳድርን ሓውስን
hint-confirm-merge = ሓውስ
help-action-confirm-merge = ክልቲኦም ፋይላት ሓውስ
hint-not-same = ሓደ ሰብ ኣይኮነን
help-action-not-same = ክልተ ዝተፈላለዩ ሰባት ምዃኖም ዘክር
intake-merge-marked = { $code } ተመልኪቱ። እቲ ዝተርፍ ፋይል ምረጽ፡ ድሕሪኡ ደጊምካ Alt+M።
intake-merged = { $other } ምስ { $keep } ተሓዊሱ (ምሕዋስ { $id })። Alt+U ይሰርዞ።
intake-unmerged = ምሕዋስ { $id } ተሰሪዙ፡ ክልቲኦም ፋይላት ደጊሞም ተፈላልዮም።
intake-not-same = ተመዝጊቡ፡ { $a } ከምኡ’ውን { $b } ዝተፈላለዩ ሰባት እዮም፤ ደጊሞም ኣይቀርቡን።
merge-title = ሓደ ሰብ ድዩ?
merge-keep = ዝተርፍ ፋይል፡
merge-other = ዝሕወስ ፋይል፡
merge-question = { $other } ምስ { $keep } ይሕወስ ዶ? ምብጻሓት ይሰጋገሩ፤ Alt+U ይሰርዞ።
export-title = seuil ብዛዕባ { $code } ዝዓቀቦ ኩሉ
export-section-record = ፋይል
export-section-visits = ምብጻሓት
export-section-tickets = ትኬታት
export-section-appointments = ቆጸራታት
export-section-coverage = ሽፋን
export-section-free-care = ናጻ ክንክን
export-section-changes = ለውጥታት
export-section-merges = ምሕዋሳት
export-none = ዋላ ሓንቲ የለን
intake-matched-count =
    { $count ->
        [one] { $count } ሰብ ተረኺቡ
       *[other] { $count } ሰባት ተረኺቦም
    }
intake-matched-more = { $shown } ካብ { $count } · ኣጽብብዎ
intake-near-count =
    { $count ->
        [one] ≈ { $count } ዝቐረበ ስም፡ ልክዕ የለን
       *[other] ≈ { $count } ዝቐረቡ ኣስማት፡ ልክዕ የለን
    }
person-find-near = ምስ «{ $query }» ቃል ብቓል ዝሰማማዕ ሰብ የለን፤ እዚኣቶም እቶም ዝቐረቡ እዮም (≈)። ሓድሽ ፋይል ቅድሚ ምኽፋትኩም ኣረጋግጽዎም።
person-find-more = ካብ { $total } ዝተረኽቡ { $shown } ተራእዮም፤ ቃል ወይ ዓመት ልደት ወስኹ፡ ወይ --limit ተጠቐሙ።
search-keys-rebuilding = መፍትሕ ምድላይ ይሕደስ ኣሎ

route-new-person = ሓድሽ ምዝገባ
route-coverage-chosen = ሽፋን፡ { $route } (ምስቲ ምዝገባ ይዕቀብ)
intake-registered-joined = { $code } { $name } ተመዝጊቡ፤ ትኬት { $ticket }፡ { $service }።
intake-registered-anonymous-joined = ስም ዘይብሉ ምብጻሕ ብኮድ { $code } ተመዝጊቡ፤ ትኬት { $ticket }፡ { $service }።
intake-visit-removed = ምብጻሕ ተሰሪዙ፡ { $code } { $name }
person-error-visit-not-yours = እዚ ምብጻሕ ክሰረዝ ኣይክእልን እዩ፡ ዝመዝገቦ ሰብ ጥራይ፡ ኣብታ ሓንቲ መዓልቲ እዩ ዝሰርዞ።
person-error-visit-has-ticket = እዚ ምብጻሕ ትኬት { $ticket } ኣለዎ፡ ቅድም ነቲ ትኬት ካብ መስርዕ ኣውጽኦ (ከይዱ)።
help-action-undo = ኣብዚ ቦታ ስራሕ ዝተገብረ ናይ መወዳእታ ምሕዋስ ወይ ምብጻሕ ሰርዝ
intake-position = { $at }/{ $shown }

## ምውጻእ ሓበሬታ ሰብ፡ ቃላት ነፍሲ ወከፍ ዋጋ
export-pair = { $label }፡ { $value }
export-registered = ዝተኸፍተሉ ዕለት፡ { $at }፣ ዝኸፈቶ፡ { $by }
export-col-arrived = ምምጻእ
export-col-left = ምኻድ
export-col-desk = ቦታ ስራሕ
export-col-by = ብ
export-col-ticket = ትኬት
export-col-service = ኣገልግሎት
export-col-day = መዓልቲ
export-col-priority = ቀዳምነት
export-col-status = ኩነታት
export-col-called = ተጸዊዑ
export-col-started = ጅማሮ
export-col-finished = መወዳእታ
export-col-room = ክፍሊ
export-col-time = ሰዓት
export-col-duration = ንውሓት
export-col-worker = ሰራሕተኛ
export-col-updated = ዝተሓደሰ
export-col-written = ዝተጽሓፈ
export-col-partner = መሻርኽቲ
export-col-reason = ምኽንያት
export-col-urgency = ህጹጽነት
export-col-appointment = ቆጸራ
export-col-low-income = ትሑት እቶት
export-col-free-from = ናጻ ክንክን ካብ
export-col-free-review = ዝርአየሉ
export-change = { $field }፡ { $old } → { $new }
export-merge = ፋይል { $merged } ምስ { $kept } ተሓዊሱ
export-merge-undone = ምሕዋስ ተሰሪዙ፡ { $at }
export-yes = እወ
export-no = ኣይፋል
export-urgent = ህጹጽ
export-not-urgent = ህጹጽ ዘይኮነ
export-minutes = { $minutes } ደቒቕ
export-no-fixed-address = ቀዋሚ ኣድራሻ ዘይብሉ
field-error-birth-no-such-month = { $field }፡ እዚ ወርሒ የለን፦ { $month }/{ $year }።
form-warning-niss-birth = ሃገራዊ ቁጽሪ ልደት { $niss } ይብል፡ { $birth } ኣይኮነን። ሓደ ካብኣቶም ኣርም፡ ወይ ዝተጻሕፈ ንምዕቃብ ደጊምካ Enter ጠውቕ።
intake-keep-typing = ዓመት ብኣርባዕተ ቁጽርታት ይጽሓፍ (1987)፤ ወይ ስም፡ ሳጓ ወይ ኮድ ጽሓፍ።

## Intercultural mediation: marking a person, their record, their export.

help-action-mark-mediation = ብቀዳማይ ቋንቋ እቲ ሰብ ናይ ባህልታት ተሓላላፊ ሕተት፤ ደጊምካ፡ ዝቕጽል ቋንቋኡ፣ ድሕሪኡ ብዘይ ተሓላላፊ
mediation-no-languages = ተሓላላፊ ንምሕታት፡ ፈለማ ቋንቋታት { $code } ኣብ ፋይሉ መዝግብ (Alt+E)።
mediation-marked = { $name } ({ $code }) ተሓላላፊ የድልዮ (ቋንቋ፡ { $lang })። ደጊምካ Alt+I፡ ካልእ ቋንቋኡ ወይ ብዘይ ተሓላላፊ።
mediation-unmarked = { $name } ({ $code }) ሕጂ ተሓላላፊ ኣየድልዮን።
mediation-tag = [ተሓላላፊ { $lang }]
mediation-tag-joined = [ተሓላላፊ { $lang }፡ { $names }]
route-mediation = ናይ ባህልታት ተሓላላፊ፡ { $lang } (Alt+I)
route-mediation-none = ናይ ባህልታት ተሓላላፊ፡ ኣይተሓተተን (Alt+I)
export-section-mediation-need = ናይ ባህልታት ተሓላላፊ
export-section-mediations = ምርመራታት ምስ ተሓላላፊ
export-col-language = ቋንቋ
export-col-marked = ዝተሓተተሉ
export-col-joined = ዝተጸንበረሉ
export-col-mediator = ተሓላላፊ
mediation-error-language = «{ $code }» ዝፍለጥ ቋንቋ ኣይኮነን፤ ስሙ (ዓረብኛ፡ ትግርኛ…) ወይ ኮዱ (ar, ti, so…) ጽሓፍ።
person-edited = { $code } { $name }፡ { $count ->
    [0] ዝተቐየረ የለን
    [one] ሓደ ቦታ ተኣሪሙ፡ ኣብ ታሪኽ ፋይል ተዓቂቡ
   *[other] { $count } ቦታታት ተኣሪሞም፡ ኣብ ታሪኽ ፋይል ተዓቂቦም
}
person-edit-nothing = እንታይ ከም ዝቕየር ንገሩ፡ --name፣ --alias፣ --born፣ --phone፣ --commune ወይ --lang።
