# ምንካይ ሓደጋ፡ ዝተዋህበን ዝተመልሰን ናውቲ፣ ናሎክሶን።

audit-counter-item-update = ዝርዝር ናውቲ ምቕያር
audit-counter-exchange-insert = ዝተዋህበ ናውቲ ምምዝጋብ
audit-naloxone-batch-insert = ጥርናፈ ናሎክሶን ምቕባል
audit-naloxone-kit-insert = ኪት ናሎክሶን ምሃብ
audit-naloxone-reversal-insert = ምጥቃም ኪት ናሎክሶን ምምዝጋብ
counter-error-unknown-item = «{ $item }» ኣብ ዝርዝር ናይቲ ባንኮ የለን። ናውቲ፡ seuil counter items።
counter-error-removed-item = «{ $item }» ኣብዚ ማእከል ደጊሙ ኣይወሃብን።
counter-error-nothing = ዝምዝገብ የለን፤ እንታይ ከም ዝተዋህበ ወይ ክንደይ ዝተጠቕመ ናውቲ ከም ዝተመልሰ ንገሩ።
