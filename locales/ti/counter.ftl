# ባንኮ ምንካይ ሓደጋ፡ ዝተዋህበን ዝተመልሰን ናውቲ፣ ናሎክሶን።

audit-counter-item-update = ዝርዝር ናውቲ ምቕያር
audit-counter-exchange-insert = ዝተዋህበ ናውቲ ምምዝጋብ
audit-naloxone-batch-insert = ጥርናፈ ናሎክሶን ምቕባል
audit-naloxone-kit-insert = ኪት ናሎክሶን ምሃብ
audit-naloxone-reversal-insert = ምጥቃም ኪት ናሎክሶን ምምዝጋብ
counter-error-unknown-item = «{ $item }» ኣብ ዝርዝር ባንኮ የለን። ዝርዝር ናውቲ፡ seuil counter items።
counter-error-removed-item = «{ $item }» ኣብዚ ማእከል ደጊሙ ኣይወሃብን።
counter-error-nothing = ዝምዝገብ የለን፤ እንታይ ከም ዝተዋህበ ወይ ክንደይ ዝተጠቕመ ናውቲ ከም ዝተመልሰ ጽሓፍ።
counter-error-confirm = { $count } × «{ $item }» ካብ { $above } ይበዝሕ፤ ቁጽሪ ኣረጋግጽ፡ ድሕሪኡ ኣጽንዕ (ኣብ መስመር ትእዛዝ --yes)።
counter-error-no-naloxone = ግዜኡ ዘይሓለፈ ኪት ናሎክሶን እኹል የለን (ዝተረፈ፡ { $left })፤ መጀመርታ ጥርናፈ ተቐበል (seuil counter naloxone-receive)።
counter-error-item-exists = «{ $item }» ድሮ ኣብ ዝርዝር ኣሎ።
counter-error-key-taken = መፍትሕ { $key } ድሮ ናይ «{ $item }» እዩ።
counter-error-bad-code = ኮድ «{ $code }»፡ ካብ 2 ክሳብ 30 ንኣሽቱ ላቲን ፊደላት፣ ኣሃዛት ወይ ሰረዝ (-)።
counter-error-bad-key = መፍትሕ «{ $key }»፡ ሓንቲ ንእሽቶ ፊደል፣ ብጀካ r ን t ን (ዝተመልሰ፣ ንኻልኦት)።
counter-error-bad-kind = ዓይነት «{ $kind }» ኣይፍለጥን። ዓይነታት፡ { $kinds }።
counter-error-no-name = እንተወሓደ ስም ብፈረንሳይኛ ሃብ (--name-fr)።
counter-error-nothing-to-undo = ናይ ሎሚ ዝስረዝ ምልውዋጥ የለን።
counter-error-lot-exists = ጥርናፈ { $lot } ድሮ ተመዝጊቡ ኣሎ።
counter-error-expired = ግዜ ናይዚ ጥርናፈ ብ{ $day }፡ ቅድሚ ሎሚ፡ ሓሊፉ እዩ፤ ክቕበል ኣይከኣልን።
counter-error-no-kits = ክንደይ ኪት? እንተወሓደ ሓደ።
counter-error-no-lot = ቁጽሪ ጥርናፈ ጎዲሉ።
counter-error-unknown-kit = ቁጽሪ { $kit } ዝኾነ ኪት ኣይተዋህበን።
counter-error-unknown-person = ኮድ { $code } ዘለዎ ሰብ የለን።
counter-error-form = «{ $word }»፡ ናውቲ=ብዝሒ ጽሓፍ፣ ንኣብነት syringe-1ml=10።
counter-error-count = «{ $word }»፡ ብዝሒ ካብ 1 ዝጅምር ምሉእ ቁጽሪ ክኸውን ኣለዎ።
counter-error-twice = «{ $item }» ክልተ ግዜ ተጻሒፉ፤ ነፍሲ ወከፍ ናውቲ ሓንሳብ ጥራይ።
counter-list-reloaded = ዝርዝር ደጊሙ ተነቢቡ፤ ዝተመዝገበ የለን፣ ኣዐሪኻ ደጊምካ ዓቅብ።

