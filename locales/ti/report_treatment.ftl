# report_treatment: messages of the reports (one file per area).
# ጸብጻብ ሕክምና፡ ሕክምና ምትካእ ኣብ ሓደ ግዜ።

report-treatment = ሕክምና ምትካእ፡ ኣብ ሕክምና ዘለዉ ሰባት፣ ሓድሽ ምጅማር፣ ምቕጻል፣ ዓቐናት፣ ዝተረፉ ዓቐናት፣ ግዜ ሕክምና TDI
report-persons-in-treatment = ኣብ ሕክምና ምትካእ ዘለዉ ሰባት (ዝሰርሕ ትእዛዝ መድሃኒት)
report-inductions = ሓድሽ ምጅማር ሕክምና (ቀዳማይ ዓቐን፣ ወይ ድሕሪ 5 መዓልቲ ወይ ልዕሊኡ ብዘይ ዓቐን ቀዳማይ ዓቐን)
report-retention = ኣብ ሕክምና ምቕጻል ናይቶም ኣብዚ ግዜ ዝጀመሩ ሰባት
report-retention-share = ካብቶም ክዕቀኑ ዝኽእሉ፡ ገና ኣብ ሕክምና ዘለዉ (%)
report-retention-by-sex = ገና ኣብ ሕክምና ዘለዉ፡ ብጾታ (% ካብቶም ክዕቀኑ ዝኽእሉ)
report-retention-by-band = ገና ኣብ ሕክምና ዘለዉ፡ ብጉጅለ ዕድመ ኣብ መጀመርታ (% ካብቶም ክዕቀኑ ዝኽእሉ)
report-doses = ዝተወሃቡ ዓቐናት (ዘይተሰረዙ)
report-missed-dose-episodes = ዝተረፉ ዓቐናት (ዝተረፉ መዓልትታት ክሳብ ደረት ምእጋድ ዝበጽሑ)
report-tdi-episodes = ዝተኸፍቱ ግዜ ሕክምና TDI፣ ከምኡ'ውን ገና ዘይፍለጡ ሕቶታቶም (%)
report-col-after-3-months = ድሕሪ 3 ኣዋርሕ
report-col-after-6-months = ድሕሪ 6 ኣዋርሕ
report-col-after-12-months = ድሕሪ 12 ኣዋርሕ
report-row-still-in-treatment = ገና ኣብ ሕክምና
report-row-no-longer-in-treatment = ኣብ ሕክምና ዘየለዉ
report-row-not-yet-measurable = ገና ክዕቀን ዘይከኣል
report-row-started = ሕክምና ዝጀመሩ
report-col-started = ዝጀመሩ
report-col-share-still = ገና ኣብ ሕክምና (%)
report-col-episodes = ግዜ ሕክምና
report-col-share-unknown = ዘይፍለጡ ሕቶታት (%)

# ጸብጻብ TDI፡ ሓፈሻዊ ሰንጠረዣት ናይ Treatment Demand Indicator።

report-tdi = TDI፡ ሓፈሻዊ ሰንጠረዣት ናይቲ ኣብዚ ግዜ ዝጀመረ ግዜ ሕክምና
report-tdi-centre-status-sex = ግዜ ሕክምና TDI ብዓይነት ማእከል፣ ቕድሚ ሕጂ ሕክምናን ጾታን
report-tdi-primary-drug = ግዜ ሕክምና TDI ብቀንዲ ዝወስዶ ነገር
report-tdi-ages = ዕድመ ኣብ ምጅማርን ኣብ ቀዳማይ ምውሳድን፣ ብቀንዲ ዝወስዶ ነገር
report-tdi-injecting-years = ካብ ቀዳማይ መርፍእ ዝሓለፈ ዓመታት፣ ብቀንዲ ዝወስዶ ነገር
report-tdi-referral = ግዜ ሕክምና TDI ብዝለኣኾ
report-tdi-living-with = ግዜ ሕክምና TDI ብምስ መን ይነብር
report-tdi-living-with-children = ግዜ ሕክምና TDI ብምስ ቈልዑ ምንባር
report-tdi-living-where = ግዜ ሕክምና TDI ብመንበሪ ቦታ
report-tdi-education = ግዜ ሕክምና TDI ብትምህርቲ
report-tdi-labour = ግዜ ሕክምና TDI ብኩነታት ስራሕ
report-tdi-route = ግዜ ሕክምና TDI ብልሙድ ኣወሳስዳ ቀንዲ ነገር
report-tdi-frequency = ግዜ ሕክምና TDI ብክንደይ ግዜ፣ ኣብ ዝሓለፉ 30 መዓልትታት
report-tdi-polydrug = ግዜ ሕክምና TDI ብጸገም ብዙሓት ነገራት ምውሳድ
report-tdi-ost = ግዜ ሕክምና TDI ብሕክምና ምትካእ (OST)
report-tdi-ost-years = ካብ ቀዳማይ ሕክምና ምትካእ (OST) ዝሓለፈ ዓመታት፣ ቀደም ወይ ሕጂ ዝተሓከሙ
report-tdi-secondary-drugs = ግዜ ሕክምና TDI ብዝተጠቕሰ ካልእ ነገር
report-tdi-injecting = ሰባት ብመርፍእ ምውሳድ (ነፍሲ ወከፍ ሰብ ሓንሳእ)
report-tdi-sharing = ብመርፍእ ዝወሰዱ ሰባት፣ ብመርፍእ ወይ ሲሪንጋ ምክፋል (ነፍሲ ወከፍ ሰብ ሓንሳእ)
report-tdi-testing = ሰባት ብመርመራ HIVን HCVን (ነፍሲ ወከፍ ሰብ ሓንሳእ)
report-col-persons = ሰባት
report-col-hiv = መርመራ HIV
report-col-hcv = መርመራ HCV
report-col-age-start-n = ዕድመ ኣብ ምጅማር፡ ቍጽሪ
report-col-age-start-mean = ዕድመ ኣብ ምጅማር፡ ማእከላይ
report-col-age-start-sd = ዕድመ ኣብ ምጅማር፡ ልሙድ ፍልልይ (SD)
report-col-first-use-n = ዕድመ ኣብ ቀዳማይ ምውሳድ፡ ቍጽሪ
report-col-first-use-mean = ዕድመ ኣብ ቀዳማይ ምውሳድ፡ ማእከላይ
report-col-first-use-sd = ዕድመ ኣብ ቀዳማይ ምውሳድ፡ ልሙድ ፍልልይ (SD)
report-col-years-n = ዓመታት፡ ቍጽሪ
report-col-years-mean = ዓመታት፡ ማእከላይ
report-col-years-sd = ዓመታት፡ ልሙድ ፍልልይ (SD)
