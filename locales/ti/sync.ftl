# ብዙሓት ቦታታት፡ ሓደ መዝገብ

sync-error-already-joined = እዚ ዳታቤዝ ድሮ ቦታ { $number } ({ $name }) ናይቲ ትካል እዩ፡ ንኻልኣይ ግዜ ኣይጽንበርን።
sync-error-site-number = ቁጽሪ ቦታ { $number } የለን፡ ካብ 1 ክሳብ { $max } ሓደ ምረጹ።
