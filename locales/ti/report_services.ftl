# report_services: messages of the reports (one file per area).

## ሽፋን ሕክምና ናይ ዝተቐበልናዮም ሰባት

report-coverage = ሽፋን ሕክምና፡ መድሕን ጥዕና፣ ማሕበራዊ ሓለዋን ናጻ ክንክንን ናይ ዝተቐበልናዮም ሰባት፤ ዝተሓተቱን ዝተፈቕዱን መስርሕታት፣ ዝሓለፉ ግዜ ገደባት CPAS (ቤት ጽሕፈት ማሕበራዊ ረድኤት)
report-coverage-shares = ሽፋን ሕክምና ናይ ዝተቐበልናዮም ሰባት (% ካባታቶም)
report-col-persons-seen = ዝተቐበልናዮም ሰባት
report-col-insured = መድሕን ብሥርዓት ዘሎ (%)
report-col-protected = ማሕበራዊ ሓለዋ ዝተፈቕደ (%)
report-col-free-care = ናጻ ክንክን (%)
report-insured-by-band-sex = መድሕን ብሥርዓት ዘሎዎም ዝተቐበልናዮም ሰባት
report-protected-by-band-sex = ማሕበራዊ ሓለዋ ዝተፈቕደሎም ዝተቐበልናዮም ሰባት (CPAS፣ AMU፣ MediPrima፣ BIM)
report-free-care-by-band-sex = ሽፋኖም ክሳብ ዝስራዕ ናጻ ክንክን ዝረኽቡ ዝተቐበልናዮም ሰባት
report-routes-by-route = መስርሕታት ሽፋን ብዓይነት
report-routes-by-period = መስርሕታት ሽፋን ብግዜ
report-col-requested = ዝተሓተቱ
report-col-granted = ዝተፈቕዱ
report-col-decision-late = ውሳነ CPAS ዝደንጎየ (30 መዓልቲ)
report-col-notification-late = ውሳነ ብደንጉዩ ዝተሓበረ (8 መዓልቲ)

## ምንካይ ሓደጋ

report-harm-reduction = ምንካይ ሓደጋ፡ ዝተዋህበ ናውቲ፣ ዝተመልሰ ዝተጠቕመ ናውቲ፣ ናሎክሶን፣ ምልውዋጥ፣ ካልኣዊ ምዝርጋሕ
report-items-by-kind = ዝተዋህበ ናውቲ ብዓይነት (ብቑጽሪ)
report-items-by-period = ዝተዋህበ ናውቲ ብግዜ (ብቑጽሪ)
report-col-counter = ኣብ ባንኮ
report-col-outreach = ኣብ ጎደና (ዙረት ጎደና)
report-returns-by-period = ዝተመልሰ ዝተጠቕመ ናውቲ ምስ ዝተዋህበ ናውቲ ምልውዋጥ
report-col-exchange-given = ዝተዋህበ ናውቲ ምልውዋጥ
report-col-returned = ዝተመልሰ ዝተጠቕመ ናውቲ
report-col-return-rate = መጠን ምምላስ (%)
report-exchanges-by-period = ምልውዋጣት (ናውቲ ምሃብ ወይ ዝተጠቕመ ናውቲ ምምላስ)
report-for-others-by-period = ካልኣዊ ምዝርጋሕ (ንኻልኦት) ከምኡውን ህጹጽ ኩነታት
report-col-for-others-acts = ንኻልኦት እውን ዝኾኑ ምልውዋጣት
report-col-for-others-people = ዝምልከቶም ካልኦት ሰባት
report-col-emergency = ብዘይ ምልውዋጥ ዝተዋህበ (ህጹጽ)
report-naloxone-by-period = ዝተዋህቡን ዝተጠቕመሎምን ኪታት ናሎክሶን
report-col-kits-given = ዝተዋህቡ ኪታት
report-col-reversals = ዝተጠቕመሎም ኪታት (ዝተሓበሩ)
report-reversals-by-outcome = ዝተጠቕመሎም ኪታት ናሎክሶን ብውጽኢት
report-col-emergency-called = ኣምቡላንስ ተጸዊዑ

## ዙረት ጎደና

report-outreach = ተንቀሳቐስቲ ጉጅለታት፡ ዙረታት ጎደና፣ ቦታታት፣ ርክባት፣ ምስናያት፣ ክታበታት፣ ሪፈራላት
report-outreach-by-period = ዙረታት ጎደና ብግዜ
report-col-referrals = ሪፈራላት
report-places-by-kind = ዝተበጽሑ ቦታታት ብዓይነት
report-contacts-by-period = ርክባት (ዝረኸብናዮም ሰባት) ብግዜ
report-col-met-before = ቅድሚ ሕጂ ዝተራኸብናዮም
report-col-new = ሓደስቲ
report-contacts-by-band-sex = ርክባት (ዝረኸብናዮም ሰባት) ብጉጅለ ዕድሜን ጾታን
report-new-contacts-by-band-sex = ሓደስቲ ርክባት ብጉጅለ ዕድሜን ጾታን
report-accompaniments-by-partner-kind = ምስናያት ብዓይነት መሻርኽቲ
report-vaccinations-by-vaccine-dose = ክታበታት ብክታበት (ከም ዝተጻሕፈ) ከምኡውን ቁጽሪ ዶዝ
