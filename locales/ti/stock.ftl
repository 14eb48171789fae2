# stock
# መዝገብ ኣደንዛዚ መድሃኒታት፡ ዝተቐበልናዮም ጥርናፈታት፣ ዝተመልሱ፣ ዝጠፍኡ፣ ናይ መዓልቲ ሚዛን፣ ምልክታት።

## ስለምንታይ ኣብ መዝገብ ዝግበር ስራሕ ተነጺጉ፡ እንታይ ይገበር

stock-error-product = «{ $product }» ኣብ ዝርዝር መድሃኒታት የለን። መድሃኒታት፡ seuil stock products።
stock-error-lot = ኣብ መዝገብ ጥርናፈ «{ $lot }» ናይ { $product } የለን። ኣብ ጥርሙዝ ወይ ሳንዱቕ ዘሎ ቁጽሪ ኣረጋግጹ (seuil stock balance)።
stock-error-duplicate-lot = ጥርናፈ { $lot } ናይ { $product } ድሮ ኣብ መዝገብ ኣሎ። ሓደ ጥርናፈ ሓንሳብ ጥራይ እዩ ዝቕበል፤ ጌጋ ብሚዛን እዩ ዝእረም (seuil stock check)።
stock-error-no-lot = ኣብ ጥርሙዝ ወይ ሳንዱቕ ዝተጻሕፈ ቁጽሪ ጥርናፈ ጽሓፉ።
stock-error-not-positive = { $mg } mg ብዝሒ ኣይኮነን፡ ካብ 0 mg ዝበዝሕ ብዝሒ ጽሓፉ።
stock-error-negative-count = { $mg } mg ክቑጸር ኣይክእልን፡ ዝቖጸርኩምዎ ጽሓፉ፡ 0 ወይ ልዕሊኡ።
stock-error-expired-on-arrival = እዚ ጥርናፈ ብ{ $day }፡ ቅድሚ ምቕባሉ፡ ግዜኡ ምሓለፈ ነይሩ፤ ዕለት ምውዳእ ግዜ ኣረጋግጹ።
stock-error-no-strength = ንሽሮፕ፡ ትኹረቱ ብ mg/ml ጽሓፉ (--mg-per-ml)፤ እንተዘይኮይኑ ml ክሕሰብ ኣይክእልን።
stock-error-bad-strength = ትኹረት ካብ 0 ዝዓቢ ቁጽሪ ክኸውን ኣለዎ።
stock-error-negative = ጥርናፈ { $lot } ናይ { $product } { $left } mg ጥራይ ኣለዎ፡ { $asked } ካብኡ ክወጽእ ኣይክእልን። ዋላ ሓንቲ ኣይተጻሕፈን፤ ብዝሒ ኣረጋግጹ፡ ወይ ቅድም ሚዛን ግበሩ።
stock-error-reason = መዝገብ { $expected } mg ይብል፡ ንስኹም { $counted } mg ቆጺርኩም፤ መዝገብ ንምእራም ምኽንያት ናይቲ ፍልልይ ጽሓፉ።
stock-error-no-batch = ኣብ መዝገብ ዋላ ሓደ ጥርናፈ ናይ { $product } የለን፡ ቅድም ምቕባል ጥርናፈ ኣመዝግቡ።
stock-error-code = «{ $code }» ኮድ ክኸውን ኣይክእልን፡ ንኣሽቱ ላቲን ፊደላት፣ ቁጽርታትን መስመራትን (ንኣብነት oxycodone-sr)።
stock-error-duplicate-product = መድሃኒት { $product } ድሮ ኣብ ዝርዝር ኣሎ።
stock-error-form = «{ $form }» ዝፍለጥ ቅርጺ ኣይኮነን፡ syrup፣ capsule፣ tablet ወይ other።
