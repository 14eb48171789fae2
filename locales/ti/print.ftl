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
cli-arg-appointment = ምስ መሻርኽቲ ዝተታሕዘ ቆጸራ (YYYY-MM-DD HH:MM)
cli-cmd-site = ኣርእስቲ ማእከል፦ ስም፡ ኣድራሻ፡ ስልኪ
cli-arg-site-name = ስም ማእከል
site-field-name = ማእከል፦
site-field-address = ኣድራሻ፦
site-field-phone = ስልኪ፦
site-not-set = (ኣይተመልአን)
site-saved = ኣርእስቲ ተዓቂቡ፤ ኣብ ደብዳቤታት፡ ወረቐታትን ትኬታትን ይሕተም።
