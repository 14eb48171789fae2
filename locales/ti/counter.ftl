# ምንካይ ሓደጋ፡ ዝተዋህበን ዝተመልሰን ናውቲ፣ ናሎክሶን።

audit-counter-item-update = ዝርዝር ናውቲ ምቕያር
audit-counter-exchange-insert = ዝተዋህበ ናውቲ ምምዝጋብ
audit-naloxone-batch-insert = ጥርናፈ ናሎክሶን ምቕባል
audit-naloxone-kit-insert = ኪት ናሎክሶን ምሃብ
audit-naloxone-reversal-insert = ምጥቃም ኪት ናሎክሶን ምምዝጋብ
