# ሰራሕተኛታት፡ ምእታው፡ ምዕጻው፡ መዝገብ ቍጽጽር፡ ግዜ ምዕቃብ።

role-reception = ምቕባል
role-nurse = ነርስ
role-social = ማሕበራዊ ሰራሕተኛ
role-mediator = ናይ ባህልታት ተሓላላፊ
role-coordinator = ኣወሃሃዲ

setup-title = ናብ seuil እንቋዕ ብደሓን መጻእኩም
setup-intro = እዚ ዳታቤዝ ሓድሽ እዩ። ስም ማእከል ጽሓፉ፡ እንተደሊኹም ኣድራሻኡን ስልኩን እውን (ኣብ ኣርእስቲ ደብዳቤታት ይሕተሙ)፡ ቀዳማይ ሕሳብ ኣወሃሃዲ ፍጠሩ፤ ድሕሪኡ ኣወሃሃዲ ካልኦት ሕሳባት ይፈጥር።
setup-site = ስም ማእከል
setup-pin-again = PIN ደጊምኩም

login-title = ምእታው
login-name = ስም
login-pin = PIN
login-checking = ይረጋገጽ ኣሎ…
login-refused = ስም ወይ PIN ኣይተፈልጠን። ደጊምኩም ፈትኑ።
login-wait = ብዙሕ ጌጋ PIN። ድሕሪ { $seconds } ካልኢት ደጊምኩም ፈትኑ።

lock-title = ደስክ ተዓጽዩ ኣሎ
lock-intro = ብ{ $name } ተዓጽዩ። ንምቕጻል ስምኩም ድሕሪኡ PIN ኩም ጽሓፉ፤ ካልእ ሰብ ብተመሳሳሊ መንገዲ ነቲ ደስክ ይርከቦ።

staff-error-name = ስም ጽሓፉ።
staff-error-pin = PIN ካብ 4 ክሳብ 12 ኣሃዛት እዩ።
staff-error-pins-differ = ክልቲኡ PIN ሓደ ኣይኮነን። ደጊምኩም ጽሓፍዎ።
staff-error-taken = { $name } ድሮ ሕሳብ ኣለዎ።
staff-error-unknown = ብስም { $name } ሕሳብ የለን።
staff-error-last-coordinator = ማእከል እንተወሓደ ሓደ ንጡፍ ኣወሃሃዲ የድልዮ፤ ቅድም ካልእ ፍጠሩ።

draft-title = ዘይተወድአ ቅጥዒ
draft-found = ኣብዚ ደስክ ፍርቁ ዝተመልአ ቅጥዒ ተሪፉ ኣሎ (መወዳእታ ዝተዓቀበሉ ሰዓት { $time })፦
draft-question = Enter፦ መልሶ ውሰድዎ · Esc፦ ሕደግዎ

screen-not-for-role = እዚ ገጽ ንተራ { $role } ክፉት ኣይኮነን።
screen-not-for-role-detail = እንተ ኣድልዩኩም ንኣወሃሃዲ ሕተቱ።

admin-section-services = ኣገልግሎታት
admin-section-staff = ሰራሕተኛታት
admin-section-audit = መዝገብ ቍጽጽር
admin-section-retention = ግዜ ምዕቃብ

staff-col-name = ስም
staff-col-role = ተራ
staff-col-language = ቋንቋ
staff-col-state = ኩነታት
staff-active = ንጡፍ
staff-inactive = ዝተዓጽወ
staff-saved = ሕሳብ ተዓቂቡ።
staff-new-pin = ሓድሽ PIN
staff-form-help = ተራ፦ ንምቕያር Space ወይ ←→። ነቲ ዘሎ PIN ንምሓዝ ባዶ ግደፍዎ።
form-title-staff-new = ሓድሽ ሕሳብ
form-title-staff-edit = ሕሳብ { $name }

