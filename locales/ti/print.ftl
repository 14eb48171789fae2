# ሕትመታት፦ እቲ ሰብ ዝወስዶ ወረቐት፡ ትኬታት መስርዕ፡ ምሕታም ባዕሉ።

## ወረቐት፡ ብቋንቋ እቲ ሰብ
slip-title = ናበይ ትኸዱ
slip-from = ካብ { $site } ዝተላእከ
slip-address = ኣድራሻ፦ { $address }
slip-no-address = ኣድራሻ ኣብ ምቕባል ሕተቱ።
slip-phone = ስልኪ፦ { $phone }
slip-hours = ሰዓታት ስራሕ፦ { $hours }
slip-when = ቆጸራኹም፦ { $date } ሰዓት { $time }
slip-when-none = ቆጸራ የብልኩምን፦ ኣብ ሰዓታት ስራሕ ኪዱ።
slip-urgent = በጃኹም ሎሚ ኪዱ።
slip-bring = ነዚ ወረቐትን ዘለኩም ሰነዳትን (መንነት ወረቐት፡ ካርድ ትካል መድሕን ጥዕና፡ ደብዳቤታት CPAS) ሒዝኩም ኪዱ። ሰነድ እንተዘይብልኩም እውን ኪዱ።
slip-contact = ሕቶ ኣለኩም? { $site }፡ { $phone }

## ትኬታት መስርዕ
ticket-arrived = ዝመጻእኩምሉ ሰዓት { $time }
ticket-wait = ነዛ ትኬት ሓልዉዋ። ቁጽርኹም ኣብ ስክሪን ክርአ እዩ።

## ምሕታም
print-sent = ናብ ማሕተሚ { $printer } ተላኢኹ።
print-sent-default = ናብ ማሕተሚ ተላኢኹ።
print-saved = PDF ተዓቂቡ፦ { $path }
print-error-no-cups = እዚ ኮምፒተር ክሕትም ኣይክእልን (CUPS ኣይተተኸለን)። ዝጠፍአ የለን፦ ካብ መስርዕ ሕትመት ነቲ PDF ኣብ ፋይል ዕቀብዎ።
print-error-refused = ማሕተሚ ነቲ ስራሕ ኣይተቐበሎን፦ { $reason } ዝጠፍአ የለን፦ ካብ መስርዕ ሕትመት ደጊምኩም ፈትኑ ወይ ኣብ ፋይል ዕቀብዎ።
print-error-write = { $path } ክጽሓፍ ኣይከኣለን፦ { $reason }። ዝጠፍአ የለን፦ ካልእ ቦታ ፈትኑ፡ ንኣብነት USB።
print-error-font = ኣብ ውሽጢ seuil ዘለዉ ፊደላት ሕትመት ተበላሺዮም፤ seuil ደጊምኩም ተኽልዎ። ዝጠፍአ የለን።
referral-error-unknown-id = ቁጽሪ { $id } ዘለዎ ሪፈራል የለን። ገጽ እቲ ሰብ ሪፈራላቱ የርኢ።

## መስመር ትእዛዝ
cli-arg-urgent = እቲ ሰብ ሎሚ ክኸይድ ኣለዎ
cli-arg-appointment = ምስ መሻርኽቲ ዝተታሕዘ ቆጸራ (25/11/2026 10:00)
cli-cmd-site = ኣርእስቲ ማእከል፦ ስም፡ ኣድራሻ፡ ስልኪ
cli-arg-site-name = ስም ማእከል
site-field-name = ማእከል፦
site-field-address = ኣድራሻ፦
site-field-phone = ስልኪ፦
site-not-set = (ኣይተመልአን)
site-saved = ኣርእስቲ ተዓቂቡ፤ ኣብ ደብዳቤታት፡ ወረቐታትን ትኬታትን ይሕተም።