## መሰረታዊ ናውቲ፣ ብኮድ።
counter-item-syringe-1ml = ሲሪንጋ 1 ml
counter-item-syringe-2ml = ሲሪንጋ 2 ml
counter-item-needle = መርፍእ
counter-item-cup = ኩባያ ምድላው (Stericup)
counter-item-filter = ፊልተር
counter-item-water = ስተሪል ማይ
counter-item-swab = ጥጡ ኣልኮል
counter-item-ascorbic-acid = ኣስኮርቢክ ኣሲድ
counter-item-tourniquet = መእሰሪ ቅልጽም
counter-item-crack-pipe = ፒፓ ክራክ
counter-item-mouthpiece = ናይ ኣፍ ክፋል (ፒፓ)
counter-item-foil = ወረቐት ኣሉሚንዩም
counter-item-snorting-kit = ኪት ብኣፍንጫ ንምስሓብ
counter-item-condom = ኮንዶም
counter-item-lubricant = ቅብኣት (ጀል)
counter-item-naloxone = ኪት ናሎክሶን
counter-item-fentanyl-strip = መርመሪ ፈንታኒል
counter-item-sharps-container = መቐመጢ ዝተጠቕመ መርፍእ

## እቲ ባንኮ ኣብ መስመር ትእዛዝ።
counter-exchange-item = ምልውዋጥ
counter-given = ዝተዋህበ፡ { $what } · ዝተመልሰ፡ { $returned } · ንኻልኦት፡ { $others }
counter-kit-given = ኪት ናሎክሶን ቁ. { $kit }፡ ጥርናፈ { $lot }፣ ግዜኡ ዝሓልፍ { $expires }
counter-today-line = ሎሚ፡ ምልውዋጣት { $exchanges } · ዝተመልሰ { $returned } · ንኻልኦት { $others } · ሚዛን ምልውዋጥ { $balance }
counter-undone = ተሰሪዙ። { $what }
counter-item-removed = «{ $item }» ደጊሙ ኣይወሃብን፤ ኣብ ኣሃዛት ግን ይተርፍ።
counter-batch-line = ጥርናፈ { $lot }፣ ግዜኡ ዝሓልፍ { $expires }፡ { $kits } ኪት፣ ዝተረፈ { $left }
counter-reversal-recorded = ምጥቃም ኪት ተመዝጊቡ (ቁ. { $id })፡ { $outcome ->
    [recovered] ሓውዩ
    [hospital] ሆስፒታል
    [died] ሞይቱ
   *[other] ውጽኢት ዘይፍለጥ
}።
counter-outcome-recovered = ሓውዩ
counter-outcome-hospital = ሆስፒታል
counter-outcome-died = ሞይቱ
counter-outcome-unknown = ዘይፍለጥ
counter-called-yes = እወ
counter-called-no = ኣይፋል
counter-called-unknown = ኣይፍለጥን