audit-filter = መጻረዪ
audit-col-when = መዓስ
audit-col-who = መን
audit-col-what = እንታይ
audit-col-person = ሰብ
audit-none = ዝሰማማዕ የለን። ብኮድ ሰብ፡ ብስም ሰራሕተኛ ወይ ብመዓልቲ (23/11/2026) ኣጻርዩ፡ ድሕሪኡ Enter።
audit-exported = { $count ->
    [one] { $count } መስመር ናብ { $path } ተጻሒፉ።
   *[other] { $count } መስመራት ናብ { $path } ተጻሒፎም።
}
audit-export-failed = { $path } ክጽሓፍ ኣይከኣለን ({ $detail })። ነቲ ፎልደርን ባዶ ቦታን ርኣዩ፤ ዝጠፍአ የለን።

retention-days = መዓልታት ምዕቃብ ሓበሬታ መስርዕ
retention-explain = ካብዚ ዝበለጸ ዝኣረገ ቲኬታት፡ ጻውዒታቶምን ቆጸራታትን ብምጽራይ ይድምሰሱ። ምብጻሓት ይተርፉ፦ ናይ ክንክን መዝገብ እዮም። ዝተሓትሙ ወይ ዝተዓቀቡ ሕትመታት ድማ ምስኡ ካብ መስርዕ ሕትመት ይወጹ።
retention-preview = ቅድሚ { $day } ዘሎ ሓበሬታ መስርዕ ብምጽራይ ዝድምሰስ፦ ቲኬታት { $tickets }፡ ቆጸራታት { $appointments }፡ ዝተሓትሙ { $printouts }።
retention-error-days = ካብ 30 ክሳብ 3650 ዝኾነ ቍጽሪ መዓልታት ጽሓፉ።
retention-purge-confirm = ነዚ ሓበሬታ ሕጂ ንምድምሳስ Del ደጊምኩም ጠውቑ። ክምለስ ኣይከኣልን እዩ።
retention-purged = ምጽራይ ተወዲኡ። ዝተደምሰሰ፦ ቲኬታት { $tickets }፡ ቆጸራታት { $appointments }፡ ዝተሓትሙ { $printouts }። ኣብ መዝገብ ቍጽጽር ተጻሒፉ።

hint-lock = ዕጸው
help-action-lock = ደስክ ዕጸው (ሓበሬታ ሰባት ክሳብ PIN ይሕባእ)
hint-restore-draft = መልስ
help-action-restore-draft = ነቲ ዘይተወድአ ቅጥዒ መልሶ ውሰድ
hint-drop-draft = ሕደግ
help-action-drop-draft = ነቲ ዘይተወድአ ቅጥዒ ሕደግ
hint-section = ክፋል
help-action-admin-section = ዝቕጽል ክፋል ገጽ ምሕደራ
help-action-edit-staff = ነቲ ዝተመርጸ ሕሳብ ቀይር
help-action-add-staff = ሕሳብ ፍጠር
hint-toggle-staff = ክፈት/ዕጸው
help-action-toggle-staff = ነቲ ዝተመርጸ ሕሳብ ክፈት ወይ ዕጸው
hint-filter = ኣጻሪ
help-action-audit-filter = ምስ መጻረዪ ዝሰማምዑ መስመራት ኣርኢ
hint-export = ኣውጽእ
help-action-audit-export = ዝተራእዩ መስመራት ናብ CSV ፋይል ኣውጽእ
help-action-retention-save = ቍጽሪ መዓልታት ዓቅብ
hint-purge = ኣጽሪ
help-action-purge = ካብ ግዜ ምዕቃብ ዝኣረገ ሓበሬታ መስርዕ ደምስስ

