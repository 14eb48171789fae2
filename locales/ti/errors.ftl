## ተጠቃሚ ክረኽቦም ዝኽእል ጌጋታት፡ ምስቲ ቀጺሉ ዝግበር።

error-not-a-database = { $path } ዳታቤዝ seuil ኣይኮነን። እቲ ፋይል ኣይተቐየረን። ኣብ --db ወይ SEUIL_DB ዝተዋህበ መንገዲ ፈትሽ።
error-db-newer = ዳታቤዝ { $path } ብሓድሽ ስሪት seuil እዩ ተፈጢሩ (ስኬማ { $found }፤ እዚ ስሪት ክሳብ { $supported } ጥራይ ይፈልጥ)። ዋላ ሓንቲ ኣይተቐየረን። ኣብዚ ኮምፒተር seuil ኣሐድስ።
error-db-open = ዳታቤዝ { $path } ክኽፈት ኣይከኣለን፡ { $detail }። እቲ ፋይል ከም ዘሎን ከተንብቦን ክትጽሕፈሉን ፍቓድ ከም ዘለካን ፈትሽ።
error-db-create-dir = ፎልደር { $path } ክፍጠር ኣይከኣለን፡ { $detail }። ፍቓዳት ፈትሽ ወይ ብ--db ካልእ ቦታ ምረጽ።
error-db = ዳታቤዝ ጌጋ መሊሱ፡ { $detail }። ዋላ ሓንቲ ኣይተዓቀበን፤ እንደገና ፈትን፡ እንተ ተደጊሙ ንኣወሃሃዲ ሓብር።
error-no-data-dir = ናይዚ ተጠቃሚ ፎልደር ሓበሬታ ኣይተረኽበን። ብ--db ወይ SEUIL_DB ዳታቤዝ ሃብ።
error-terminal = ተርሚናል ኣይምልስን ኣሎ፡ { $detail }።
error-not-a-terminal = እቲ ፕሮግራም ተርሚናል የድልዮ። ንስክሪፕትታት ትእዛዛት ተጠቐም («seuil --help» ርአ)።
config-syntax = ፋይል ቅጥዒ { $path } ኣብ መስመር { $line } ጌጋ ኣለዎ፡ { $detail }። ፕሮግራም ብንቡር ቅጥዒ ይኽፈት።
config-unknown-key = ፋይል ቅጥዒ { $path } ኣብ መስመር { $line } ዘይፍለጥ ቅጥዒ «{ $key }» ኣለዎ። ፕሮግራም ብንቡር ቅጥዒ ይኽፈት።
config-bad-value = ፋይል ቅጥዒ { $path } ኣብ መስመር { $line } ን«{ $key }» ዝተነጽገ ዋጋ ኣለዎ፡ «{ $value }» (ዝድለ፡ { $expected })። ፕሮግራም ብንቡር ቅጥዒ ይኽፈት።
config-unreadable = ፋይል ቅጥዒ { $path } ክንበብ ኣይከኣለን፡ { $detail }። ፕሮግራም ብንቡር ቅጥዒ ይኽፈት።
error-db-busy = ዳታቤዝ ተታሒዙ ኣሎ (ቅዳሕ ወይ ካልእ ፕሮግራም ሒዝዎ)። ዋላ ሓንቲ ኣይተዓቀበን፤ ድሕሪ ቁሩብ እንደገና ፈትን።
