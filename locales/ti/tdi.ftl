# TDI፡ ግዜታት ሕክምና ንመመልከቲ ሕቶ ሕክምና (መዝገብ Sciensano)።

## ሕቶታት፣ ብመስርዕ እቲ መሕትት

tdi-item-centre-type = ዓይነት ማእከል
tdi-item-started = መጀመርታ ግዜ ሕክምና
tdi-item-status = ቅድሚ ሕጂ ተሓኺሙ ድዩ
tdi-item-referral = ዝለኣኾ
tdi-item-niss = ሃገራዊ ቁጽሪ ወይ BIS
tdi-item-sex = ጾታ
tdi-item-birth-year = ዓመተ ልደት
tdi-item-living-with = ምስ መን ይነብር
tdi-item-living-with-children = ምስ ቈልዑ ይነብር
tdi-item-living-where = መንበሪ ቦታ
tdi-item-nationality = ዜግነት
tdi-item-labour = ስራሕ
tdi-item-education = ትምህርቲ
tdi-item-primary-drug = ቀንዲ ዝወስዶ ነገር
tdi-item-route = ልሙድ ኣወሳስዳ (ቀንዲ ነገር)
tdi-item-frequency = ክንደይ ግዜ፣ ኣብ ዝሓለፉ 30 መዓልትታት
tdi-item-first-use-age = ዕድመ ኣብ ቀዳማይ ምውሳድ
tdi-item-secondary-drug-1 = ካልእ ነገር 1
tdi-item-secondary-drug-2 = ካልእ ነገር 2
tdi-item-secondary-drug-3 = ካልእ ነገር 3
tdi-item-secondary-drug-4 = ካልእ ነገር 4
tdi-item-polydrug = ጸገም ብዙሓት ነገራት ምውሳድ
tdi-item-injecting = ብመርፍእ ምውሳድ
tdi-item-first-injection-age = ዕድመ ኣብ ቀዳማይ መርፍእ
tdi-item-sharing = መርፍእ ወይ ሲሪንጋ ምክፋል
tdi-item-hiv-test = መርመራ HIV
tdi-item-hcv-test = መርመራ ሕማም ጸሊም ከብዲ C
tdi-item-ost = ሕክምና ምትካእ ኦፒዮይድ
tdi-item-ost-first-year = ዓመት ቀዳማይ ሕክምና ምትካእ
tdi-item-centre-unit = ክፍሊ ወይ ጨንፈር ማእከል

## መልስታት