## መስመር ትእዛዝ
cli-arg-key-file = ፋይል መፍትሕ ናይ ዝተመስጠረ ዳታቤዝ (እንተዘይኮይኑ SEUIL_KEY_FILE፡ እንተዘይኮይኑ key_file ኣብ desk.toml)
cli-arg-new-key-file = ሓድሽ መፍትሕ ዝሓዘ ፋይል (እንተዘይኮይኑ ክልተ ግዜ ይጽሓፍ)
cli-arg-role = ተራ፦ reception፡ nurse፡ social፡ mediator፡ coordinator
cli-arg-language = ቋንቋ መርኣያ ናይቲ ሕሳብ፦ fr፡ nl፡ en፡ ar፡ ti፡ pl
cli-arg-staff-name = ስም ሰራሕተኛ፡ ብኡ ዝኣቱ
cli-arg-audit-person = ብዛዕባ እዚ ሰብ ዘለዉ መስመራት ጥራይ (ኮድ)
cli-arg-staff = ናይዚ ሰራሕተኛ መስመራት ጥራይ
cli-arg-day = ናይዛ መዓልቲ መስመራት ጥራይ (25/11/2026 ወይ 2026-11-25)
cli-cmd-staff = ሕሳባት ሰራሕተኛታት
cli-cmd-staff-add = ሕሳብ ፍጠር (PIN ክልተ ግዜ ይሕተት)
cli-cmd-staff-list = ሕሳባት ኣርኢ
cli-cmd-audit = መዝገብ ቍጽጽር፦ መን እንታይ ገበረ፡ መዓስ፡ ካብ ኣየናይ ደስክ
cli-cmd-audit-list = መስመራት መዝገብ ቍጽጽር ኣርኢ
cli-cmd-audit-export = መስመራት መዝገብ ቍጽጽር ናብ CSV ፋይል ጽሓፍ
cli-cmd-db-purge = ካብ ግዜ ምዕቃብ ዝኣረገ ሓበሬታ መስርዕ ደምስስ (--yes ይሓትት)
cli-cancelled = ተሰሪዙ፦ ዝተቐየረ የለን።
staff-error-role = ዘይፍለጥ ተራ «{ $role }»። ተራታት፦ reception፡ nurse፡ social፡ mediator፡ coordinator።
staff-error-language = ዘይፍለጥ ቋንቋ። ቋንቋታት፦ fr፡ nl፡ en፡ ar፡ ti፡ pl።
staff-added = ሕሳብ ተፈጢሩ፦ { $name } ({ $role })።
db-passphrase = ምስጢራዊ ሓረግ ናይቲ ዳታቤዝ፦
db-new-passphrase = ሓድሽ ምስጢራዊ ሓረግ (እንተወሓደ 8 ፊደላት)፦
db-new-passphrase-again = ሓደ ዓይነት ምስጢራዊ ሓረግ ደጊምኩም፦
db-passphrases-differ = ክልቲኡ ሓረግ ሓደ ኣይኮነን። ዝተቐየረ የለን።
db-key-needs-file = ንምጽሓፉ ተርሚናል እንተዘየለ፡ ሓድሽ መፍትሕ ብ --new-key-file PATH ሃቡ።
db-rekey-needs-key = መፍትሕ ንምቕያር፡ ነቲ ዘሎ ብ --key-file (ወይ SEUIL_KEY_FILE) ሃቡ።
db-encrypt-plain-only = እዚ ዳታቤዝ ብመፍትሕ ይኽፈት ኣሎ፦ ድሮ ተመስጢሩ እዩ። መፍትሑ ንምቕያር «seuil db rekey» ተጠቐሙ።
db-encrypt-done = { $path } ሕጂ ተመስጢሩ ኣሎ። ነቲ መፍትሕ ብጥንቃቐ ዓቅብዎ፦ ብዘይኡ ዝኾነ ሰብ ነቲ ሓበሬታ ከንብቦ ኣይክእልን።
db-rekey-done = መፍትሕ { $path } ተቐይሩ። ቅድሚ ሕጂ ዝተሰርሑ ቅዳሓት ነቲ ኣረጊት መፍትሕ ይሕዙ።
db-purge-needs-yes = ዝተደምሰሰ የለን። ንምድምሳስ ምስ --yes ደጊምኩም ኣበግሱ።