## ሪፈራል ምጽሓፍ (ካብ ገጽ ሓደ ሰብ)
composer-title = ሪፈራል ን{ $person }
composer-partner = መሻርኽቲ
composer-reason = ምኽንያት
composer-urgent = ህጹጽ
composer-appointment = ቆጸራ
composer-consent = ኣብ ደብዳቤ ዝካፈል
composer-letter-lang = ቋንቋ ደብዳቤ
composer-slip-lang = ቋንቋ ወረቐት
composer-yes = እወ
composer-no = ኣይፋል
composer-help-partner = ውሑዳት ፊደላት ስም መሻርኽቲ ጽሓፉ፤ ↑↓ ምረጹ።
composer-help-reason = ምኽንያት ጽሓፉ፡ ወይ ↑↓ ንልሙዳት ምኽንያታት (ብቋንቋ ደብዳቤ)።
composer-help-appointment = ዕለትን ሰዓትን ቆጸራ ኣብ መሻርኽቲ፡ ከም 25/11/2026 10:00፤ እንተዘየለ ባዶ ግደፉዎ።
composer-help-consent = እቲ ሰብ ክካፈል ዝተሰማምዓሉ ጥራይ ምልክት ግበሩ፦ ←→ ምንቅስቓስ፡ Space ምልክት፡ ወይ 1–7።
composer-help-toggle = Space ወይ ←→ ይቕይር።
composer-no-partner = ቅድም መሻርኽቲ ምረጹ።
composer-no-match = በዚ ስም መሻርኽቲ ኣብ መዝገብ የለን (F7 ንምውሳኽ)።
composer-not-for-role = ሪፈራል ምጽሓፍ ንዕማምኩም ክፉት ኣይኮነን።
consent-name = ስም
consent-birth = ዕለት ልደት
consent-niss = NISS
consent-languages = ቋንቋታት
consent-phone = ስልኪ
consent-coverage = ሽፋን ሕክምና
consent-reason = ምኽንያት
preview-title = ዝሕተም (ደብዳቤ፡ ድሕሪኡ ወረቐት እቲ ሰብ)
referral-saved-printed = ሪፈራል { $id } ተዓቂቡ ናብ ማሕተሚ ተላኢኹ።
referral-saved-not-printed = ሪፈራል { $id } ተዓቂቡ፡ ግን ኣይተሓትመን፦
help-action-refer = ነዚ ሰብ ሪፈራል ጽሓፍ
hint-refer = ሪፈራል
help-action-preview = ዝሕተም ርአ
hint-preview = ቅድመ-ርእይ
help-action-composer-choose = መሻርኽቲ ወይ ልሙድ ምኽንያት ምረጽ
help-action-save-print = ሪፈራል ዕቀብን ሕተምን
hint-save-print = ዕቀብን ሕተምን
hint-scroll = ኣንቀሳቕስ
help-action-back-to-form = ናብ ቅጥዒ ተመለስ
hint-back = ተመለስ

## መስርዕ ሕትመት (ገጽ ሪፈራላት)
print-queue-title = መስርዕ ሕትመት፦ ናብ ማሕተሚ ዘይበጽሐ ቅድሚ ኩሉ
print-queue-empty = ክሳብ ሕጂ ዝተሓትመ የለን።
print-state-waiting = ይጽበ
print-state-sent = ተላኢኹ
print-state-failed = ኣይተሓትመን
print-state-saved = ከም PDF ተዓቂቡ
print-kind-referral = ሪፈራል { $title }
print-kind-ticket = ትኬት { $title }
print-save-prompt = ዕቀብ ከም፦
help-action-print-queue = መስርዕ ሕትመት ክፈት
hint-print-queue = መስርዕ ሕትመት
help-action-retry = ደጊምካ ናብ ማሕተሚ ስደድ
hint-retry = ደጊምካ
help-action-save-pdf = ከም PDF ፋይል ዕቀብ (USB)
hint-save-pdf = PDF ዕቀብ
help-action-open-page = ገጽ እቲ ሰብ ክፈት (ሽፋን፡ ሪፈራላት)
print-error-no-printer = ነዚ ቦታ ስራሕ ማሕተሚ ኣይተመርጸን፡ ኮምፒተር ድማ ናይ ቀጻሊ ማሕተሚ የብሉን። ኣብ desk.toml ሓደ ጽሓፉ (printer = "…"፡ lpstat -p ርኣዩ)። ዝጠፍአ የለን፦ ካብ መስርዕ ሕትመት PDF ዕቀብዎ።
help-action-ticket = ቁጽሪ ዘለዋ ትኬት ሕተም ወይ ኣይትሕተም
route-ticket = ትኬት ሕተም (Alt+P)
admin-section-centre = ማእከል
help-action-centre-save = ኣርእስቲ ዕቀብ
site-explain = ኣብ ላዕሊ ደብዳቤታት ሪፈራል፡ ኣብ ወረቐት እቲ ሰብን ኣብ ትኬታትን ይሕተም። ↑↓ ኣብ መንጎ ቦታታት፡ Enter ይዕቅብ።