tdi-unknown = ዘይፍለጥ
tdi-yes = እወ
tdi-no = ኣይፋል
tdi-no-niss = ሃገራዊ ቁጽሪ ይኹን BIS የብሉን
tdi-not-asked = ኣይምልከቶን
tdi-answer = { $words } ({ $code })
tdi-centre-1 = ማእከል ሕክምና ብዘይ ምድቃስ
tdi-centre-2 = ማእከል ሕክምና ምስ ምድቃስ
tdi-centre-3 = ክፍሊ ሕክምና ኣብ ቤት ማእሰርቲ
tdi-centre-4 = ሓፈሻዊ ሓኪም
tdi-centre-5 = ንኹሉ ሰብ ክፉት ትካል
tdi-centre-6 = ካልእ ዓይነት ማእከል
tdi-status-1 = ቅድሚ ሕጂ ተሓኪሙ ኣይፈልጥን
tdi-status-2 = ቅድሚ ሕጂ ተሓኪሙ
tdi-referral-1 = ቤት ፍርዲ፣ ተኸታታሊ ፍርዲ ወይ ፖሊስ
tdi-referral-2 = ሓፈሻዊ ሓኪም
tdi-referral-3 = ካልእ ማእከል ሕክምና ሱሲ
tdi-referral-4 = ካልእ ኣገልግሎት ጥዕና፣ ሕክምና ወይ ማሕበራዊ
tdi-referral-5 = ቤት ትምህርቲ ወይ ትምህርታዊ ኣገልግሎት
tdi-referral-6 = ባዕሉ፣ ስድራ ወይ ኣዕሩኽ
tdi-referral-7 = ካልእ
tdi-sex-1 = ተባዕታይ
tdi-sex-2 = ኣንስተይቲ
tdi-living-with-1 = በይኑ
tdi-living-with-2 = ምስ ወለዲ ወይ ስድራ ዝተወልደሉ
tdi-living-with-3 = ምስ መጻምድቲ ወይ ቈልዑ
tdi-living-with-4 = ምስ ኣዕሩኽ ወይ ካልኦት
tdi-living-with-5 = ኣብ ቤት ማእሰርቲ
tdi-living-with-6 = ኣብ ትካል ወይ መዕቆቢ
tdi-living-with-7 = ካልእ
tdi-living-where-1 = ርጉእ መንበሪ
tdi-living-where-2 = ዘይርጉእ መንበሪ ወይ ገዛ ዘይብሉ (ዝተገደፈ ህንጻ፣ መዕቆቢ)
tdi-living-where-3 = ኣብ ቤት ማእሰርቲ
tdi-living-where-4 = ካልእ ቦታ
tdi-labour-1 = ሳሕቲ ይሰርሕ
tdi-labour-2 = ብስሩዕ ይሰርሕ
tdi-labour-3 = ተምሃራይ
tdi-labour-4 = ስራሕ የብሉን
tdi-labour-5 = ሓገዝ፣ ጡረታ፣ ናይ ገዛ ስራሕ ወይ ስንክልና
tdi-labour-6 = ካልእ ኩነታት
tdi-education-1 = ቤት ትምህርቲ ከይዱ ኣይፈልጥን
tdi-education-2 = ቀዳማይ ደረጃ ትምህርቲ
tdi-education-3 = ካልኣይ ደረጃ ትምህርቲ
tdi-education-4 = ላዕለዋይ ትምህርቲ
tdi-drug-none = ካልእ ነገር የለን
tdi-drug-1 = ኦፒዮይድ
tdi-drug-1-1 = ሄሮይን
tdi-drug-1-2 = ሜታዶን፣ ብዘይ ትእዛዝ ሓኪም
tdi-drug-1-3 = ቡፕረኖርፊን፣ ብዘይ ትእዛዝ ሓኪም
tdi-drug-1-4 = ፈንታኒል፣ ብዘይ ትእዛዝ ሓኪም
tdi-drug-1-5 = ካልኦት ኦፒዮይድ (ትራማዶል…)
tdi-drug-2 = ኮካይን
tdi-drug-2-1 = ሑጻ ኮካይን
tdi-drug-2-2 = ክራክ
tdi-drug-2-3 = ካልእ ኮካይን
tdi-drug-3 = ካልኦት ኣበራበርቲ
tdi-drug-3-1 = ኣምፈታሚን
tdi-drug-3-2 = ሜታምፈታሚን
tdi-drug-3-3 = MDMA፣ ኤክስታሲ
tdi-drug-3-4 = ሰብ ዝሰርሖ ካቲኖን
tdi-drug-3-5 = ካልኦት ኣበራበርቲ (ሓደ ብስሙ)
tdi-drug-4 = መድቀሲን መህድእን
tdi-drug-4-1 = ባርቢቹሬት
tdi-drug-4-2 = ቤንዞዲያዜፒን
tdi-drug-4-3 = GHB ወይ GBL
tdi-drug-4-4 = ካልኦት መህድኣት (ፕረጋባሊን…)
tdi-drug-5 = ሕልሚ ዘርእዩ
tdi-drug-5-1 = LSD
tdi-drug-5-2 = ኬታሚን
tdi-drug-5-3 = ካልኦት ሕልሚ ዘርእዩ
tdi-drug-6 = ዝሽተቱ ተነነንቲ (ፈሰስቲ፣ ኮላ)
tdi-drug-7 = ሓሺሽ (ካናቢስ)
tdi-drug-7-1 = ካናቢስ፣ ቆጽሊ ወይ ሓሺሽ
tdi-drug-7-2 = ሰብ ዝሰርሖ ካናቢኖይድ
tdi-drug-7-3 = ካልእ ካናቢስ
tdi-drug-8 = ኣልኮል
tdi-drug-9 = ካልእ ነገር
tdi-route-1 = ብመርፍእ
tdi-route-2 = ብምትካኽ ወይ ብምስሓብ
tdi-route-3 = ብምብላዕ ወይ ብምስታይ
tdi-route-4 = ብኣፍንጫ
tdi-route-5 = ካልእ ኣገባብ
tdi-frequency-1 = መዓልታዊ
tdi-frequency-2 = ካብ 4 ክሳብ 6 መዓልቲ ኣብ ሰሙን
tdi-frequency-3 = ካብ 2 ክሳብ 3 መዓልቲ ኣብ ሰሙን
tdi-frequency-4 = ሓደ ግዜ ኣብ ሰሙን ወይ ካብኡ ዝውሕድ
tdi-frequency-5 = ኣብ ዝሓለፉ 30 መዓልትታት ኣይወሰደን
tdi-inject-1 = ፈጺሙ
tdi-inject-2 = እወ፣ መዓስ ምዃኑ ግን ኣይፍለጥን
tdi-inject-2-1 = እወ፣ ኣብ ዝሓለፉ 12 ኣዋርሕ ግን ኣይኮነን
tdi-inject-2-2 = እወ፣ ኣብ ዝሓለፉ 12 ኣዋርሕ፣ ኣብ ዝሓለፉ 30 መዓልትታት ግን ኣይኮነን
tdi-inject-2-3 = እወ፣ ኣብ ዝሓለፉ 30 መዓልትታት
tdi-inject-3 = ክምልስ ኣይደለየን
tdi-test-1 = ተመርሚሩ ኣይፈልጥን
tdi-test-2 = ተመርሚሩ፣ መዓስ ምዃኑ ግን ኣይፍለጥን
tdi-test-2-1 = ተመርሚሩ፣ ኣብ ዝሓለፉ 12 ኣዋርሕ ግን ኣይኮነን
tdi-test-2-2 = ኣብ ዝሓለፉ 12 ኣዋርሕ ተመርሚሩ
tdi-test-3 = ክምልስ ኣይደለየን
tdi-ost-1 = ፈጺሙ
tdi-ost-2 = ቀደም፣ ሕጂ ግን ኣይኮነን
tdi-ost-3 = ሕጂ