## ጌጋታት
error-wrong-key = እቲ መፍትሕ { $path } ኣይከፍቶን። ፋይል መፍትሕ ወይ ምስጢራዊ ሓረግ ርኣዩ፤ እቲ ፋይል ኣይተቐየረን።
error-key-file = ፋይል መፍትሕ { $path } ክንበብ ኣይከኣለን ({ $detail })። USB ከም ዝተሰኩዐን ፋይሉ ከም ዘሎን ርኣዩ።
error-key-short = ምስጢራዊ ሓረግ እንተወሓደ { $min } ፊደላት ኣለዎ።
error-db-in-use = ካልኦት ደስክታት ነቲ ዳታቤዝ ከፊቶምዎ ኣለዉ። ኩሎም ደስክታት (ምስ ስክሪን መጸበዪ ክፍሊ) ዕጸውዎም፡ ድሕሪኡ ደጊምኩም ፈትኑ፤ ዝተቐየረ የለን።
error-needs-key = { $path } ተመስጢሩ ኣሎ (ወይ ናይ seuil ዳታቤዝ ኣይኮነን)፦ መፍትሑ ብ --key-file PATH ወይ SEUIL_KEY_FILE ሃቡ።
backup-daily-failed = ዕለታዊ ቅዳሕ ናብ { $path } ኣይተዓወተን ({ $detail })። እቲ ፎልደር ከም ዘሎን ቦታ ከም ዘለዎን ርኣዩ፤ እቲ ዳታቤዝ ባዕሉ ደሓን እዩ።
field-fund = ትካል መድሕን ጥዕና (mutuelle)
field-note = መዘኻኸሪ
field-hidden = (ንተራኹም ተሓቢኡ)
db-backup-target = ቅዳሕ ናብ { $path } ክጽሓፍ ኣይከኣለን ({ $detail })። እቲ ዲስክ ወይ USB ከም ዝተሰኩዐ፡ ክጽሓፈሉ ከም ዝኽእልን ቦታ ከም ዘለዎን ርኣዩ፤ እቲ ዳታቤዝ ባዕሉ ኣይተተንከፈን፡ ፍርቂ ቅዳሕ ውን ኣይተረፈን።

## መዝገብ ቍጽጽር ብቓላት፡ እቲ ነፍሲ ወከፍ መስመር ዝብሎ
audit-person-insert = ምዝገባ ሰብ
audit-person-update = ምቕያር ፋይል ሰብ
audit-person-delete = ምድምሳስ ፋይል ሰብ
audit-person-open = ምኽፋት ፋይል ሰብ
audit-person-export = ምውጻእ ኩሉ ብዛዕባ ሰብ ዝተዓቀበ
audit-person-bulk = ምፍጣር ናይ ፈተነ መዝገብ (ብዝሒ ሰባት፡ { $count })
audit-visit-insert = ምዝገባ ምብጻሕ
audit-visit-update = ምቕያር ምብጻሕ
audit-visit-delete = ምስሓብ ምብጻሕ
audit-ticket-insert = ምሃብ ትኬት መስርዕ
audit-ticket-update = ምሕዳስ ትኬት መስርዕ
audit-ticket-delete = ምድምሳስ ትኬት መስርዕ
audit-appointment-insert = ምሓዝ ቆጸራ
audit-appointment-update = ምቕያር ቆጸራ
audit-appointment-delete = ምድምሳስ ቆጸራ
audit-coverage-insert = ምውሳኽ ሽፋን ሕክምና
audit-coverage-update = ምሕዳስ ሽፋን ሕክምና
audit-coverage-delete = ምድምሳስ ሽፋን ሕክምና
audit-free-care-update = ምቕያር ናጻ ክንክን ወይ ትሑት እቶት
audit-free-care-delete = ምቁራጽ ናጻ ክንክን
audit-merge-insert = ምሕዋስ ክልተ ፋይላት
audit-merge-update = ምምላስ ምሕዋስ
audit-merge-delete = ምድምሳስ ምሕዋስ
audit-not-same-insert = ክልተ ፋይላት ናይ ክልተ ዝተፈላለዩ ሰባት ምዃኖም ምምዝጋብ
audit-not-same-delete = «ሓደ ሰብ ኣይኮነን» ምስሓብ
audit-service-insert = ምውሳኽ ኣገልግሎት
audit-service-update = ምቕያር ኣገልግሎት
audit-service-delete = ምድምሳስ ኣገልግሎት
audit-partner-insert = ምውሳኽ መሻርኽቲ
audit-partner-update = ምቕያር መሻርኽቲ
audit-partner-delete = ምድምሳስ መሻርኽቲ
audit-referral-insert = ምጽሓፍ ሪፈራል
audit-referral-update = ምሕዳስ ሪፈራል
audit-referral-delete = ምድምሳስ ሪፈራል
audit-print-insert = ምስዳድ ሕትመት
audit-print-update = ምሕዳስ ሕትመት
audit-print-delete = ካብ መስርዕ ሕትመት ምእላይ
audit-staff-insert = ምኽፋት ሕሳብ ሰራሕተኛ
audit-staff-update = ምቕያር ሕሳብ ሰራሕተኛ
audit-staff-delete = ምድምሳስ ሕሳብ ሰራሕተኛ
audit-staff-login = ምእታው { $name }
audit-staff-login-refused = PIN ናይ «{ $name }» ተነጺጉ
audit-setting-update = ምቕያር ምድላው፡ { $setting }
audit-setting-delete = ምድምሳስ ምድላው፡ { $setting }
audit-desk-lock = ምዕጻው ደስክ
audit-queue-purge = ምጽራይ ሓበሬታ መስርዕ ቅድሚ { $day } (ትኬታት { $tickets }፣ ቆጸራታት { $appointments }፣ ዝተወድኡ ሕትመታት { $printouts })
audit-audit-export = ምውጻእ መዝገብ ቍጽጽር (መስመራት፡ { $count }) ናብ { $path }
audit-database-encrypt =
    { $rekey ->
        [yes] ምቕያር መፍትሕ ዳታቤዝ
       *[no] ምምስጣር ዳታቤዝ
    }
