# ምንካይ ሓደጋ፡ ዝተዋህበን ዝተመልሰን ናውቲ፣ ናሎክሶን።

audit-counter-item-update = ዝርዝር ናውቲ ምቕያር
audit-counter-exchange-insert = ዝተዋህበ ናውቲ ምምዝጋብ
audit-naloxone-batch-insert = ጥርናፈ ናሎክሶን ምቕባል
audit-naloxone-kit-insert = ኪት ናሎክሶን ምሃብ
audit-naloxone-reversal-insert = ምጥቃም ኪት ናሎክሶን ምምዝጋብ
counter-error-unknown-item = «{ $item }» ኣብ ዝርዝር ናይቲ ባንኮ የለን። ናውቲ፡ seuil counter items።
counter-error-removed-item = «{ $item }» ኣብዚ ማእከል ደጊሙ ኣይወሃብን።
counter-error-nothing = ዝምዝገብ የለን፤ እንታይ ከም ዝተዋህበ ወይ ክንደይ ዝተጠቕመ ናውቲ ከም ዝተመልሰ ንገሩ።
counter-error-confirm = { $count } × «{ $item }» ካብ { $above } ይበዝሕ፤ ቍጽሪ ኣረጋግጹ፡ ድሕሪኡ ኣጽንዑ (ኣብ መስመር ትእዛዝ --yes)።
counter-error-no-naloxone = እኹል ግዜኡ ዘይሓለፈ ኪት ናሎክሶን የለን (ዝተረፈ፡ { $left })፤ መጀመርታ ጥርናፈ ተቐበሉ (seuil counter naloxone-receive)።
counter-error-item-exists = «{ $item }» ድሮ ኣብ ዝርዝር ኣሎ።
counter-error-key-taken = መጠወቒ { $key } ድሮ ናይ «{ $item }» እዩ።
counter-error-bad-code = ኮድ «{ $code }»፡ ካብ 2 ክሳብ 30 ንኣሽቱ ላቲን ፊደላት፣ ቍጽርታት ወይ ሰረዝ።
counter-error-bad-key = መጠወቒ «{ $key }»፡ ሓንቲ ንእሽቶ ፊደል፣ r ወይ t ኣይኮነን (ዝተመልሰ፣ ንኻልኦት)።
counter-error-bad-kind = ዓይነት «{ $kind }» ኣይፍለጥን። ዓይነታት፡ { $kinds }።
counter-error-no-name = እንተወሓደ ብፈረንሳይኛ ስም ሃቡ (--name-fr)።
counter-error-nothing-to-undo = ዝምለስ ናይ ሎሚ ምልውዋጥ የለን።
counter-error-lot-exists = ጥርናፈ { $lot } ድሮ ተመዝጊቡ ኣሎ።
counter-error-expired = እዚ ጥርናፈ ብ{ $day } ግዜኡ ይሓልፍ፣ ቅድሚ ሎሚ፤ ክቕበል ኣይከኣልን።
counter-error-no-kits = ክንደይ ኪት? እንተወሓደ ሓደ።
counter-error-no-lot = ቍጽሪ ጥርናፈ ጎዲሉ።
counter-error-unknown-kit = ቍጽሪ { $kit } ዝኾነ ኪት ኣይተዋህበን።
counter-error-unknown-person = ኮድ { $code } ዘለዎ ሰብ የለን።
counter-error-form = «{ $word }»፡ ITEM=ቍጽሪ ጽሓፉ፣ ንኣብነት syringe-1ml=10።
counter-error-count = «{ $word }»፡ ቍጽሪ ካብ 1 ጀሚሩ ምሉእ ቍጽሪ እዩ።
counter-error-twice = «{ $item }» ክልተ ግዜ ተጻሒፉ፤ ሓደ ናውቲ ሓደ ግዜ።
counter-list-reloaded = ዝርዝር ደጊሙ ተነቢቡ፤ ዝተመዝገበ የለን፣ ኣዐርዩ ደጊምኩም ዓቅቡ።

## መሰረታዊ ናውቲ፣ ብኮድ።
counter-item-syringe-1ml = ሲሪንጋ 1 ml
counter-item-syringe-2ml = ሲሪንጋ 2 ml
counter-item-needle = መርፍእ
counter-item-cup = ኩባያ ምድላው (Stericup)
counter-item-filter = መጻረዪ (ፊልተር)
counter-item-water = ጽሩይ ማይ
counter-item-swab = ጥጡ ኣልኮል
counter-item-ascorbic-acid = ኣስኮርቢክ ኣሲድ
counter-item-tourniquet = መእሰሪ ቅልጽም
counter-item-crack-pipe = ፒፓ ክራክ
counter-item-mouthpiece = መእተዊ ኣፍ
counter-item-foil = ወረቐት ኣሉሚንዩም
counter-item-snorting-kit = ኪት ብኣፍንጫ ምስሓብ
counter-item-condom = ኮንዶም
counter-item-lubricant = መልሓጺ ቅብኣት
counter-item-naloxone = ኪት ናሎክሶን
counter-item-fentanyl-strip = መርመሪ ፈንታኒል
counter-item-sharps-container = መቐመጢ ዝተጠቕመ መርፍእ