## ምንጻግ

tdi-error-item = «{ $item }» ሕቶ TDI ኣይኮነን። «seuil tdi codes» ዝርዝሩ የርኢ።
tdi-error-code = { $item }፡ «{ $value }» ካብ መልስታቱ ሓደ ኣይኮነን። መልስታት፡ { $codes }፣ ወይ 99 እንተዘይተፈሊጡ።
tdi-error-year = { $item }፡ «{ $value }» ካብ 1900 ክሳብ { $max } ዘሎ ዓመት ኣይኮነን። ኣርባዕተ ኣሃዛት ጽሓፍ፣ ወይ 99 እንተዘይተፈሊጡ።
tdi-error-age = { $item }፡ «{ $value }» ዕድመ ብዓመታት ኣይኮነን። ቁጽሪ ጽሓፍ፣ ወይ 99 እንተዘይተፈሊጡ።
tdi-error-country = { $item }፡ «{ $value }» ኮድ ሃገር ኣይኮነን። ክልተ ፊደላቱ ጽሓፍ (BE፣ MA፣ ER…)፣ ወይ 99 እንተዘይተፈሊጡ።
tdi-error-niss = { $item }፡ «{ $value }» ቅኑዕ ሃገራዊ ቁጽሪ ወይ BIS ኣይኮነን፤ ኣሃዛት ፈትሽ። እቲ ሰብ እንተዘይብሉ «none» ጽሓፍ፣ ወይ 99 እንተዘይተፈሊጡ።
tdi-error-text = { $item }፡ ብዝበዝሐ { $max } ፊደላት፣ ኣብ ሓደ መስመር።
tdi-error-unknown-episode = ግዜ ሕክምና TDI { $id } የለን። «seuil tdi show PERSON» ግዜታት ሕክምና ናይ ሓደ ሰብ የርኢ።
tdi-error-same-day = { $code } ኣብ { $date } ዝጅምር ግዜ ሕክምና ኣለዎ፤ ብ«seuil tdi set» ኣማልኦ።
tdi-error-future = ግዜ ሕክምና ድሕሪ ሎሚ ክጅምር ኣይክእልን ({ $date })። ዕለት ፈትሽ።
tdi-error-write = { $path } ክጽሓፍ ኣይከኣለን፡ { $reason }። ገለ ኣይተጻሕፈን፤ ካልእ ቦታ ምረጽ።