audit-unknown = { $codes } { $detail }
audit-who-system = { $user } (ሲስተም)
audit-setting-site-name = ስም ማእከል
audit-setting-site-address = ኣድራሻ ማእከል
audit-setting-site-phone = ስልኪ ማእከል
audit-setting-retention = ግዜ ምዕቃብ ሓበሬታ መስርዕ
audit-setting-search-keys = ስሪት መፍትሕ ምድላይ

## ቀዳማይ ምጅማር፡ ኣድራሻን ስልክን ማእከል፡ ንኣርእስቲ ደብዳቤታት
setup-address = ኣድራሻ (ግዴታ ኣይኮነን)
setup-phone = ስልኪ (ግዴታ ኣይኮነን)

## Intercultural mediation in the audit trail.

audit-mediation-need-update = ምምዝጋብ ጠለብ ናይ ባህልታት ተሓላላፊ
audit-mediation-need-delete = ምስሓብ ጠለብ ተሓላላፊ
audit-mediation-insert = ከም ተሓላላፊ ናብ ምርመራ ምጽንባር
audit-mediation-delete = ካብ ምርመራ ከም ተሓላላፊ ምውጻእ

## Languages each member of staff speaks (what a mediator's list is made of).

staff-speaks = ዝዛረቦም ቋንቋታት (ar፣ ti…)
staff-col-speaks = ይዛረብ
staff-error-speaks = ዝዝረቡ ቋንቋታት ብስሞም ወይ ብኮዶም ብኮማ ተፈላልዮም ጽሓፍ፡ ዓረብኛ፡ ትግርኛ፡ so።
cli-arg-speaks = ምስ ዝመጹ ሰባት ዝዝረቡ ቋንቋታት (ኮድ፡ ar,ti,so)፣ ዝርዝር ተሓላላፊ ብእኡ ይስራሕ
cli-arg-languages = ኮድ ቋንቋታት ብፋሕፋሕ ተፈልዮም (ar,ti)፤ ባዶ፡ ምርሳዕ
cli-cmd-staff-speaks = ሓደ ሰራሕተኛ ምስ ዝመጹ ሰባት ዝዛረቦም ቋንቋታት መዝግብ
staff-speaks-saved = { $name } ይዛረብ፡ { $langs }።
staff-speaks-cleared = ን{ $name } ዝተመዝገበ ቋንቋ የለን።