cli-cmd-counter = ባንኮ ምንካይ ሓደጋ፡ ዝተዋህበን ዝተመልሰን ናውቲ፣ ናሎክሶን
cli-cmd-counter-items = ዝርዝር ናውቲ፡ ኮዳት፣ መፍትሕታት፣ ዓይነታት፣ ኣስማት
cli-cmd-counter-give = ዝተዋህበ ናውቲ (ከምኡ'ውን ዝተመልሰ ዝተጠቕመ ናውቲ) ምምዝጋብ
cli-cmd-counter-today = ናይ ሎሚ ኣሃዛት ባንኮ
cli-cmd-counter-undo = ናይ ሎሚ ናይ መወዳእታ ምልውዋጥ ናይ ተጠቃሚ እዚ ኮምፒተር ምስራዝ
cli-cmd-counter-item-add = ናውቲ ናብ ዝርዝር ምውሳኽ
cli-cmd-counter-item-rename = ንናውቲ ብሓደ ወይ ብዙሓት ቋንቋታት ስም ምሃብ
cli-cmd-counter-item-key = ንናውቲ ካልእ መፍትሕ ምሃብ
cli-cmd-counter-item-remove = ናውቲ ምሃብ ምቁራጽ (ኣብ ኣሃዛት ይተርፍ)
cli-cmd-counter-naloxone-receive = ምቕባል ጥርናፈ ኪት ናሎክሶን ምምዝጋብ
cli-cmd-counter-reversal = ምጥቃም ኪት ናሎክሶን ምምዝጋብ (ካብ ልዕሊ ዓቐን ምድሓን)
cli-arg-given = ዝተዋህበ ናውቲ፡ ናውቲ=ብዝሒ፣ ንኣብነት syringe-1ml=10 needle=10
cli-arg-returned = ክንደይ ዝተጠቕመ ናውቲ ተመሊሱ
cli-arg-for-others = ንኽንደይ ካልኦት ሰባት (ካልኣዊ ምዝርጋሕ)
cli-arg-counter-emergency = ብህጹጽ ዝተዋህበ፣ ብዘይ ምልውዋጥ
cli-arg-counter-kind = ዓይነት፡ injection፣ smoking፣ sniffing፣ sex፣ naloxone፣ test፣ disposal፣ care፣ other
cli-arg-key = ኣብ ባንኮ ዝህቦ መፍትሕ (ሓንቲ ፊደል)
cli-arg-exchange = ስተሪል ናውቲ መርፍእ፣ ብዝተጠቕመ ናውቲ ተለዊጡ ዝወሃብ
cli-arg-item-code = ኮድ ናውቲ (syringe-1ml…)
cli-arg-kits = ብዝሒ ኪት
cli-arg-kit = ቁጽሪ እቲ ዝተጠቕመ ኪት፣ እንተተፈሊጡ
cli-arg-emergency-called = ኣምቡላንስ ተጸዊዑ ድዩ፡ yes፣ no ወይ unknown
cli-arg-reversal-outcome = ውጽኢት፡ recovered፣ hospital፣ died ወይ unknown
cli-arg-reversal-on = እቲ ኪት ዝተጠቕመሉ መዓልቲ
cli-arg-naloxone-lot = ኣብ ሳንዱቕ ዝተጻሕፈ ቁጽሪ ጥርናፈ

## ገጽ ባንኮ።
tab-counter = ባንኮ
help-action-goto-counter = ናብ ገጽ «{ $screen }» ኪድ (እቲ ተርሚናል F11 ንምሉእ ስክሪን እንተወሲዱዎ Alt+8)
help-action-counter-count = ቁጽሪ፣ ድሕሪኡ መፍትሕ ናውቲ፡ ክንደይ (እቲ ቁጽሪ ንዝስዕቡ መፍትሕታት ይጸንሕ)
help-action-counter-returned = ዝተመልሰ ዝተጠቕመ ናውቲ፡ ቅድሚኡ ዝተጻሕፈ ቁጽሪ፣ እንተዘይኮይኑ ሓደ ወሰኽ
help-action-counter-others = ንኽንደይ ካልኦት ሰባት (ካልኣዊ ምዝርጋሕ)
help-action-counter-more = ኣብቲ ዝተመርጸ መስመር ሓደ ወሰኽ
help-action-counter-less = ኣብቲ ዝተመርጸ መስመር ሓደ ንኪ
help-action-counter-emergency = ህጹጽ፡ ብዘይ ምልውዋጥ ዝተዋህበ
help-action-counter-person = ንሓደ ሰብ (ኮድ ወይ ስም)፤ ደጊምካ፡ ብዘይ ስም
help-action-counter-save = ምልውዋጥ ዓቅብ
help-action-counter-clear = ኩሉ ደምስስ፣ ከይመዝገብካ
help-action-counter-undo = ናይ ሎሚ ናይ መወዳእታ ምልውዋጥ ኣልግስ (ድሕሪ ሕቶ)
help-action-counter-reversal = ምጥቃም ኪት ናሎክሶን ሓብር
help-action-counter-clear-count = እቲ ዝተጻሕፈ ቁጽሪ ደምስስ
help-action-counter-pick = ነዚ ሰብ ምረጽ
help-action-counter-cycle = መልሲ ቀይር
help-action-counter-yes = እወ
hint-counter-count = ቁጽሪ
hint-counter-returned = ዝተመልሰ
hint-counter-others = ካልኦት
hint-counter-person = ሰብ
hint-counter-undo = ኣልግስ
hint-counter-reversal = ኪት ተጠቒሙ
hint-counter-yes = እወ
counter-col-item = ናውቲ
counter-col-now = ሕጂ
counter-col-today = ሎሚ
counter-this-exchange = እዚ ምልውዋጥ
counter-returned-label = ዝተመልሰ
counter-others-label = ንኻልኦት
counter-person-label = ሰብ
counter-anonymous = ብዘይ ስም
counter-balance-label = ሚዛን ምልውዋጥ
counter-balance-detail = { $given } ንምልውዋጥ · { $returned } ተመሊሱ
counter-emergency-on = ህጹጽ፡ ብዘይ ምልውዋጥ ተዋሂቡ
counter-count-armed = ቁጽሪ፡ { $count }
counter-naloxone-next = ናሎክሶን፡ ጥርናፈ { $lot }፣ ክሳብ { $expires } ({ $left })
counter-naloxone-none = ናሎክሶን፡ ግዜኡ ዘይሓለፈ ጥርናፈ የለን
counter-today = ሎሚ
counter-today-exchanges = ምልውዋጣት
counter-today-emergencies = ህጹጻት
counter-saved = ተመዝጊቡ፡ { $what }
counter-ask-undo = ናይ ሎሚ ናይ መወዳእታ ምልውዋጥ ይሰረዝ ዶ? Enter፡ እወ · Esc፡ ኣይፋል
counter-ask-confirm = { $count } × «{ $item }»፡ ብዙሕ እዩ። ንምርግጋጽ Enter፣ ንምእራም Esc።
counter-person-search = ኮድ ወይ ስም
counter-person-none = ዝተረኽበ ሰብ የለን።
counter-reversal-title = ዝተጠቕመ ኪት ናሎክሶን
counter-reversal-kit = ቁ. ኪት
counter-reversal-person = ኮድ ናይቲ ሰብ
counter-reversal-on = መዓስ
counter-reversal-called = ኣምቡላንስ ተጸዊዑ
counter-reversal-outcome = ውጽኢት
counter-reversal-note = መዘኻኸሪ
counter-reversal-bad-date = ዕለት ኣይተረድአን፡ «{ $text }»።
counter-reversal-bad-kit = ቁጽሪ ኪት ኣሃዝ ክኸውን ኣለዎ፡ «{ $text }»።
counter-person-line = ሰብ፡ { $person }

## Export of a person.
export-section-counter = ኣብ ባንኮ ዝተዋህበ ናውቲ
export-section-naloxone-kits = ኪታት ናሎክሶን
export-section-reversals = ዝተጠቕሙ ኪታት ናሎክሶን
export-col-given = ዝተዋህበ
export-col-session = ዙረት ጎደና
export-col-returned = ዝተመልሰ
export-col-for-others = ንኻልኦት
export-col-emergency = ህጹጽ
export-col-taken-back = ተሰሪዙ
export-col-kit = ቁ. ኪት
export-col-lot = ጥርናፈ
export-col-expires = ግዜኡ ዝሓልፍ
export-col-happened = ዝተጠቕመሉ ዕለት
export-col-called = ኣምቡላንስ ተጸዊዑ
export-col-reversal-outcome = ውጽኢት
counter-page-title = ዝተዋህበ ናውቲ
counter-page-outreach = ዙረት ጎደና
counter-page-line = { $what } · ዝተመልሰ { $returned }