## ሓድሽ ግዜ ሕክምና መዓስ ይቐርብ

tdi-due-starting = ሓድሽ ግዜ ሕክምና ይቐርብ፡ ኣብዚ ሕክምና ይጅምር ኣሎ (ቅድሚኡ ግዜ ሕክምና የለን)።
tdi-due-returning = ሓድሽ ግዜ ሕክምና ይቐርብ፡ ድሕሪ ሽዱሽተ ኣዋርሕ ወይ ልዕሊኡ ብዘይ ርክብ ተመሊሱ (ናይ መወዳእታ ርክብ { $last })።
tdi-due-none = ሓድሽ ግዜ ሕክምና ኣይቀረበን፡ ናይ መወዳእታ ግዜ ሕክምና ወይ ርክብ ናይቲ ሰብ ካብ ሽዱሽተ ኣዋርሕ ዝሓጸረ እዩ።
tdi-open-not-due = ኣስተውዕል፡ ነዚ ሰብ ሓድሽ ግዜ ሕክምና ኣይቀረበን ነይሩ (ኣብ ዝሓለፉ ሽዱሽተ ኣዋርሕ ርክብ ኣሎ)። ከም ዝተሓተተ ተኸፊቱ።

## መስመር ትእዛዝ

tdi-opened = ግዜ ሕክምና { $id } ን{ $code } ተኸፊቱ።
tdi-saved = ግዜ ሕክምና { $id } ተዓቂቡ።
tdi-episode-head = ግዜ ሕክምና { $id } · { $code } · ዝጀመረሉ { $date }
tdi-line = { $label }፡ { $value }
tdi-still-unknown = ገና ዘይፍለጥ ({ $count })፡ { $items }
tdi-no-episodes = { $code } ግዜ ሕክምና TDI የብሉን።
tdi-exported = { $count ->
    [0] { $count } ግዜታት ሕክምና ናይ { $year } ኣብ { $path } ተጻሒፎም።
    [one] ሓደ ግዜ ሕክምና ናይ { $year } ኣብ { $path } ተጻሒፉ።
   *[other] { $count } ግዜታት ሕክምና ናይ { $year } ኣብ { $path } ተጻሒፎም።
}
tdi-checklist-head = TDI { $year }፡ { $count ->
    [0] { $count } ግዜታት ሕክምና
    [one] ሓደ ግዜ ሕክምና
   *[other] { $count } ግዜታት ሕክምና
}፣ ክሳብ { $due } ናብ Sciensano ክበጽሕ ኣለዎ።
tdi-checklist-line = ግዜ ሕክምና { $id } · { $code } · { $date } — { $state }
tdi-checklist-complete = ምሉእ
tdi-sheet-saved = ቅጥዒ TDI ኣብ { $path } ተጻሒፉ።