## እቲ ባንኮ ኣብ መስመር ትእዛዝ።
counter-exchange-item = ምልውዋጥ
counter-given = ዝተዋህበ፡ { $what } · ዝተመልሰ፡ { $returned } · ንኻልኦት፡ { $others }
counter-kit-given = ኪት ናሎክሶን ቍ. { $kit }፡ ጥርናፈ { $lot }፣ ግዜኡ ዝሓልፍ { $expires }
counter-today-line = ሎሚ፡ ምልውዋጣት { $exchanges } · ዝተመልሰ { $returned } · ንኻልኦት { $others } · ሚዛን ምልውዋጥ { $balance }
counter-undone = ተመሊሱ፡ { $what }
counter-item-removed = «{ $item }» ደጊሙ ኣይወሃብን፤ ኣብ ኣሃዛት ግን ይተርፍ።
counter-batch-line = ጥርናፈ { $lot }፣ ግዜኡ ዝሓልፍ { $expires }፡ ኪት { $kits }፣ ዝተረፈ { $left }
counter-reversal-recorded = ምጥቃም ኪት ተመዝጊቡ (ቍ. { $id })፡ { $outcome ->
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
counter-called-unknown = ኣይፈልጥን

cli-cmd-counter = ባንኮ ምንካይ ሓደጋ፡ ዝተዋህበን ዝተመልሰን ናውቲ፣ ናሎክሶን
cli-cmd-counter-items = ዝርዝር ናውቲ፡ ኮዳት፣ መጠወቕታት፣ ዓይነታት፣ ኣስማት
cli-cmd-counter-give = ዝተዋህበ ናውቲ (ከምኡ'ውን ዝተመልሰ ዝተጠቕመ ናውቲ) ምምዝጋብ
cli-cmd-counter-today = ኣሃዛት ናይ ሎሚ ኣብ ባንኮ
cli-cmd-counter-undo = ናይ ሎሚ ናይ መወዳእታ ምልውዋጥ ናይ ተጠቃሚ እዚ ማሽን ምምላስ
cli-cmd-counter-item-add = ናውቲ ናብ ዝርዝር ምውሳኽ
cli-cmd-counter-item-rename = ንናውቲ ብሓደ ወይ ብዙሓት ቋንቋታት ስም ምሃብ
cli-cmd-counter-item-key = ንናውቲ ካልእ መጠወቒ ምሃብ
cli-cmd-counter-item-remove = ናውቲ ምሃብ ምቁራጽ (ኣብ ኣሃዛት ይተርፍ)
cli-cmd-counter-naloxone-receive = ምቕባል ጥርናፈ ኪት ናሎክሶን ምምዝጋብ
cli-cmd-counter-reversal = ምጥቃም ኪት ናሎክሶን ምምዝጋብ (ዝተመለሰ ልዑል ዓቐን)
cli-arg-given = ዝተዋህበ ናውቲ፡ ITEM=ቍጽሪ፣ ንኣብነት syringe-1ml=10 needle=10
cli-arg-returned = ክንደይ ዝተጠቕመ ናውቲ ተመሊሱ
cli-arg-for-others = ንኽንደይ ካልኦት ሰባት (ካልኣዊ ምዝርጋሕ)
cli-arg-counter-emergency = ብህጹጽ ዝተዋህበ፣ ብዘይ ምልውዋጥ
cli-arg-counter-kind = ዓይነት፡ injection፣ smoking፣ sniffing፣ sex፣ naloxone፣ test፣ disposal፣ care፣ other
cli-arg-key = ኣብ ባንኮ ዝህቦ መጠወቒ (ሓንቲ ፊደል)
cli-arg-exchange = ጽሩይ ናውቲ መርፍእ፣ ብዝተጠቕመ ናውቲ ተለዊጡ ዝወሃብ
cli-arg-item-code = ኮድ ናውቲ (syringe-1ml…)
cli-arg-kits = ቍጽሪ ኪት
cli-arg-kit = ቍጽሪ እቲ ዝተጠቕመ ኪት፣ እንተተፈሊጡ
cli-arg-emergency-called = ህጹጽ ረድኤት ተጸዊዑ፡ yes፣ no ወይ unknown
cli-arg-reversal-outcome = ውጽኢት፡ recovered፣ hospital፣ died ወይ unknown
cli-arg-reversal-on = እቲ ኪት ዝተጠቕመሉ መዓልቲ
cli-arg-naloxone-lot = ኣብ ሳንዱቕ ዝተጻሕፈ ቍጽሪ ጥርናፈ

## ገጽ ባንኮ።
tab-counter = ባንኮ
help-action-goto-counter = ናብ ገጽ «{ $screen }» ኪድ (እቲ ተርሚናል F11 ንምሉእ ስክሪን እንተወሲዱዎ Alt+8)
help-action-counter-count = ቍጽሪ፣ ድሕሪኡ መጠወቒ ናውቲ፡ ክንደይ (እቲ ቍጽሪ ንዝስዕቡ መጠወቕታት ይጸንሕ)
help-action-counter-returned = ዝተመልሰ ዝተጠቕመ ናውቲ፡ ቅድሚኡ ዝተጻሕፈ ቍጽሪ፣ እንተዘይኮይኑ ሓደ ወሰኽ
help-action-counter-others = ንኽንደይ ካልኦት ሰባት (ካልኣዊ ምዝርጋሕ)
help-action-counter-more = ኣብቲ ዝተመርጸ መስመር ሓደ ወሰኽ
help-action-counter-less = ኣብቲ ዝተመርጸ መስመር ሓደ ንኪ
help-action-counter-emergency = ህጹጽ፡ ብዘይ ምልውዋጥ ዝተዋህበ
help-action-counter-person = ንሓደ ሰብ (ኮድ ወይ ስም)፤ ደጊምካ፡ ብዘይ ስም
help-action-counter-save = ምልውዋጥ ዓቅብ
help-action-counter-clear = ኩሉ ደምስስ፣ ከይመዝገብካ
help-action-counter-undo = ናይ ሎሚ ናይ መወዳእታ ምልውዋጥ መልስ (ድሕሪ ሕቶ)
help-action-counter-reversal = ምጥቃም ኪት ናሎክሶን ሓብር
help-action-counter-clear-count = እቲ ዝተጻሕፈ ቍጽሪ ደምስስ
help-action-counter-pick = ነዚ ሰብ ምረጽ
help-action-counter-cycle = መልሲ ቀይር
help-action-counter-yes = እወ
hint-counter-count = ቍጽሪ
hint-counter-returned = ዝተመልሰ
hint-counter-others = ካልኦት
hint-counter-person = ሰብ
hint-counter-undo = መልስ
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
counter-emergency-on = ህጹጽ፡ ብዘይ ምልውዋጥ ዝተዋህበ
counter-count-armed = ቍጽሪ፡ { $count }
counter-naloxone-next = ናሎክሶን፡ ጥርናፈ { $lot }፣ ክሳብ { $expires } ({ $left })
counter-naloxone-none = ናሎክሶን፡ ግዜኡ ዘይሓለፈ ጥርናፈ የለን
counter-today = ሎሚ
counter-today-exchanges = ምልውዋጣት
counter-today-emergencies = ህጹጻት
counter-saved = ተመዝጊቡ፡ { $what }
counter-saved-kits = ናሎክሶን፡ ጥርናፈ { $lots }
counter-ask-undo = ናይ ሎሚ ናይ መወዳእታ ምልውዋጥ ይመለስ ዶ? Enter፡ እወ · Esc፡ ኣይፋል
counter-ask-confirm = { $count } × «{ $item }»፡ ብዙሕ እዩ። ንምርግጋጽ Enter፣ ንምእራም Esc።
counter-person-search = ኮድ ወይ ስም
counter-person-none = ዝተረኽበ ሰብ የለን።
counter-reversal-title = ዝተጠቕመ ኪት ናሎክሶን
counter-reversal-kit = ቍ. ኪት
counter-reversal-person = ኮድ ናይቲ ሰብ
counter-reversal-on = መዓስ
counter-reversal-called = ህጹጽ ረድኤት ተጸዊዑ
counter-reversal-outcome = ውጽኢት
counter-reversal-note = መዘኻኸሪ
counter-reversal-bad-date = ዕለት ኣይተረድአን፡ «{ $text }»።
counter-reversal-bad-kit = ቍጽሪ ኪት ቍጽሪ ክኸውን ኣለዎ፡ «{ $text }»።
counter-person-line = ሰብ፡ { $person }

## Export of a person.
export-section-counter = ኣብ ባንኮ ዝተዋህበ ናውቲ
export-section-naloxone-kits = ኪት ናሎክሶን
export-section-reversals = ዝተጠቕመ ኪት ናሎክሶን
export-col-given = ዝተዋህበ
export-col-returned = ዝተመልሰ
export-col-for-others = ንኻልኦት
export-col-emergency = ህጹጽ
export-col-taken-back = ተመሊሱ
export-col-kit = ቍ. ኪት
export-col-lot = ጥርናፈ
export-col-expires = ግዜኡ ዝሓልፍ
export-col-happened = ዝተጠቕመሉ
export-col-called = ህጹጽ ረድኤት ተጸዊዑ
export-col-reversal-outcome = ውጽኢት
counter-page-title = ኣብ ባንኮ ዝተዋህበ
counter-page-line = { $what } · ዝተመልሰ { $returned }
