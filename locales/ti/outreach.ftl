# ተንቀሳቀስቲ ጉጅለታት፡ ቦታታት፣ ዙረታት፣ ርክባት፣ ክታበታት።

audit-place-update = ኣብ መዝገብ ቦታታት ምጽሓፍ
audit-outreach-session-update = ዙረት ምምዝጋብ
audit-outreach-contact-insert = ርክብ ዙረት ምምዝጋብ
audit-vaccination-insert = ክታበት ምምዝጋብ