cli-cmd-tdi = ግዜታት ሕክምና TDI (መዝገብ Sciensano)
cli-cmd-tdi-open = ንሓደ ሰብ ግዜ ሕክምና ክፈት፤ ነፍሲ ወከፍ ሕቶ ዘይፍለጥ (99) ክኸውን ይኽእል
cli-cmd-tdi-show = ግዜታት ሕክምና ናይ ሓደ ሰብ፣ ሓድሽ ይቐርብ እንተኾይኑ
cli-cmd-tdi-set = ግዜ ሕክምና ጸኒሕካ ኣማልእ ወይ ኣዐሪ
cli-cmd-tdi-export = ኣብ ሓደ ዓመት ዝጀመሩ ግዜታት ሕክምና ብCSV ጽሓፍ፣ ምስ ኮዳት EMCDDA
cli-cmd-tdi-checklist = ግዜታት ሕክምና ናይ ሓደ ዓመትን ገና ዘይተፈልጡ ሕቶታትን፣ ቅድሚ 31 መጋቢት
cli-cmd-tdi-sheet = ዝሕተም ቅጥዒ TDI ናይ ሓደ ግዜ ሕክምና ብPDF ጽሓፍ
cli-cmd-tdi-codes = ሕቶታትን መልስታቶምን፣ ምስ ኮዳቶም
cli-arg-date = መጀመርታ ግዜ ሕክምና (እንተዘይኮይኑ ሎሚ)
cli-arg-episode = ቁጽሪ ግዜ ሕክምና
cli-arg-year = ዓመት (ኣርባዕተ ኣሃዛት)
cli-arg-csv = ዝጽሓፍ ፋይል CSV
cli-arg-item = ሓደ ሕቶ (ኣማራጺኡ፣ ንኣብነት primary-drug)፤ እንተዘይተጻሕፈ ኩሎም
cli-arg-tdi-item = { $item } (ኮዳት { $codes }፤ 99 ዘይፍለጥ፤ ወይ እቲ መልሲ ብቓላት)
cli-arg-tdi-pdf = ዝጽሓፍ ፋይል PDF

## እቲ ቅጥዒ

tdi-sheet-title = ቅጥዒ TDI — ግዜ ሕክምና
tdi-sheet-episode = ግዜ ሕክምና { $id } · ሰብ { $code }
tdi-sheet-note = ብመስርዕ መሕትት Sciensano፤ ኮድ ነፍሲ ወከፍ መልሲ ኣብ ውሽጢ ቅንፍ ኣሎ።
tdi-sheet-line = { $n }. { $label }፡ { $value }
tdi-sheet-coded = { $n }. { $label }፡ { $value } ({ $code })
tdi-sheet-age-band = ጉጅለ ዕድመ ኣብ መጀመርታ፡ { $band }
tdi-sheet-footer = ኣብ { $opened } ብ{ $by } ተኸፊቱ · ኣብ { $printed } ተሓቲሙ

## ቅጥዒ ደስክ

tdi-form-title = ግዜ ሕክምና TDI — { $code } { $name }
tdi-form-earlier = { $count ->
    [0] ኣብዚ { $count } ዝሓለፉ ግዜታት ሕክምና ኣለዉ።
    [one] ኣብዚ ሓደ ዝሓለፈ ግዜ ሕክምና ኣሎ።
   *[other] ኣብዚ { $count } ዝሓለፉ ግዜታት ሕክምና ኣለዉ።
}
tdi-form-keys = ←→ ወይ ፊደላት፡ ምረጽ · Del፡ ዘይፍለጥ · Ctrl+S እውን የዕቅብ
tdi-form-saved = ግዜ ሕክምና TDI { $id } ን{ $code } ተዓቂቡ።
help-action-tdi = ቅጥዒ TDI ክፈት (ሓድሽ ግዜ ሕክምና)
help-action-tdi-save = ግዜ ሕክምና TDI ዓቅብ
hint-tdi = TDI
tdi-form-completing = ነቲ ናይ መወዳእታ ግዜ ሕክምና ናይዚ ሰብ ተማልኡ ኣለኹም፤ ዝተዋህቡ መልስታት ኣብዚ ኣለዉ፤ Enter ለውጢ ይዕቅብ።
